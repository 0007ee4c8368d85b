package no.treklover.demo;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts a {@link DemoData} set with one JDBC batch per table. Ids are drawn from the tables' own sequences
 * first, so rows can refer to each other without a round trip per row.
 */
@Component
class DemoDataWriter {

    private static final int[] OFFICE_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final int[] EMPLOYER_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};
    private static final int[] CONTACT_PERSON_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final int[] USER_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR};
    private static final int[] CANDIDATE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] PROCESS_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN, Types.BIGINT, Types.BOOLEAN, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
            Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] MEASURE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] EVENT_TYPES = {Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    DemoDataWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside a transaction; {@code passwordHash} is given to every user who may log in. */
    void write(DemoData data, String passwordHash) {
        insertOffices(data);
        long[] employerIds = insertEmployers(data);
        long[] userIds = nextIds("app_user", data.users.size());
        insertUsers(data, passwordHash, userIds, employerIds, null, false);
        long[] candidateIds = insertCandidates(data, userIds);
        insertUsers(data, passwordHash, userIds, employerIds, candidateIds, true);
        long[] processIds = insertProcesses(data, userIds, candidateIds, employerIds);
        insertMeasures(data, processIds);
        insertEvents(data, processIds, userIds);
    }

    private void insertOffices(DemoData data) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoData.Office o : data.offices) {
            rows.add(new Object[] {o.id(), o.name(), o.county(), o.kind()});
        }
        jdbc.batchUpdate("insert into office (id, name, county, kind) values (?, ?, ?, ?)", rows, OFFICE_TYPES);
    }

    private long[] insertEmployers(DemoData data) {
        long[] ids = nextIds("employer", data.employers.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        for (int i = 0; i < data.employers.size(); i++) {
            DemoData.Employer e = data.employers.get(i);
            rows.add(new Object[] {ids[i], e.orgNumber(), e.name(), e.industry(), e.municipality()});
            contacts.add(new Object[] {ids[i], e.contactName(), e.contactPhone(), e.contactEmail()});
        }
        jdbc.batchUpdate("insert into employer (id, org_number, name, industry, municipality) values (?, ?, ?, ?, ?)",
                rows, EMPLOYER_TYPES);
        // the employer's first contact person (the employer register's own fields come from EmployerRegisterDemoData)
        jdbc.batchUpdate("insert into employer_contact_person (employer_id, position, name, phone, email) "
                + "values (?, 0, ?, ?, ?)", contacts, CONTACT_PERSON_TYPES);
        return ids;
    }

    /** Users linked to a candidate can only be inserted after the candidates, the others must come before. */
    private void insertUsers(DemoData data, String passwordHash, long[] ids, long[] employerIds, long[] candidateIds,
                             boolean linkedToCandidate) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < data.users.size(); i++) {
            DemoData.User u = data.users.get(i);
            if ((u.candidate() != null) != linkedToCandidate) {
                continue;
            }
            rows.add(new Object[] {ids[i], u.username(), u.canLogIn() ? passwordHash : null, u.displayName(),
                    u.role().name(), u.officeId(), ref(employerIds, u.employer()), ref(candidateIds, u.candidate()),
                    u.email(), u.phone()});
        }
        jdbc.batchUpdate("insert into app_user (id, username, password_hash, display_name, role, office_id, "
                + "employer_id, candidate_id, email, phone) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, USER_TYPES);
    }

    private long[] insertCandidates(DemoData data, long[] userIds) {
        long[] ids = nextIds("candidate", data.candidates.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < data.candidates.size(); i++) {
            DemoData.Candidate c = data.candidates.get(i);
            rows.add(new Object[] {ids[i], c.nationalId, c.birthDate, c.firstName, c.lastName, c.phone, c.email,
                    c.officeId, userIds[c.counsellor], name(c.effortGroup), c.wishes, c.interests, c.strengths,
                    c.experience, c.education, c.adaptationNeeds, c.createdAt, c.updatedAt});
        }
        jdbc.batchUpdate("insert into candidate (id, national_id, birth_date, first_name, last_name, phone, email, "
                + "office_id, counsellor_id, effort_group, wishes, interests, strengths, experience, education, "
                + "adaptation_needs, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, CANDIDATE_TYPES);
        return ids;
    }

    private long[] insertProcesses(DemoData data, long[] userIds, long[] candidateIds, long[] employerIds) {
        long[] ids = nextIds("inclusion_process", data.processes.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < data.processes.size(); i++) {
            DemoData.Process p = data.processes.get(i);
            rows.add(new Object[] {ids[i], candidateIds[p.candidate], userIds[p.counsellor], p.officeId,
                    p.phase.name(), p.phaseChangedAt, p.open(), ref(employerIds, p.employer),
                    p.counsellorKnewEmployer, name(p.attachmentAtStart), name(p.initiative), p.mentorName,
                    p.mentorPhone, p.mentorEmail, p.mentorRole, ref(userIds, p.mentorUser), p.goals, p.startDate,
                    p.endDate, name(p.outcome), p.outcomeNote, name(p.followUpStatus), p.nextAction,
                    p.nextActionDue, p.measureJustification, p.postCheckDate, name(p.attachedAtEnd), p.employersContacted,
                    p.createdAt,
                    p.phaseChangedAt});
        }
        jdbc.batchUpdate("insert into inclusion_process (id, candidate_id, counsellor_id, office_id, phase, "
                + "phase_changed_at, open, employer_id, counsellor_knew_employer, attachment_at_start, initiative, "
                + "mentor_name, mentor_phone, mentor_email, mentor_role, mentor_user_id, goals, start_date, end_date, "
                + "outcome, outcome_note, follow_up_status, next_action, next_action_due, measure_justification, "
                + "post_check_date, attached_at_end, employers_contacted, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, PROCESS_TYPES);
        return ids;
    }

    private void insertMeasures(DemoData data, long[] processIds) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoData.Measure m : data.measures) {
            rows.add(new Object[] {processIds[m.process()], m.type().name(), m.startDate(), m.endDate(),
                    registeredAt(m, data.processes.get(m.process()))});
        }
        jdbc.batchUpdate("insert into process_measure (process_id, type, start_date, end_date, created_at) "
                + "values (?, ?, ?, ?, ?)", rows, MEASURE_TYPES);
    }

    private void insertEvents(DemoData data, long[] processIds, long[] userIds) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoData.Event e : data.events) {
            rows.add(new Object[] {processIds[e.process()], e.occurredAt(), userIds[e.actor()], e.type().name(),
                    name(e.fromPhase()), name(e.toPhase()), e.comment()});
        }
        jdbc.batchUpdate("insert into process_event (process_id, occurred_at, actor_id, type, from_phase, to_phase, "
                + "comment) values (?, ?, ?, ?, ?, ?, ?)", rows, EVENT_TYPES);
    }

    /** Registered the morning it started, though not before the process existed nor after its last change. */
    private static OffsetDateTime registeredAt(DemoData.Measure m, DemoData.Process p) {
        OffsetDateTime morning = m.startDate().atTime(9, 0).atZone(DemoTimeline.OSLO).toOffsetDateTime();
        if (morning.isBefore(p.createdAt)) {
            return p.createdAt;
        }
        return morning.isAfter(p.phaseChangedAt) ? p.phaseChangedAt : morning;
    }

    private long[] nextIds(String table, int count) {
        List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) "
                + "from generate_series(1, ?)", Long.class, table, count);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static Long ref(long[] ids, Integer index) {
        return index == null ? null : ids[index];
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
