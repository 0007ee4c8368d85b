package no.treklover.needs;

/** Why a need left the board without a match from it. */
public enum CloseReason {
    PLACED_ELSEWHERE, CANDIDATE_NOT_READY, CANDIDATE_WITHDREW, PROCESS_ENDED, NO_MATCH, OTHER
}
