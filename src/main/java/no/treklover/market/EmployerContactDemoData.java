package no.treklover.market;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.treklover.demo.DemoDataContributor;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Contacts with demo employers from two offices (NAV Grünerløkka 0315 and NAV Bergen sør 4614): a warning case
 * (Vidar Veileder in Bergen called Fjordbyen Omsorgssenter in Oslo three days ago, so the market contact at
 * Grünerløkka is warned), the market contact's planned contacts due this week and one overdue from last week, and
 * the office's own plans.
 */
@Component
class EmployerContactDemoData implements DemoDataContributor {

    /**
     * Who, with which employer, days ago (null: a plan, not happened), form, purpose, contact person, note, and
     * the next contact: days after today, or "MON+n" relative to this week's Monday, or null.
     */
    private record Demo(String user, String employer, Integer daysAgo, EmployerContactForm form,
            EmployerContactPurpose purpose, String person, String role, String note, Next next) {
    }

    private record Next(boolean fromMonday, int days) {

        LocalDate on(LocalDate today) {
            return fromMonday ? ContactTiming.weekOf(today).monday().plusDays(days) : today.plusDays(days);
        }
    }

    private static Next inDays(int days) {
        return new Next(false, days);
    }

    private static Next weekday(int days) {
        return new Next(true, days);
    }

    private static final List<Demo> CONTACTS = List.of(
            // the warning case: another office's counsellor called an Oslo employer three days ago
            new Demo("veileder2", "Fjordbyen Omsorgssenter", 3, EmployerContactForm.PHONE,
                    EmployerContactPurpose.RECRUITMENT, "Hilde Haugen", "HR-leder",
                    "Spurte om de trenger flere på kjøkkenet fra nyttår. Hun ville tenke på det.", inDays(18)),
            new Demo("veileder2", "Bryggen Hotelldrift AS", 6, EmployerContactForm.MEETING_WORKPLACE,
                    EmployerContactPurpose.NEEDS_MAPPING, "Ole Bryggen", "daglig leder",
                    "Sesongarbeid i resepsjon og renhold, mentor kan være aktuelt.", inDays(9)),
            new Demo("veileder2", "Fana Byggservice AS", 35, EmployerContactForm.EVENT,
                    EmployerContactPurpose.EVENT_INVITATION, null, null, "Invitert til jobbmessa i februar.", null),
            new Demo("veileder", "Grünerløkka Bygg og Tømrer AS", 10, EmployerContactForm.MEETING_WORKPLACE,
                    EmployerContactPurpose.NEEDS_MAPPING, "Per Tømrer", "formann",
                    "Bedriftsbesøk: trenger lærlinger og hjelpearbeidere, har erfarne mentorer.", weekday(3)),
            new Demo("veileder", "Bakeri Solsiden AS", 21, EmployerContactForm.PHONE,
                    EmployerContactPurpose.FOLLOW_UP, "Arne Arbeidsgiver", "daglig leder", null, null),
            // the market contact's own: due this week, one overdue from last week, one plan
            new Demo("markedskontakt", "Sofienberg Dagligvare AS", 20, EmployerContactForm.MEETING_WORKPLACE,
                    EmployerContactPurpose.IA, "Lise Butikk", "butikksjef",
                    "Gikk gjennom IA-avtalen og muligheter for arbeidstrening.", inDays(0)),
            new Demo("markedskontakt", "Løkka Kafé og Catering AS", 30, EmployerContactForm.PHONE,
                    EmployerContactPurpose.RECRUITMENT, "Jon Kafé", null,
                    "Vil gjerne ha en kandidat til servering, ring tilbake.", weekday(-3)),
            new Demo("markedskontakt", "Akerselva Regnskap AS", null, EmployerContactForm.DIGITAL_MEETING,
                    EmployerContactPurpose.NEEDS_MAPPING, "Randi Regnskap", "partner",
                    "Første samtale om behov for kontormedarbeidere.", weekday(6)),
            new Demo("markedskontakt", "Bakeri Solsiden AS", 12, EmployerContactForm.MEETING_WORKPLACE,
                    EmployerContactPurpose.FOLLOW_UP, "Arne Arbeidsgiver", "daglig leder",
                    "Mentorordningen fungerer godt; de kan ta imot en til i vår.", inDays(40)),
            new Demo("markedskontakt", "Tøyen Barnehage SA", 45, EmployerContactForm.EMAIL,
                    EmployerContactPurpose.EVENT_INVITATION, null, null, "Sendte invitasjon til bedriftsdag.", null));

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        Map<String, Object[]> users = jdbc.query("""
                        select username, id, office_id, role from app_user
                        where username in ('veileder', 'veileder2', 'markedskontakt')""",
                (rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
                .stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
        Map<String, Long> employers = jdbc.query("select name, id from employer",
                (rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        int hour = 9;
        for (Demo d : CONTACTS) {
            Object[] user = users.get(d.user());
            Long employer = employers.get(d.employer());
            if (user == null || employer == null) {
                continue;
            }
            Instant at = d.daysAgo() == null ? null
                    : today.minusDays(d.daysAgo()).atTime(LocalTime.of(hour, 15)).atZone(NorwegianFormat.OSLO)
                            .toInstant();
            hour = hour == 14 ? 9 : hour + 1;
            LocalDate next = d.next() == null ? null : d.next().on(today);
            Instant written = at != null ? at : today.minusDays(1).atTime(LocalTime.NOON)
                    .atZone(NorwegianFormat.OSLO).toInstant();
            NavUnitKind kind = NavUnitKind.of(no.treklover.access.Role.valueOf((String) user[3]));
            jdbc.update("""
                    insert into employer_contact (employer_id, nav_user_id, nav_unit_id, nav_unit_kind, contacted_at,
                        next_contact_on, follow_up_open, form, purpose, contact_person_name, contact_person_role, note,
                        created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    employer, user[1], user[2], kind.name(), at == null ? null : Timestamp.from(at),
                    next == null ? null : Date.valueOf(next), next != null, d.form().name(), d.purpose().name(),
                    d.person(), d.role(), d.note(), Timestamp.from(written), Timestamp.from(written));
        }
    }
}
