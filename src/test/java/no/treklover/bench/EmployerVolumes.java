package no.treklover.bench;

import java.util.Map;

/**
 * The employer register at BRIEF §7's scale: 1 000 000 employers (enheter) with the register's fields, of which every
 * sixteenth (~62 500, the 60 000 active) has NAV's fields: inclusion profile, a contact person and a primary NAV
 * contact (a benchmark counsellor; the demo market contact for 300 of them, so "my employers" has pages). Names
 * combine places and trades with the Norwegian letters, so searches find realistic shares. Set-based SQL.
 */
final class EmployerVolumes implements NationalScaleData.Part {

    static final int NATIONAL = 1_000_000;
    static final int ACTIVE_EVERY = 16;
    static final int MARKET_CONTACTS_OWN = 300;

    @Override
    public String name() {
        return "arbeidsgiverregister";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        sql.run("""
                insert into employer (org_number, name, org_form_code, org_form_text, nace_code, nace_text,
                    employee_count, employees_under_five, business_address, business_postal_code, business_postal_place,
                    business_municipality_number, business_municipality, business_country_code, registered_on,
                    register_imported_at, ia_agreement, mentors_available, candidate_capacity, suitable_tasks,
                    inclusion_experience)
                select '8' || lpad(i::text, 8, '0'),
                       p.place || ' ' || t.trade || case when i % 3 = 0 then ' og ' || t2.trade else '' end
                           || ' ' || (array['AS','AS','AS','ENK','DA','ANS','SA'])[1 + i % 7],
                       'AS', 'Aksjeselskap', t.nace, t.trade,
                       case when i % 10 < 6 then null else 5 + (i::bigint * 7919) % 400 end, i % 10 < 6,
                       'Storgata ' || (1 + i % 120), lpad((i % 9000 + 1000)::text, 4, '0'), upper(p.place),
                       p.municipality, upper(p.place), 'NO', date '1990-01-01' + (i % 12000), now(),
                       i % :active = 0 and i % 3 = 0,
                       case when i % :active = 0 then i % 4 end,
                       case when i % :active = 0 then 1 + i % 3 end,
                       case when i % :active = 0 then 'Lager, kasse og kundeservice' end,
                       case when i % (:active * 2) = 0 then 'Har hatt kandidater i arbeidstrening før' end
                from generate_series(1, greatest(0, :n - (select count(*) from employer))::int) i
                cross join lateral (select (array['Oslo','Bergen','Trondheim','Tromsø','Ålesund','Bodø','Drammen',
                        'Fredrikstad','Kristiansand','Stavanger','Hamar','Gjøvik','Molde','Harstad','Lillehammer',
                        'Sandnes','Sarpsborg','Skien','Tønsberg','Arendal','Haugesund','Porsgrunn','Larvik','Halden',
                        'Kongsberg','Steinkjer','Narvik','Alta','Førde','Voss'])[1 + i % 30] as place,
                       (array['0301','4601','5001','5501','1508','1804','3301','3107','4204','1103','3403','3407',
                        '1506','5503','3405','1108','3105','4001','3905','4203','1106','4006','3907','3101','3303',
                        '5006','1806','5601','4647','4621'])[1 + i % 30] as municipality) p
                cross join lateral (select (array['Bakeri','Bygg','Regnskap','Transport','Rør','Elektro','Maskin',
                        'Frisør','Kafé','Eiendom','Data','Renhold','Sykkel','Blomster','Tannlege','Snekker','Maler',
                        'Auto','Fisk','Gartneri','Trafikkskole','Catering','Hotell','Møbel','Sport','Optikk',
                        'Dyreklinikk','Vaskeri','Barnehage','Omsorg'])[1 + (i / 30) % 30] as trade,
                       (array['10.710','41.200','69.201','49.410','43.220','43.210','28.990','96.021','56.101',
                        '68.209','62.010','81.210','47.640','47.761','86.230','43.320','43.341','45.200','10.200',
                        '01.130','85.530','56.210','55.101','31.090','47.640','47.782','75.000','96.010','88.911',
                        '87.101'])[1 + (i / 30) % 30] as nace) t
                cross join lateral (select (array['Service','Handel','Drift','Utleie','Montasje'])[1 + i % 5] as trade) t2
                """, Map.of("n", NATIONAL, "active", ACTIVE_EVERY));
        sql.run("""
                insert into employer_contact_person (employer_id, position, name, title, phone, email)
                select e.id, 0, 'Kontakt ' || e.id, 'Daglig leder', '91' || lpad((e.id % 1000000)::text, 6, '0'),
                       'post' || e.id || '@bedrift.no'
                from employer e where e.mentors_available is not null
                  and not exists (select 1 from employer_contact_person p where p.employer_id = e.id)""");
        sql.run("""
                insert into employer_nav_contact (employer_id, kind, user_id)
                select e.id, 'PRIMARY',
                       case when e.rn <= :own then m.id else c.id end
                from (select id, row_number() over (order by id) as rn from employer x
                      where mentors_available is not null
                        and not exists (select 1 from employer_nav_contact n where n.employer_id = x.id)) e
                cross join (select id from app_user where username = 'markedskontakt') m
                join (select id, row_number() over (order by id) - 1 as n from app_user
                      where username like 'bench-veileder-%') c
                  on c.n = e.rn % (select count(*) from app_user where username like 'bench-veileder-%')""",
                Map.of("own", MARKET_CONTACTS_OWN));
    }
}
