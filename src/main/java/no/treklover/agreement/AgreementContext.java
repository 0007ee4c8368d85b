package no.treklover.agreement;

import java.time.LocalDate;
import java.util.Objects;
import no.treklover.candidate.EffortGroup;

/**
 * What the rules need to know about the candidate, from the candidate register rather than the agreement.
 *
 * @param birthDate required
 * @param effortGroup the innsatsgruppe; null when not assessed yet (then the 6-month limit applies)
 * @param nationalId the candidate's fødselsnummer, to compare with the mentor's when that is given
 */
public record AgreementContext(LocalDate birthDate, EffortGroup effortGroup, String nationalId, String firstName,
        String lastName, String phone) {

    public AgreementContext {
        Objects.requireNonNull(birthDate, "birthDate");
    }
}
