package no.treklover.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.treklover.access.AccessPolicy;
import no.treklover.access.Audience;
import no.treklover.access.CaseScope;
import no.treklover.access.ConsentItem;
import no.treklover.access.ConsentRegistry;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's consents: the full grid of what is shared with whom and since when, and changes to it.
 * Without a standing grant nothing of an item leaves the counsellor.
 */
@Service
public class ConsentService implements ConsentRegistry {

    private final ConsentRepository consents;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(ConsentRepository consents, @org.springframework.context.annotation.Lazy AccessPolicy policy,
            ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Set<ConsentItem> sharedWith(long candidateId, Audience audience) {
        Set<ConsentItem> items = EnumSet.noneOf(ConsentItem.class);
        consents.findByCandidateIdAndAudienceAndWithdrawnAtIsNull(candidateId, audience)
                .forEach(consent -> items.add(consent.getItem()));
        return items;
    }

    /** The standing grants of a candidate, for views that already passed the access policy. */
    @Transactional
    public List<ConsentStatus> sharedWith(long candidateId) {
        return consents.findByCandidateIdAndWithdrawnAtIsNull(candidateId).stream()
                .map(c -> new ConsentStatus(c.getItem(), c.getAudience(), true, c.getGrantedAt()))
                .toList();
    }

    /** Every item × audience, granted or not; for the candidate and the counsellor. */
    @Transactional
    public List<ConsentStatus> grid(CurrentUser user, CaseScope scope) {
        policy.require(user, Permission.READ_CASE, scope, "consent");
        Map<String, Consent> standing = consents.findByCandidateIdAndWithdrawnAtIsNull(scope.candidateId()).stream()
                .collect(Collectors.toMap(ConsentService::key, Function.identity()));
        List<ConsentStatus> grid = new ArrayList<>();
        for (ConsentItem item : ConsentItem.values()) {
            for (Audience audience : Audience.values()) {
                Optional<Consent> grant = Optional.ofNullable(standing.get(key(item, audience)));
                grid.add(new ConsentStatus(item, audience, grant.isPresent(),
                        grant.map(Consent::getGrantedAt).orElse(null)));
            }
        }
        return grid;
    }

    /**
     * Every grant the candidate has given, standing or withdrawn, newest first, for a view that already passed the
     * access policy (the candidate's page reads {@link #grid} first, which checks and logs). The consent table is the
     * record: a change is here even when the candidate had no process whose timeline could show it.
     */
    @Transactional
    List<ConsentHistoryEntry> historyOf(long candidateId) {
        return consents.findByCandidateIdOrderByGrantedAtDesc(candidateId).stream()
                .map(c -> new ConsentHistoryEntry(c.getItem(), c.getAudience(), c.getGrantedAt(), c.getWithdrawnAt()))
                .toList();
    }

    /** The candidate's own decision: applies the choices that differ from what stands, each one recorded. */
    @Transactional
    public void decide(CurrentUser user, CaseScope scope, List<ConsentChoice> choices) {
        policy.require(user, Permission.MANAGE_CONSENT, scope, "consent");
        Map<String, Consent> standing = consents.findByCandidateIdAndWithdrawnAtIsNull(scope.candidateId()).stream()
                .collect(Collectors.toMap(ConsentService::key, Function.identity()));
        Instant now = clock.instant();
        for (ConsentChoice choice : choices) {
            Consent current = standing.get(key(choice.item(), choice.audience()));
            if (choice.granted() && current == null) {
                Consent grant = new Consent(scope.candidateId(), choice.item(), choice.audience(), now, user.id());
                consents.save(grant);
                standing.put(key(choice.item(), choice.audience()), grant);
            } else if (!choice.granted() && current != null) {
                current.withdraw(now, user.id());
                standing.remove(key(choice.item(), choice.audience()));
            } else {
                continue;
            }
            events.publishEvent(new ConsentChanged(scope.candidateId(), choice.item(), choice.audience(),
                    choice.granted(), user.id(), now));
        }
        consents.flush();
    }

    private static String key(Consent consent) {
        return key(consent.getItem(), consent.getAudience());
    }

    private static String key(ConsentItem item, Audience audience) {
        return item.name() + ":" + audience.name();
    }
}
