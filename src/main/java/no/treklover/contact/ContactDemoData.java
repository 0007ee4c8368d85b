package no.treklover.contact;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Demo contacts in Kaja's process, so the contact card and the indicators show something for veileder. */
@Component
class ContactDemoData implements DemoDataContributor {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** days ago, counterpart, form, initiator, minutes (0: none), note. */
    private record Demo(int daysAgo, Counterpart counterpart, ContactForm form, Initiator initiator, int minutes,
            String note) {
    }

    private static final List<Demo> CONTACTS = List.of(
            new Demo(2, Counterpart.MENTOR, ContactForm.PHONE, Initiator.COUNSELLOR, 10, "Kort prat om uka som gikk."),
            new Demo(5, Counterpart.CANDIDATE, ContactForm.MESSAGE, Initiator.COUNTERPART, 0, null),
            new Demo(9, Counterpart.MENTOR, ContactForm.MEETING_WORKPLACE, Initiator.COUNSELLOR, 45,
                    "Trekløversamtale på bakeriet med kandidat og mentor."),
            new Demo(9, Counterpart.CANDIDATE, ContactForm.MEETING_WORKPLACE, Initiator.COUNSELLOR, 45,
                    "Trekløversamtale på bakeriet."),
            new Demo(16, Counterpart.MENTOR, ContactForm.PHONE, Initiator.COUNTERPART, 15,
                    "Mentor ville avklare arbeidstiden."),
            new Demo(20, Counterpart.EMPLOYER, ContactForm.EMAIL, Initiator.COUNSELLOR, 0, "Sendte oppdatert plan."),
            new Demo(23, Counterpart.MENTOR, ContactForm.VIDEO, Initiator.COUNSELLOR, 20, null),
            new Demo(26, Counterpart.CANDIDATE, ContactForm.MEETING_OFFICE, Initiator.COUNSELLOR, 30,
                    "Gikk gjennom målene for neste periode."),
            new Demo(30, Counterpart.MENTOR, ContactForm.PHONE, Initiator.COUNSELLOR, 10, null),
            new Demo(44, Counterpart.CANDIDATE, ContactForm.PHONE, Initiator.COUNSELLOR, 15, null),
            new Demo(51, Counterpart.EMPLOYER, ContactForm.MEETING_WORKPLACE, Initiator.COUNSELLOR, 60,
                    "Oppstartsmøte med leder og mentor."),
            new Demo(51, Counterpart.MENTOR, ContactForm.MEETING_WORKPLACE, Initiator.COUNSELLOR, 60,
                    "Oppstartsmøte med leder og mentor."),
            new Demo(65, Counterpart.CANDIDATE, ContactForm.MEETING_OFFICE, Initiator.COUNSELLOR, 45, null));

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Long[]> found = jdbc.query("""
                select p.id, u2.id from app_user u join inclusion_process p on p.candidate_id = u.candidate_id and p.open
                join app_user u2 on u2.username = 'veileder' where u.username = 'kandidat'""",
                (rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        if (found.isEmpty()) {
            return;
        }
        long process = found.get(0)[0];
        long veileder = found.get(0)[1];
        Timestamp created = jdbc.queryForObject("select created_at from inclusion_process where id = ?",
                Timestamp.class, process);
        LocalDate start = created.toInstant().atZone(OSLO).toLocalDate();
        long maxDaysAgo = Math.max(0, ChronoUnit.DAYS.between(start, today));
        int hour = 9;
        for (Demo d : CONTACTS) {
            long daysAgo = Math.min(d.daysAgo(), maxDaysAgo);
            Timestamp at = Timestamp.from(today.minusDays(daysAgo).atTime(LocalTime.of(hour, 30)).atZone(OSLO)
                    .toInstant());
            hour = hour == 14 ? 9 : hour + 1;
            jdbc.update("""
                    insert into contact_entry (process_id, counterpart, form, initiator, occurred_at, duration_minutes,
                                               note, author_id, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    process, d.counterpart().name(), d.form().name(), d.initiator().name(), at,
                    d.minutes() == 0 ? null : d.minutes(), d.note(), veileder, at, at);
        }
    }
}
