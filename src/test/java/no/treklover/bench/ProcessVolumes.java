package no.treklover.bench;

import java.util.Map;

/**
 * ~250 offices, 5 000 counsellors, 60 000 employers, 1 000 000 candidates each with one process (200 000 open),
 * three timeline entries per process. Candidate {@code i} belongs to counsellor {@code i % counsellors}; the first
 * 1 000 belong to the demo {@code veileder}, and the first 200 of those are open. It leaves the temporary table
 * {@code bench_process} (id, candidate_id, counsellor_id, office_id, employer_id, open, start_date, created_at and
 * the candidate's number {@code i}), in id order, for the parts after it to build on.
 */
final class ProcessVolumes implements NationalScaleData.Part {

    static final int OWN_PROCESSES = 1000;
    static final int OWN_OPEN = 200;

    @Override
    public String name() {
        return "kontorer, veiledere, arbeidsgivere, kandidater, forløp, tidslinje";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        int offices = Math.max(2, sql.scaled(250));
        int counsellors = Math.max(2, sql.scaled(5_000));
        int employers = Math.max(2, sql.scaled(60_000));
        int candidates = Math.max(OWN_PROCESSES + 100, sql.scaled(1_000_000));
        sql.run("""
                insert into office (id, name, county)
                select lpad((5000 + i)::text, 4, '0'), 'Benchmark-kontor ' || i, 'Fylke ' || (i % 15)
                from generate_series(0, :n - 1) i""", Map.of("n", offices));
        sql.run("""
                insert into app_user (username, display_name, role, office_id)
                select 'bench-veileder-' || i, 'Veileder ' || i, 'COUNSELLOR', lpad((5000 + i % :offices)::text, 4, '0')
                from generate_series(0, :n - 1) i""", Map.of("n", counsellors, "offices", offices));
        sql.run("""
                insert into employer (org_number, name, industry, municipality)
                select '9' || lpad(i::text, 8, '0'), 'Bedrift ' || i || ' AS', 'Bransje ' || (i % 40), 'Kommune ' || (i % 356)
                from generate_series(0, :n - 1) i""", Map.of("n", employers));
        sql.run("""
                create temporary table bench_counsellor as
                select row_number() over (order by id) - 1 as n, id, office_id
                from app_user where username like 'bench-veileder-%'""");
        sql.run("""
                insert into candidate (national_id, birth_date, first_name, last_name, office_id, counsellor_id,
                                       effort_group, wishes)
                select '00' || lpad(i::text, 9, '0'),
                       date '1970-01-01' + (i % 12000),
                       (array['Kari','Ola','Aisha','Jonas','Sofie','Mohammed','Ingrid','Lars','Nora','Emil'])[1 + i % 10]
                           || ' ' || chr(65 + i % 26),
                       (array['Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Karlsen','Berg','Haugen'])[1 + (i / 10) % 10],
                       case when i < :own then v.office_id else bc.office_id end,
                       case when i < :own then v.id else bc.id end,
                       'SPESIELT_TILPASSET_INNSATS', 'Butikk og lager'
                from generate_series(0, :n - 1) i
                join bench_counsellor bc on bc.n = i % :counsellors
                cross join (select id, office_id from app_user where username = 'veileder') v""",
                Map.of("n", candidates, "counsellors", counsellors, "own", OWN_PROCESSES));
        // Every fifth process is open (200 000 of 1 000 000); the demo counsellor's first 200 are all open.
        sql.run("""
                insert into inclusion_process (candidate_id, counsellor_id, office_id, phase, phase_changed_at, open,
                                               employer_id, start_date, next_action, next_action_due, created_at,
                                               end_date, outcome, follow_up_status, post_check_date, initiative,
                                               attachment_at_start)
                select c.id, c.counsellor_id, c.office_id,
                       case when k.open
                            then (array['ASSESSMENT','EMPLOYER_CONTACT','MENTOR_IDENTIFIED','START_UP','FOLLOW_UP'])[1 + k.i % 5]
                            else (array['CLOSURE','POST_CHECK'])[1 + k.i % 2] end,
                       now() - make_interval(days => k.i % 400),
                       k.open,
                       case when k.i % 10 < 6 then (select min(id) from employer) + k.i % :employers end,
                       current_date - (k.i % 700),
                       case when k.i % 3 = 0 then 'Ringe arbeidsgiver' end,
                       case when k.i % 3 = 0 then current_date + (k.i % 30) - 10 end,
                       now() - make_interval(days => k.i % 900),
                       -- the statistics' columns (issue 15): a closed process ended 30-400 days after it started (not after
                       -- today), Etterkontroll a year after that; the categories spread by prime moduli, a tenth unrecorded
                       case when not k.open then least(current_date, current_date - (k.i % 700) + 30 + k.i % 371) end,
                       case when not k.open and k.i % 10 > 0 then (array['ORDINARY_JOB','JOB_WITH_WAGE_SUBSIDY',
                            'EDUCATION_OR_APPRENTICESHIP','OTHER_MEASURE','CLARIFIED','ENDED_WITHOUT_JOB',
                            'MOVED_OR_HEALTH','UNKNOWN'])[1 + (k.i / 3) % 8] end,
                       case when not k.open and k.i % 2 = 1 then (array['STILL_EMPLOYED','EMPLOYED_ELSEWHERE',
                            'IN_EDUCATION','NOT_EMPLOYED','UNKNOWN'])[1 + k.i % 11 % 5] end,
                       case when not k.open and k.i % 2 = 1
                            then least(current_date, current_date - (k.i % 700) + 30 + k.i % 371 + 365) end,
                       case when k.i % 10 > 0 then (array['COUNSELLOR','EMPLOYER','CANDIDATE','OTHER'])[1 + k.i % 13 % 4] end,
                       case when k.i % 10 > 0 then (array['NONE','WORK_TRAINING','CLARIFICATION','TEMPORARY_STAFF',
                            'STUDENT','TEMPORARY_EMPLOYEE','PERMANENT_EMPLOYEE','OTHER'])[1 + k.i % 17 % 8] end
                from (select c.id, c.national_id, c.counsellor_id, c.office_id from candidate c
                      where c.national_id like '00%') c
                cross join lateral (select substr(c.national_id, 3)::int as i) s
                cross join lateral (select s.i as i, (s.i < :ownOpen or (s.i >= :own and s.i % 5 = 0)) as open) k
                order by c.id""", Map.of("employers", employers, "own", OWN_PROCESSES, "ownOpen", OWN_OPEN));
        sql.run("""
                create temporary table bench_process as
                select p.id, p.candidate_id, p.counsellor_id, p.office_id, p.employer_id, p.open, p.start_date,
                       p.created_at, substr(c.national_id, 3)::int as i
                from inclusion_process p join candidate c on c.id = p.candidate_id and c.national_id like '00%'
                order by p.id""");
        sql.run("""
                insert into process_event (process_id, occurred_at, actor_id, type, from_phase, to_phase, comment)
                select p.id, p.created_at + make_interval(days => e), p.counsellor_id,
                       case e when 0 then 'CREATED' else 'DETAILS_UPDATED' end, null, null, null
                from bench_process p cross join generate_series(0, 2) e""");
    }
}
