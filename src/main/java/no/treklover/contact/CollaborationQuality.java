package no.treklover.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.contact.CollaborationIndicators.ContactFact;
import no.treklover.contact.CollaborationIndicators.CounterpartQuality;
import no.treklover.contact.CollaborationIndicators.Result;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaboration-quality indicators ({@link CollaborationIndicators}) as a query service: per process for the
 * counsellor's process page and API, and per office as plain counts for the statistics feature.
 */
@Service
public class CollaborationQuality {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final InclusionProcessRepository processes;
    private final ContactEntryRepository entries;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;

    CollaborationQuality(InclusionProcessRepository processes, ContactEntryRepository entries, AccessPolicy policy,
            JdbcClient jdbc, Clock clock) {
        this.processes = processes;
        this.entries = entries;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The indicators of one process, per counterpart; only for the counsellors of its office (audit-logged). */
    @Transactional
    public Result forProcess(CurrentUser user, long processId) {
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new NotFoundException("process", processId));
        policy.require(user, Permission.READ_CONTACT_LOG, process.scope(), "collaboration-quality");
        return of(process, entries.findByProcessIdOrderByOccurredAtDescIdDesc(processId));
    }

    /** The indicators from a process and its contact log as already read (the caller has checked and logged it). */
    Result of(InclusionProcess process, List<ContactEntry> log) {
        List<ContactFact> facts = log.stream()
                .map(e -> new ContactFact(e.getCounterpart(), e.getForm(), e.getOccurredAt().atZone(OSLO).toLocalDate(),
                        e.getDurationMinutes()))
                .toList();
        LocalDate start = process.getCreatedAt().atZone(OSLO).toLocalDate();
        return CollaborationIndicators.compute(facts, start, asOf(process.isOpen(), process.getEndDate(),
                process.getPhaseChangedAt().atZone(OSLO).toLocalDate()));
    }

    /**
     * How many of an office's open processes fall in each frequency band, per counterpart, today. Counts only, no
     * case data; the caller (e.g. the office leader's statistics) decides who may see an office's numbers.
     */
    @Transactional(readOnly = true)
    public OfficeQuality forOffice(String officeId) {
        LocalDate today = today();
        Map<Long, LocalDate> starts = new HashMap<>();
        jdbc.sql("select id, created_at from inclusion_process where office_id = :office and open")
                .param("office", officeId)
                .query((rs, n) -> starts.put(rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant().atZone(OSLO).toLocalDate()))
                .list();
        Map<Long, List<ContactFact>> facts = new HashMap<>();
        jdbc.sql("""
                        select c.process_id, c.counterpart, c.form, c.occurred_at, c.duration_minutes
                        from contact_entry c join inclusion_process p on p.id = c.process_id
                        where p.office_id = :office and p.open""")
                .param("office", officeId)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("occurred_at");
                    Integer minutes = (Integer) rs.getObject("duration_minutes");
                    facts.computeIfAbsent(rs.getLong("process_id"), k -> new ArrayList<>())
                            .add(new ContactFact(Counterpart.valueOf(rs.getString("counterpart")),
                                    ContactForm.valueOf(rs.getString("form")),
                                    at.toInstant().atZone(OSLO).toLocalDate(), minutes));
                    return null;
                })
                .list();
        Map<Counterpart, Map<FrequencyBand, Integer>> bands = new EnumMap<>(Counterpart.class);
        for (Counterpart counterpart : Counterpart.values()) {
            Map<FrequencyBand, Integer> counts = new EnumMap<>(FrequencyBand.class);
            for (FrequencyBand band : FrequencyBand.values()) {
                counts.put(band, 0);
            }
            bands.put(counterpart, counts);
        }
        starts.forEach((id, start) -> {
            Result result = CollaborationIndicators.compute(facts.getOrDefault(id, List.of()), start, today);
            for (CounterpartQuality q : result.counterparts()) {
                bands.get(q.counterpart()).merge(q.band(), 1, Integer::sum);
            }
        });
        bands.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new OfficeQuality(officeId, today, starts.size(), Collections.unmodifiableMap(bands));
    }

    /** An office's open processes per counterpart and frequency band on a day. */
    public record OfficeQuality(String officeId, LocalDate asOf, int openProcesses,
            Map<Counterpart, Map<FrequencyBand, Integer>> bands) {
    }

    private LocalDate asOf(boolean open, LocalDate endDate, LocalDate closedOn) {
        LocalDate today = today();
        if (open) {
            return today;
        }
        LocalDate last = endDate != null ? endDate : closedOn;
        return last.isAfter(today) ? today : last;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }
}
