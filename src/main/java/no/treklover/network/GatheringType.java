package no.treklover.network;

/** A network gathering (faglig innspill + dialog), a mentor course (mentorskole, seed 002) or its follow-up. */
public enum GatheringType {
    GATHERING,
    MENTOR_COURSE,
    COURSE_FOLLOW_UP
}
