package no.treklover.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised cases for an experience exchange (issue 14). The counsellor picks one of her processes; {@link
 * CaseAnonymiser} builds a copy of what may be told (age decade, industry, phase, months, measures, outcome) and leaves
 * every name, number and free text behind; she reviews it, writes the story and her question, and marks it ready. Only
 * then do the others of the office see it. Every text she saves is checked by the identifiers package's detector and
 * against the names and values of the process (field-level refusal). The process id is kept for her while it is a
 * draft and removed when it is ready, so a ready case has no way back to the person.
 */
@Service
public class AnonymisedCaseService {

    static final String RESOURCE = "anonymised-case";

    static final String SELECT = """
            select c.id, c.meeting_id, c.author_id, a.display_name as author_name, c.process_id, c.title, c.age_decade,
                   c.industry, c.phase, c.duration_months, c.measures, c.outcome, c.story, c.question, c.ready_at,
                   c.version
            from anonymised_case c join app_user a on a.id = c.author_id
            """;

    private final JdbcClient jdbc;
    private final InclusionProcessRepository processes;
    private final OfficeMeetingService meetings;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    AnonymisedCaseService(JdbcClient jdbc, InclusionProcessRepository processes, OfficeMeetingService meetings,
            AccessPolicy policy, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.meetings = meetings;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** A draft copy of this process for this experience exchange; reading the process is logged against her. */
    @Transactional
    public AnonymisedCase present(CurrentUser user, long meetingId, long processId) {
        OfficeMeeting meeting = meetings.get(user, meetingId);
        if (!meeting.presentsCases()) {
            throw new RuleViolationException("meetingId", "learning.validation.notExchange");
        }
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new NotFoundException("process", processId));
        policy.requireCasePresentation(user, process.scope(), meeting.officeId(), RESOURCE);
        LocalDate today = LocalDate.now(clock.withZone(OfficeMeeting.OSLO));
        CaseAnonymiser.Draft draft = CaseAnonymiser.anonymise(facts(processId), today);
        String title = messages.getMessage(draft.industry() == null ? "learning.case.defaultTitle.noIndustry"
                : "learning.case.defaultTitle", new Object[] {draft.ageDecade() == null ? "?" : draft.ageDecade(),
                        draft.industry()}, Locale.forLanguageTag("nb-NO"));
        long id = jdbc.sql("""
                        insert into anonymised_case (meeting_id, author_id, process_id, title, age_decade, industry, phase,
                                                     duration_months, measures, outcome, created_at)
                        values (:m, :author, :process, :title, :age, :industry, :phase, :months, :measures, :outcome,
                                :now) returning id""")
                .param("m", meetingId).param("author", user.id()).param("process", processId)
                .param("title", title.length() > 120 ? title.substring(0, 120) : title)
                .param("age", draft.ageDecade()).param("industry", draft.industry()).param("phase", draft.phase())
                .param("months", draft.durationMonths()).param("measures", draft.measures())
                .param("outcome", draft.outcome()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return find(id);
    }

    /** A case as this user sees it: ready, or her own draft (with its process, shown to her only). */
    @Transactional(readOnly = true)
    public AnonymisedCase get(CurrentUser user, long id) {
        AnonymisedCase found = find(id);
        policy.requireLearning(user, meetings.officeOf(found.meetingId()), false);
        if (found.authorId() == user.id()) {
            return found;
        }
        if (!found.ready()) {
            throw new NotFoundException("anonymised-case", id);
        }
        return found.withoutProcess();
    }

    /** Its author's own draft, for the review form. */
    @Transactional(readOnly = true)
    public AnonymisedCase getForReview(CurrentUser user, long id) {
        AnonymisedCase found = find(id);
        policy.requireOwnLearningEntry(user, meetings.officeOf(found.meetingId()), found.authorId());
        return found;
    }

    /** The reviewed texts, refused field by field while any still holds an identifier or a name of the process. */
    @Transactional
    public AnonymisedCase review(CurrentUser user, long id, long expectedVersion, CaseReview review) {
        AnonymisedCase found = draft(user, id);
        check(review, identifying(found));
        int changed = jdbc.sql("""
                        update anonymised_case set title = :title, industry = :industry, story = :story,
                               question = :question, version = version + 1
                        where id = :id and version = :version and ready_at is null""")
                .param("title", review.title().strip()).param("industry", ReflectionDetails.clean(review.industry()))
                .param("story", ReflectionDetails.clean(review.story()))
                .param("question", ReflectionDetails.clean(review.question()))
                .param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return find(id);
    }

    /** Ready: checked once more, shown to the others of the office, and its link to the process removed. */
    @Transactional
    public AnonymisedCase markReady(CurrentUser user, long id, long expectedVersion) {
        AnonymisedCase found = draft(user, id);
        check(new CaseReview(found.title(), found.industry(), found.story(), found.question()), identifying(found));
        int changed = jdbc.sql("""
                        update anonymised_case set ready_at = :now, process_id = null, version = version + 1
                        where id = :id and version = :version and ready_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return find(id);
    }

    private AnonymisedCase draft(CurrentUser user, long id) {
        AnonymisedCase found = getForReview(user, id);
        if (found.ready()) {
            throw new ConflictException("learning.case.alreadyReady");
        }
        return found;
    }

    static void check(CaseReview review, List<String> identifying) {
        List<RuleViolationException.Violation> violations = new ArrayList<>();
        addProblems("title", review.title(), identifying, violations);
        addProblems("industry", review.industry(), identifying, violations);
        addProblems("story", review.story(), identifying, violations);
        addProblems("question", review.question(), identifying, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static void addProblems(String field, String text, List<String> identifying,
            List<RuleViolationException.Violation> violations) {
        if (!CaseAnonymiser.problems(text, identifying).isEmpty()) {
            violations.add(new RuleViolationException.Violation(field, "learning.validation.identifier"));
        }
    }

    /** The names and values of the draft's process that its texts must not hold; none once it has no process. */
    private List<String> identifying(AnonymisedCase found) {
        return found.processId() == null ? List.of() : facts(found.processId()).identifying();
    }

    /** What the anonymiser needs of the process, and every identifying value of it, in one statement. */
    CaseAnonymiser.Facts facts(long processId) {
        return jdbc.sql("""
                        select c.birth_date, c.birth_year, c.first_name, c.last_name, c.national_id, c.phone, c.email,
                               p.phase, p.start_date, p.created_at, p.end_date, p.outcome, p.mentor_name, p.mentor_phone,
                               p.mentor_email, e.industry, e.name as employer_name, e.org_number, e.business_address,
                               e.postal_address,
                               (select string_agg(m.type, ',' order by m.type) from process_measure m
                                 where m.process_id = p.id) as measures
                        from inclusion_process p join candidate c on c.id = p.candidate_id
                        left join employer e on e.id = p.employer_id
                        where p.id = :id""")
                .param("id", processId).query((rs, n) -> {
                    List<String> identifying = new ArrayList<>();
                    for (String column : List.of("first_name", "last_name", "national_id", "phone", "email",
                            "mentor_name", "mentor_phone", "mentor_email", "employer_name", "org_number",
                            "business_address", "postal_address")) {
                        String value = rs.getString(column);
                        if (value != null && !value.isBlank()) {
                            identifying.add(value.strip());
                            if (column.endsWith("name")) {
                                Arrays.stream(value.split("[\\s,]+")).filter(w -> w.length() >= 3)
                                        .filter(w -> !LEGAL_FORMS.contains(w.toUpperCase(Locale.ROOT)))
                                        .forEach(identifying::add);
                            }
                        }
                    }
                    String measures = rs.getString("measures");
                    Timestamp created = rs.getTimestamp("created_at");
                    return new CaseAnonymiser.Facts(rs.getObject("birth_date", LocalDate.class),
                            rs.getObject("birth_year") == null ? null
                                    : Integer.valueOf(((Number) rs.getObject("birth_year")).intValue()),
                            rs.getString("phase"), rs.getObject("start_date", LocalDate.class),
                            created == null ? null : created.toInstant().atZone(OfficeMeeting.OSLO).toLocalDate(),
                            rs.getObject("end_date", LocalDate.class), rs.getString("industry"),
                            measures == null ? List.of() : Arrays.asList(measures.split(",")), rs.getString("outcome"),
                            identifying.stream().filter(Objects::nonNull).distinct().toList());
                }).optional().orElseThrow(() -> new NotFoundException("process", processId));
    }

    /** Company forms are not names: "AS" in "Bakeri Solsiden AS" is not a word to refuse. */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("AS", "ASA", "SA", "ANS", "DA", "ENK",
            "NUF", "BA", "STI", "KF", "IKS", "OG", "AND");

    static AnonymisedCase row(ResultSet rs, int n) throws SQLException {
        Timestamp ready = rs.getTimestamp("ready_at");
        return new AnonymisedCase(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("author_id"),
                rs.getString("author_name"), (Long) rs.getObject("process_id"), rs.getString("title"),
                (Integer) rs.getObject("age_decade"), rs.getString("industry"), rs.getString("phase"),
                (Integer) rs.getObject("duration_months"), rs.getString("measures"), rs.getString("outcome"),
                rs.getString("story"), rs.getString("question"), ready == null ? null : ready.toInstant(),
                rs.getLong("version"));
    }

    private AnonymisedCase find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(AnonymisedCaseService::row).optional()
                .orElseThrow(() -> new NotFoundException("anonymised-case", id));
    }
}
