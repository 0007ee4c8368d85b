package no.treklover.opportunity;

/** The employer's own estimate of the chance of being hired afterwards. */
public enum HireChance {
    UNKNOWN, LOW, MEDIUM, HIGH
}
