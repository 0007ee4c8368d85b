package no.treklover.agreement.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One calendar month (or the part of it within the agreement) and its grant in whole kroner. */
public record GrantPeriod(LocalDate from, LocalDate to, BigDecimal amount) {
}
