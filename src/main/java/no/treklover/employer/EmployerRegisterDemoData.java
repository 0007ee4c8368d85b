package no.treklover.employer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo: the demo employers as the register knows them (industry code, size, address with municipality number, as an
 * import would have left them) and NAV's fields on top: inclusion profiles, a second contact person, primary and
 * backup NAV contacts at the two offices with logins (markedskontakt and veileder at NAV Grünerløkka, veileder2 at
 * NAV Bergen sør) and the office's own counsellors elsewhere, notes from company visits, and a few sub-units.
 */
@Component
class EmployerRegisterDemoData implements DemoDataContributor {

    /** The demo's industry texts → NACE code and text, as Enhetsregisteret gives them. */
    private static final Map<String, String[]> NACE = Map.ofEntries(
            Map.entry("Varehandel", new String[] {"47.240", "Butikkhandel med bakervarer, konditorvarer og sukkervarer"}),
            Map.entry("Bygg og anlegg", new String[] {"41.200", "Oppføring av bygninger"}),
            Map.entry("Helse og omsorg", new String[] {"87.101", "Somatiske sykehjem"}),
            Map.entry("Regnskap", new String[] {"69.201", "Regnskap og bokføring"}),
            Map.entry("Industri", new String[] {"25.620", "Bearbeiding av metaller"}),
            Map.entry("Hotell og restaurant", new String[] {"56.101", "Drift av restauranter og kafeer"}),
            Map.entry("Barnehage", new String[] {"88.911", "Barnehager"}),
            Map.entry("Utdanning", new String[] {"85.599", "Annen undervisning ikke nevnt annet sted"}),
            Map.entry("Renhold", new String[] {"81.210", "Rengjøring av bygninger"}),
            Map.entry("Transport og lager", new String[] {"52.100", "Lagring"}),
            Map.entry("Service", new String[] {"95.290", "Reparasjon av andre husholdningsvarer og varer til personlig bruk"}),
            Map.entry("IT", new String[] {"62.010", "Programmeringstjenester"}),
            Map.entry("Landbruk", new String[] {"01.130", "Dyrking av grønnsaker, meloner, rot- og knollvekster"}),
            Map.entry("Kultur og idrett", new String[] {"90.040", "Drift av lokaler og anlegg for kunst- og kulturformål"}));

    /** The demo's municipalities → number, postal code and place, and the office whose staff are its NAV contacts. */
    private record Place(String number, String postalCode, String postalPlace, String officeId) {
    }

    private static final Map<String, Place> PLACES = Map.of(
            "Oslo", new Place("0301", "0552", "OSLO", "0315"),
            "Bergen", new Place("4601", "5221", "NESTTUN", "4614"),
            "Trondheim", new Place("5001", "7030", "TRONDHEIM", "5702"),
            "Ringsaker", new Place("3411", "2380", "BRUMUNDDAL", "3411"));

    private static final List<String> STREETS = List.of("Thorvald Meyers gate", "Storgata", "Industriveien",
            "Kirkegata", "Sjøgata", "Fabrikkveien", "Torggata", "Parkveien");

    private static final List<String> TASKS = List.of("Lager, varemottak og plassering av varer",
            "Kjøkken, oppvask og enkel matlaging", "Kasse og kundeservice", "Renhold og vaktmesteroppgaver",
            "Enkelt kontorarbeid, skanning og arkiv", "Montering og pakking", "Hjelpearbeider på byggeplass");

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Map<String, Object>> employers = jdbc.queryForList(
                "select id, name, industry, municipality from employer order by id");
        Map<String, Long> users = Map.of(
                "markedskontakt", userId(jdbc, "markedskontakt"), "veileder", userId(jdbc, "veileder"),
                "veileder2", userId(jdbc, "veileder2"));
        for (int i = 0; i < employers.size(); i++) {
            Map<String, Object> e = employers.get(i);
            long id = ((Number) e.get("id")).longValue();
            String name = (String) e.get("name");
            String[] nace = NACE.getOrDefault((String) e.get("industry"), new String[] {"82.990", "Annen forretningsmessig tjenesteyting"});
            Place place = PLACES.getOrDefault((String) e.get("municipality"), PLACES.get("Oslo"));
            boolean bakery = name.equals("Bakeri Solsiden AS");
            int employees = bakery ? 14 : List.of(3, 8, 12, 25, 40, 75, 160, 320).get(i % 8);
            jdbc.update("""
                    update employer set org_form_code = ?, org_form_text = ?, nace_code = ?, nace_text = ?,
                        employee_count = ?, employees_under_five = ?, business_address = ?, business_postal_code = ?,
                        business_postal_place = ?, business_municipality_number = ?, business_municipality = ?,
                        business_country_code = 'NO', registered_on = ?, register_imported_at = now() - interval '3 days',
                        ia_agreement = ?, inclusion_experience = ?, mentors_available = ?, candidate_capacity = ?,
                        suitable_tasks = ?, nav_updated_at = now() - interval '10 days'
                    where id = ?""",
                    name.endsWith(" AS") ? "AS" : name.endsWith(" SA") ? "SA" : name.endsWith(" KF") ? "KF" : "STAT",
                    name.endsWith(" AS") ? "Aksjeselskap" : name.endsWith(" SA") ? "Samvirkeforetak"
                            : name.endsWith(" KF") ? "Kommunalt foretak" : "Statsforvaltningen",
                    nace[0], nace[1], employees < 5 ? null : Integer.valueOf(employees), employees < 5,
                    STREETS.get(i % STREETS.size()) + " " + (3 + i * 7 % 90), place.postalCode(),
                    place.postalPlace(), place.number(), place.postalPlace().equals("NESTTUN") ? "BERGEN"
                            : place.postalPlace().equals("BRUMUNDDAL") ? "RINGSAKER" : place.postalPlace(),
                    Date.valueOf(today.minusYears(3 + i % 30).withDayOfYear(1 + i * 11 % 360)),
                    bakery || i % 3 == 0,
                    bakery ? "Har hatt tre kandidater i arbeidstrening siden 2023, to fikk fast jobb. Tett oppfølging "
                            + "første måned fungerte godt." : i % 4 == 0 ? "Har tatt imot kandidater i arbeidstrening før." : null,
                    bakery ? Integer.valueOf(2) : i % 5 == 0 ? null : Integer.valueOf(i % 4),
                    bakery ? Integer.valueOf(1) : i % 5 == 0 ? null : Integer.valueOf(1 + i % 3),
                    bakery ? "Baking, pakking og salg i butikk; tidlige morgenskift." : TASKS.get(i % TASKS.size()), id);
            if (i % 2 == 0 || bakery) {
                jdbc.update("""
                        insert into employer_contact_person (employer_id, position, name, title, phone, email)
                        values (?, 1, ?, ?, ?, ?)""", id, bakery ? "Siri Skiftleder" : "Hanne Personalansvarlig",
                        bakery ? "Skiftleder" : "Personalansvarlig", "9" + (10 + i) + " 00 " + (100 + i),
                        (bakery ? "siri" : "hanne") + "@" + domain(name));
                jdbc.update("update employer_contact_person set title = 'Daglig leder' where employer_id = ? "
                        + "and position = 0", id);
            }
            Long primary;
            Long backup;
            switch (place.officeId()) {
                case "0315" -> {
                    primary = users.get(i % 3 == 2 ? "veileder" : "markedskontakt");
                    backup = users.get(i % 3 == 2 ? "markedskontakt" : "veileder");
                }
                case "4614" -> {
                    primary = users.get("veileder2");
                    backup = firstCounsellor(jdbc, "4614", users.get("veileder2"));
                }
                default -> {
                    primary = firstCounsellor(jdbc, place.officeId(), null);
                    backup = i % 2 == 0 ? null : firstCounsellor(jdbc, place.officeId(), primary);
                }
            }
            if (primary != null) {
                jdbc.update("insert into employer_nav_contact (employer_id, kind, user_id) values (?, 'PRIMARY', ?)",
                        id, primary);
            }
            if (backup != null && !backup.equals(primary)) {
                jdbc.update("insert into employer_nav_contact (employer_id, kind, user_id) values (?, 'BACKUP', ?)",
                        id, backup);
            }
            if (primary != null && (bakery || i % 3 == 0)) {
                jdbc.update("""
                        insert into employer_visit_note (employer_id, visited_on, note, author_id, created_at)
                        values (?, ?, ?, ?, now() - interval '20 days')""", id, Date.valueOf(today.minusDays(21 + i)),
                        bakery ? "Bedriftsdag på bakeriet: omvisning i produksjonen, leder ønsker en kandidat til "
                                + "pakking fra januar. Mentor Mona har kapasitet til én til."
                                : "Besøk sammen med veileder: gode oppgaver på lager, ønsker faste dager og tidlig "
                                        + "beskjed om fravær.", primary);
            }
        }
        subUnits(jdbc);
    }

    /** Two workplaces of the bakery and one of the building company, as the register lists underenheter. */
    private static void subUnits(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into employer_sub_unit (org_number, parent_org_number, employer_id, name, org_form_code,
                    nace_code, nace_text, employee_count, address, postal_code, postal_place, municipality_number,
                    municipality, country_code, register_imported_at)
                select v.org, e.org_number, e.id, v.name, 'BEDR', e.nace_code, e.nace_text, v.employees, v.address,
                       v.postal_code, 'OSLO', '0301', 'OSLO', 'NO', now() - interval '3 days'
                from employer e
                join (values ('Bakeri Solsiden AS', '310000019', 'Bakeri Solsiden AS avd. Grünerløkka', 9,
                              'Thorvald Meyers gate 40', '0555'),
                             ('Bakeri Solsiden AS', '310000027', 'Bakeri Solsiden AS avd. Tøyen', 5, 'Tøyengata 12', '0578'),
                             ('Grünerløkka Bygg og Tømrer AS', '310000035', 'Grünerløkka Bygg og Tømrer AS lager', 4,
                              'Sandakerveien 24', '0473'))
                     as v (employer_name, org, name, employees, address, postal_code) on v.employer_name = e.name
                on conflict (org_number) do nothing""");
    }

    private static Long userId(JdbcTemplate jdbc, String username) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class, username);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static Long firstCounsellor(JdbcTemplate jdbc, String officeId, Long except) {
        List<Long> ids = jdbc.queryForList("""
                select id from app_user where office_id = ? and role = 'COUNSELLOR' and id <> coalesce(?, -1)
                order by id limit 1""", Long.class, officeId, except);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String domain(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "") + ".no";
    }
}
