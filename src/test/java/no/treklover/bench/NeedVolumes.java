package no.treklover.bench;

import java.util.Map;

/**
 * 20 000 active needs on the boards (BRIEF §7 / issue 12): one in ten open processes, spread over the offices, half
 * open, three in ten with a proposal, two in ten with a meeting arranged, a third escalated to the county. The demo
 * counsellor's first open processes (office 0315) give the demo market contact a full board; the benchmark offices
 * of "Fylke 0" count as Oslo, so the demo Arbeidslivssenter adviser's county board has a county's volume.
 */
final class NeedVolumes implements NationalScaleData.Part {

    static final int NATIONAL = 20_000;
    /** Of the demo counsellor's open processes, these many get a need (NAV Grünerløkka's board). */
    static final int OWN_NEEDS = 120;

    @Override
    public String name() {
        return "behovstavle";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        sql.run("""
                create temporary table bench_need as
                select p.id as process_id, p.office_id, p.counsellor_id, p.i,
                       case when o.county = 'Fylke 0' then 'Oslo' else o.county end as county
                from bench_process p join office o on o.id = p.office_id
                where p.open and ((p.i < :own) or (p.i >= :ownAll and (p.i / 5) % 2 = 0))
                order by p.i limit :n""",
                Map.of("own", OWN_NEEDS, "ownAll", ProcessVolumes.OWN_PROCESSES, "n",
                        Math.max(OWN_NEEDS + 10, sql.scaled(NATIONAL))));
        sql.run("""
                insert into need (process_id, office_id, county, counsellor_id, level, state, title, interests, skills,
                                  experience, hours_per_week, municipality, adaptation_needed, posted_at,
                                  state_changed_at, last_action_at, escalated_at, next_meeting_on)
                select n.process_id, n.office_id, n.county, n.counsellor_id,
                       case when n.i % 3 = 0 then 'WORKLIFE_CENTRE' else 'LOCAL' end,
                       case when n.i % 10 < 5 then 'OPEN' when n.i % 10 < 8 then 'PROPOSED' else 'MEETING_ARRANGED' end,
                       (array['Lager, deltid','Kontor med faste rutiner','Kjøkken','Butikk','Verksted'])[1 + n.i % 5],
                       'Praktisk arbeid, orden', 'Truckførerbevis, Excel', 'Arbeidstrening i ett år',
                       10 + n.i % 30, 'Kommune ' || (n.i % 356), n.i % 4 = 0,
                       now() - make_interval(days => n.i % 120), now() - make_interval(days => n.i % 30),
                       now() - make_interval(days => n.i % 30),
                       case when n.i % 3 = 0 then now() - make_interval(days => n.i % 60) end,
                       case when n.i % 17 = 0 then current_date + 7 end
                from bench_need n""");
        sql.run("""
                insert into need_history (need_id, occurred_at, actor_id, action, from_state, to_state, level)
                select n.id, n.posted_at, n.counsellor_id, 'POST', null, 'OPEN', 'LOCAL'
                from need n join bench_need b on b.process_id = n.process_id""");
        sql.run("""
                insert into need_proposal (need_id, employer_id, proposed_by, proposer_unit_id, level, proposed_at)
                select n.id, (select min(id) from employer) + b.i % 1000, n.counsellor_id, n.office_id, n.level,
                       n.state_changed_at
                from need n join bench_need b on b.process_id = n.process_id
                where n.state in ('PROPOSED', 'MEETING_ARRANGED')""");
    }
}
