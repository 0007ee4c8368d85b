package no.treklover.bench;

import java.util.Map;

/**
 * 20 000 active needs on the boards (BRIEF §7 / issue 12) at any scale, as the register's million employers: one in
 * ten open processes at the national scale (more of them when a smaller scale has fewer), spread over the offices;
 * by the need's number (the processes chosen share their last digit): half open, three in ten with a proposal, two
 * in ten with a meeting arranged, a third escalated to the county. The demo counsellor's first open processes
 * (office 0315) give the demo market contact a full board; the benchmark offices of "Fylke 0" count as Oslo, so the
 * demo Arbeidslivssenter adviser's county board has a county's volume.
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
                select p.id as process_id, p.office_id, p.counsellor_id, p.i, row_number() over (order by
                           case when p.i < :own then 0 when (p.i / 5) % 2 = 0 then 1 else 2 end, p.i)::int - 1 as k,
                       case when o.county = 'Fylke 0' then 'Oslo' else o.county end as county
                from bench_process p join office o on o.id = p.office_id
                where p.open and (p.i < :own or p.i >= :ownAll)
                order by k limit :n""",
                Map.of("own", OWN_NEEDS, "ownAll", ProcessVolumes.OWN_PROCESSES, "n", NATIONAL));
        sql.run("""
                insert into need (process_id, office_id, county, counsellor_id, level, state, title, interests, skills,
                                  experience, hours_per_week, municipality, adaptation_needed, posted_at,
                                  state_changed_at, last_action_at, escalated_at, next_meeting_on)
                select n.process_id, n.office_id, n.county, n.counsellor_id,
                       case when n.k % 3 = 0 then 'WORKLIFE_CENTRE' else 'LOCAL' end,
                       case when n.k % 10 < 5 then 'OPEN' when n.k % 10 < 8 then 'PROPOSED' else 'MEETING_ARRANGED' end,
                       (array['Lager, deltid','Kontor med faste rutiner','Kjøkken','Butikk','Verksted'])[1 + n.k % 5],
                       'Praktisk arbeid, orden', 'Truckførerbevis, Excel', 'Arbeidstrening i ett år',
                       10 + n.k % 30, 'Kommune ' || (n.k % 356), n.k % 4 = 0,
                       now() - make_interval(days => n.k % 120), now() - make_interval(days => n.k % 30),
                       now() - make_interval(days => n.k % 30),
                       case when n.k % 3 = 0 then now() - make_interval(days => n.k % 60) end,
                       case when n.k % 17 = 0 then current_date + 7 end
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
