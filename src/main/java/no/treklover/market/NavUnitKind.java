package no.treklover.market;

import no.treklover.access.Role;

/** The kind of NAV unit a contact came from: a NAV office, or NAV Arbeidslivssenter (the county's centre). */
public enum NavUnitKind {
    OFFICE,
    WORKLIFE_CENTRE;

    static NavUnitKind of(Role role) {
        return role == Role.WORKLIFE_CENTRE_ADVISER ? WORKLIFE_CENTRE : OFFICE;
    }
}
