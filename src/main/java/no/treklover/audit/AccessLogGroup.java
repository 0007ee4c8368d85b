package no.treklover.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The candidate's innsyn, one line per day, person, kind of access and answer: "Vera Veileder (veileder), NAV
 * Grünerløkka, så forløpet ditt og opplysningene om deg 3 ganger 4. desember". {@code times} counts the requests:
 * the most entries of any one purpose (a request logs a purpose once, and a page that reads several things counts
 * once); {@code resources} are the codes of what was seen or changed, each once, in the order first seen that day.
 */
public record AccessLogGroup(LocalDate day, Long actorId, String actorName, String actorRole, String actorOffice,
        AuditAction action, boolean allowed, List<String> resources, long times, Instant firstAt, Instant lastAt) {
}
