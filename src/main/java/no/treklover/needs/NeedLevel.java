package no.treklover.needs;

/** Where a need is worked on: the office's weekly local market meeting, then the county's Arbeidslivssenter meeting. */
public enum NeedLevel {
    LOCAL, WORKLIFE_CENTRE
}
