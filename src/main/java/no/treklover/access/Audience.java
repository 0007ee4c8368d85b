package no.treklover.access;

/** Who the candidate may share with. Colleagues are not users: consent lets mentor and employer tell them. */
public enum Audience {
    MENTOR, EMPLOYER, COLLEAGUES
}
