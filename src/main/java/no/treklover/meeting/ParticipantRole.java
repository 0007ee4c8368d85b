package no.treklover.meeting;

public enum ParticipantRole {
    CANDIDATE, MENTOR, EMPLOYER, COUNSELLOR, MEASURE_PROVIDER, OTHER
}
