package no.treklover.meeting;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.notification.MailSettings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up interval per office and per process, and each office's agenda templates per meeting type (default
 * texts in the message bundle). Who may change them is {@code AccessPolicy}'s; callers check before they call.
 */
@Component
class MeetingSettings {

    static final int MAX_AGENDA = 8000;
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    record Interval(Integer weeks, long version) {
    }

    record Template(MeetingType type, String agenda, boolean own, long version) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final MailSettings mail;

    MeetingSettings(JdbcClient jdbc, MessageSource messages, MailSettings mail) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.mail = mail;
    }

    /** An absolute address of a page of the app (the e-mails' base address), for calendar entries read elsewhere. */
    String link(String path) {
        return mail.getBaseUrl().replaceAll("/+$", "") + path;
    }

    Interval officeInterval(String officeId) {
        return jdbc.sql("select follow_up_interval_weeks, version from meeting_office_settings where office_id = :o")
                .param("o", officeId).query((rs, n) -> new Interval(rs.getInt(1), rs.getLong(2))).optional()
                .orElse(new Interval(null, 0));
    }

    /** What the follow-up cadence of a process needs, in one read: both intervals and when it entered start-up. */
    record CadenceInputs(Interval own, Interval office, java.time.Instant enteredStartUp) {
    }

    CadenceInputs cadenceInputs(long processId, String officeId) {
        return jdbc.sql("""
                        select ps.follow_up_interval_weeks as own_weeks, ps.version as own_version,
                               os.office_id is not null as office_set, os.follow_up_interval_weeks as office_weeks,
                               os.version as office_version,
                               (select min(e.occurred_at) from process_event e
                                where e.process_id = :p and e.to_phase = 'START_UP') as entered_start_up
                        from (select 1) one
                        left join meeting_process_settings ps on ps.process_id = :p
                        left join meeting_office_settings os on os.office_id = :o""")
                .param("p", processId).param("o", officeId)
                .query((rs, n) -> {
                    Interval own = rs.getObject("own_version") == null ? new Interval(null, 0)
                            : new Interval((Integer) rs.getObject("own_weeks"), rs.getLong("own_version"));
                    Interval office = rs.getBoolean("office_set")
                            ? new Interval(rs.getInt("office_weeks"), rs.getLong("office_version"))
                            : new Interval(null, 0);
                    java.sql.Timestamp entered = rs.getTimestamp("entered_start_up");
                    return new CadenceInputs(own, office, entered == null ? null : entered.toInstant());
                })
                .single();
    }

    Interval processInterval(long processId) {
        return jdbc.sql("select follow_up_interval_weeks, version from meeting_process_settings where process_id = :p")
                .param("p", processId)
                .query((rs, n) -> new Interval((Integer) rs.getObject(1), rs.getLong(2))).optional()
                .orElse(new Interval(null, 0));
    }

    @Transactional
    void setOfficeInterval(String officeId, Integer weeks, long expectedVersion) {
        if (weeks == null) {
            throw new RuleViolationException("followUpIntervalWeeks", "validation.required");
        }
        checkWeeks(weeks);
        Interval current = officeInterval(officeId);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        int changed = jdbc.sql("""
                        insert into meeting_office_settings (office_id, follow_up_interval_weeks, version)
                        values (:o, :w, 1)
                        on conflict (office_id) do update set follow_up_interval_weeks = :w,
                            version = meeting_office_settings.version + 1
                        where meeting_office_settings.version = :v""")
                .param("o", officeId).param("w", weeks).param("v", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
    }

    /** Null weeks removes the process's own interval, so the office's applies again. */
    @Transactional
    void setProcessInterval(long processId, Integer weeks, long expectedVersion) {
        if (weeks != null) {
            checkWeeks(weeks);
        }
        Interval current = processInterval(processId);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        int changed = jdbc.sql("""
                        insert into meeting_process_settings (process_id, follow_up_interval_weeks, version)
                        values (:p, :w, 1)
                        on conflict (process_id) do update set follow_up_interval_weeks = :w,
                            version = meeting_process_settings.version + 1
                        where meeting_process_settings.version = :v""")
                .param("p", processId).param("w", weeks).param("v", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
    }

    Map<MeetingType, Template> templates(String officeId) {
        Map<MeetingType, Template> all = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            all.put(type, new Template(type, defaultAgenda(type), false, 0));
        }
        jdbc.sql("select type, agenda, version from meeting_agenda_template where office_id = :o")
                .param("o", officeId)
                .query((rs, n) -> new Template(MeetingType.valueOf(rs.getString(1)), rs.getString(2), true,
                        rs.getLong(3)))
                .list().forEach(t -> all.put(t.type(), t));
        return all;
    }

    Template template(String officeId, MeetingType type) {
        return templates(officeId).get(type);
    }

    @Transactional
    void saveTemplate(String officeId, MeetingType type, String agenda, long expectedVersion, long userId) {
        if (type == null) {
            throw new RuleViolationException("type", "validation.required");
        }
        if (agenda == null || agenda.isBlank()) {
            throw new RuleViolationException("agenda", "validation.required");
        }
        if (agenda.length() > MAX_AGENDA) {
            throw new RuleViolationException("agenda", "meeting.validation.tooLong", MAX_AGENDA);
        }
        Optional<Long> current = jdbc.sql("select version from meeting_agenda_template where office_id = :o and type = :t")
                .param("o", officeId).param("t", type.name()).query(Long.class).optional();
        if (current.orElse(0L) != expectedVersion) {
            throw new StaleVersionException();
        }
        jdbc.sql("""
                        insert into meeting_agenda_template (office_id, type, agenda, version, updated_by, updated_at)
                        values (:o, :t, :a, 1, :u, now())
                        on conflict (office_id, type) do update set agenda = :a, updated_by = :u, updated_at = now(),
                            version = meeting_agenda_template.version + 1""")
                .param("o", officeId).param("t", type.name()).param("a", agenda.strip()).param("u", userId).update();
    }

    String defaultAgenda(MeetingType type) {
        return messages.getMessage("meeting.agenda.default." + type.name(), null, "", NORWEGIAN);
    }

    String label(MeetingType type) {
        return messages.getMessage("meeting.type." + type.name(), null, type.name(), NORWEGIAN);
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, NORWEGIAN);
    }

    private static void checkWeeks(int weeks) {
        if (weeks < FollowUpCadence.MIN_INTERVAL_WEEKS || weeks > FollowUpCadence.MAX_INTERVAL_WEEKS) {
            throw new RuleViolationException("followUpIntervalWeeks", "meeting.validation.intervalWeeks",
                    FollowUpCadence.MIN_INTERVAL_WEEKS, FollowUpCadence.MAX_INTERVAL_WEEKS);
        }
    }
}
