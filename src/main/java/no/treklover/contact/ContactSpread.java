package no.treklover.contact;

/**
 * The survey's "kontaktintensitet" over the whole process (000:1334–1342): mostly at the beginning, evenly
 * through the period, or mostly at the end; too few contacts to tell.
 */
public enum ContactSpread {
    MOSTLY_EARLY,
    EVEN,
    MOSTLY_LATE,
    TOO_FEW
}
