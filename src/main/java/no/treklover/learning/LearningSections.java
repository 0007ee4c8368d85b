package no.treklover.learning;

import no.treklover.access.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process page's reflection card, called from its template as {@code @learningSections.forProcess(id, user)}:
 * only for those who reflect on the case (its office's counsellors), null for everyone else (nothing shown, nothing
 * logged). The card reads nothing itself: its notes come by htmx from the reflection page, read and logged there.
 * Asks the policy first rather than catching the service's refusal, which would roll the request back.
 */
@Component("learningSections")
public class LearningSections {

    private final ReflectionService reflections;
    private final AgreedChangeService changes;

    LearningSections(ReflectionService reflections, AgreedChangeService changes) {
        this.reflections = reflections;
        this.changes = changes;
    }

    /** The office's open agreed changes for the office leader's start page; null (no card) for everyone else. */
    @Transactional(readOnly = true)
    public OpenChanges openChanges(CurrentUser user) {
        if (user == null || !changes.managesOwnOffice(user)) {
            return null;
        }
        return new OpenChanges(changes.open(user), changes.today());
    }

    public record OpenChanges(java.util.List<AgreedChange> changes, java.time.LocalDate today) {
    }

    public record Card(long processId) {
    }

    @Transactional
    public Card forProcess(long processId, CurrentUser user) {
        if (user == null || !reflections.mayReflect(user, processId)) {
            return null;
        }
        return new Card(processId);
    }
}
