package no.treklover.privacy;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Candidates due for anonymisation: not yet anonymised, and every process closed and ended on or before the last due
 * end date. A process ends on its end date, or, when that was never recorded, the day it entered Avslutning or
 * Etterkontroll. A candidate who never got a process is due once she was registered on or before that date, so a
 * registration that led nowhere is not kept forever.
 */
@Component
class DueCandidates {

    private final JdbcClient jdbc;

    DueCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next batch in id order after {@code afterId}, locked for this transaction. Rows someone is changing
     * right now are skipped rather than waited for; they come again the next night.
     */
    List<Long> next(LocalDate lastDueEndDate, long afterId, int limit) {
        return jdbc.sql("""
                        select c.id from candidate c
                        where c.anonymised_at is null and c.id > :afterId
                          and (exists (select 1 from inclusion_process p where p.candidate_id = c.id)
                               or (c.created_at at time zone 'Europe/Oslo')::date <= :lastDueEndDate)
                          and not exists (
                              select 1 from inclusion_process p
                              where p.candidate_id = c.id
                                and (p.open or coalesce(p.end_date,
                                        (p.phase_changed_at at time zone 'Europe/Oslo')::date) > :lastDueEndDate))
                        order by c.id
                        limit :limit
                        for update of c skip locked""")
                .param("afterId", afterId)
                .param("lastDueEndDate", lastDueEndDate)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}
