package no.treklover.bench;

import java.util.Map;

/**
 * 20 000 000 contact-log rows: 20 per process, every five days back from today, the counsellor as author; the
 * demo counsellor's open processes get 100 each, so their contact log has several pages.
 */
final class ContactVolumes implements NationalScaleData.Part {

    static final int PER_PROCESS = 20;
    static final int PER_OWN_OPEN_PROCESS = 100;

    @Override
    public String name() {
        return "kontaktlogg";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        sql.run("""
                insert into contact_entry (process_id, counterpart, form, initiator, occurred_at, duration_minutes,
                                           note, author_id, created_at, updated_at)
                select p.id,
                       (array['CANDIDATE','MENTOR','EMPLOYER'])[1 + k % 3],
                       (array['PHONE','MEETING_WORKPLACE','MEETING_OFFICE','VIDEO','MESSAGE','EMAIL'])[1 + (k + p.i) % 6],
                       case when k % 4 = 0 then 'COUNTERPART' else 'COUNSELLOR' end,
                       t.at, 10 + (k % 6) * 10,
                       case when k % 5 = 0 then 'Snakket om arbeidsoppgaver og tilrettelegging' end,
                       p.counsellor_id, t.at, t.at
                from bench_process p
                cross join lateral generate_series(1, case when p.open and p.i < :ownOpen then :own else :each end) k
                cross join lateral (select now() - make_interval(days => k * 5 + p.i % 5, hours => k % 8) as at) t""",
                Map.of("ownOpen", ProcessVolumes.OWN_OPEN, "own", PER_OWN_OPEN_PROCESS, "each", PER_PROCESS));
    }
}
