package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Markedskontakt / IA-rådgiver: works on the employer register, the contact log across units and the needs board of the office; sees no candidate's identity, only the anonymised need. */
@Component
class MarketContactPolicy implements MarketSidePolicy {

    @Override
    public Role role() {
        return Role.MARKET_CONTACT;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }
}
