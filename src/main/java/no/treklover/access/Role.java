package no.treklover.access;

/** The roles of BRIEF §2 (Norwegian names in the glossary and the UI). */
public enum Role {
    COUNSELLOR,        // veileder
    DECISION_MAKER,    // beslutter
    MARKET_CONTACT,    // markedskontakt / IA-rådgiver
    OFFICE_LEADER,     // kontorleder
    MENTOR,            // mentor
    EMPLOYER,          // arbeidsgiver / leder
    CANDIDATE,         // kandidat
    MEASURE_PROVIDER,  // tiltaksarrangør
    PRIVACY_OFFICER,   // personvernombud: searches the audit log, sees no case content
    WORKLIFE_CENTRE_ADVISER, // rådgiver ved NAV Arbeidslivssenter (county level: market work, escalated needs)
    ADMINISTRATOR,     // systemadministrator: runs the employer register import, sees no case content
    ANALYST            // analytiker: statistics of a county (unit in a county) or the nation (no unit); no case access
}
