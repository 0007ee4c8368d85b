package no.treklover.bench;

import java.util.Map;

/**
 * 2 000 000 rows of the employer contact log across the 60 000 active employers (33 each, one a month back from
 * today, by counsellors all over the country; every third employer with an open follow-up between 30 days ago and 60
 * days ahead), and the demo {@code markedskontakt} and {@code veileder} (both office 0315) with 600 contacts each,
 * half of them with an open follow-up spread over the weeks around today: the busiest workspace and unit list.
 */
final class EmployerContactVolumes implements NationalScaleData.Part {

    static final int PER_EMPLOYER = 33;
    static final int PER_DEMO_USER = 600;

    @Override
    public String name() {
        return "arbeidsgiverkontakter";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        sql.run("""
                create temporary table bench_employer as
                select row_number() over (order by id) - 1 as n, id from employer where org_number like '9%'""");
        sql.run("""
                insert into employer_contact (employer_id, nav_user_id, nav_unit_id, nav_unit_kind, contacted_at,
                    next_contact_on, follow_up_open, form, purpose, contact_person_name, note, created_at, updated_at)
                select e.id, bc.id, bc.office_id, 'OFFICE', t.at,
                       case when k = 1 and e.n % 3 = 0 then current_date + (e.n % 90)::int - 30 end,
                       k = 1 and e.n % 3 = 0,
                       (array['PHONE','MEETING_WORKPLACE','MEETING_NAV','DIGITAL_MEETING','EMAIL','EVENT'])[1 + (k + e.n) % 6],
                       (array['NEEDS_MAPPING','FOLLOW_UP','IA','RECRUITMENT','EVENT_INVITATION','OTHER'])[1 + (k * 7 + e.n) % 6],
                       case when k % 2 = 0 then 'Kontaktperson ' || e.n end,
                       case when k % 4 = 0 then 'Snakket om behov for arbeidskraft og mentorer' end,
                       t.at, t.at
                from bench_employer e
                cross join lateral generate_series(1, :per) k
                join bench_counsellor bc on bc.n = (e.n * 7 + k) % (select count(*) from bench_counsellor)
                cross join lateral (select now() - make_interval(days => k * 30 + (e.n % 30)::int) as at) t""",
                Map.of("per", PER_EMPLOYER));
        sql.run("""
                insert into employer_contact (employer_id, nav_user_id, nav_unit_id, nav_unit_kind, contacted_at,
                    next_contact_on, follow_up_open, form, purpose, contact_person_name, note, created_at, updated_at)
                select (select id from bench_employer where n = (i * 13 + u.k) % (select count(*) from bench_employer)),
                       u.id, u.office_id, 'OFFICE', now() - make_interval(days => i % 365, hours => i % 7),
                       case when i % 2 = 0 then current_date + (i % 120) - 40 end, i % 2 = 0,
                       (array['PHONE','MEETING_WORKPLACE','EMAIL'])[1 + i % 3],
                       (array['NEEDS_MAPPING','FOLLOW_UP','RECRUITMENT'])[1 + i % 3],
                       'Kontaktperson ' || i, 'Oppfølging av avtalen om arbeidstrening',
                       now() - make_interval(days => i % 365), now() - make_interval(days => i % 365)
                from generate_series(0, :per - 1) i
                cross join (select id, office_id, row_number() over (order by id) as k from app_user
                            where username in ('markedskontakt', 'veileder')) u""",
                Map.of("per", PER_DEMO_USER));
    }
}
