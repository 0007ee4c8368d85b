package no.treklover.privacy;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.treklover.platform.database.SchemaOwner;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every table that holds data about a candidate is either in her data export (GDPR art. 15) or exempt with a written
 * reason, and every such table with free text is either cleared when she is anonymised or exempt with a reason.
 * "About a candidate" means: {@code candidate} and {@code inclusion_process}, every table with a foreign key to one of
 * them (including {@code app_user}, her login), and every table with a foreign key to one of those (one hop, e.g.
 * mentoring_answer → mentoring_question → inclusion_process, or notification → app_user). A table added by a later
 * migration fails this test until it is registered below.
 */
@IntegrationTest
class ExportCompletenessTest {

    /** Table → the export section ({@link ExportSection#name()}) that holds its rows. */
    private static final Map<String, String> EXPORTED_IN = Map.ofEntries(
            entry("candidate", "candidate"),
            entry("app_user", "accounts"),
            entry("inclusion_process", "processes"),
            entry("process_measure", "measures"),
            entry("process_event", "timeline"),
            entry("consent", "consents"),
            entry("contact_entry", "contactLog"),
            entry("notification", "notifications"),
            entry("mentor_agreement", "agreements"),
            entry("agreement_version", "agreementVersions"),
            entry("grant_period", "grantPeriods"),
            entry("weekly_plan", "weeklyPlan"),
            entry("weekly_plan_item", "weeklyPlan"),
            entry("mentoring_step", "mentoringSteps"),
            entry("mastery_entry", "masteryLog"),
            entry("mentoring_question", "mentoringQuestions"),
            entry("mentoring_answer", "mentoringQuestions"),
            entry("challenge_flag", "challengeFlags"),
            entry("meeting", "meetings"),
            entry("meeting_participant", "meetings"),
            entry("meeting_action_item", "meetings"),
            entry("meeting_feedback", "meetings"),
            entry("need", "needs"),
            entry("need_proposal", "needs"),
            entry("need_history", "needs"),
            entry("event_booking", "events"),
            entry("event_waiting", "events"),
            entry("reflection_note", "reflections"));

    /** The mentor networks (issue 14) are reached only through mentor and staff accounts. */
    private static final String NETWORK_REASON = "Mentor networks, their gatherings and the mentors' feedback to NAV: "
            + "reached only through the accounts of mentors and NAV staff, never through a candidate's (a candidate's "
            + "account is never a member, and nothing there names a process).";

    /** Tables reached by the foreign keys that are not exported, and why. */
    private static final Map<String, String> NOT_EXPORTED_BECAUSE = Map.ofEntries(
            entry("survey", "A questionnaire of an office (issue 14), reached only through the office leader who made "
                    + "it; it holds no candidate data and is never sent to candidates."),
            entry("survey_recipient", "Who was asked a survey (staff, mentors, employers; never a candidate) and "
                    + "whether they answered; the ended process only marks that its employer was asked once. The "
                    + "answers are anonymous and cannot be tied to anyone."),
            entry("opportunity", "An employer's opportunity (kravspesifikasjon), reached only through the NAV user who "
                    + "wrote it: about the job, never about a candidate."),
            entry("anonymisation_log", "The retention job's own record of its work; the candidate section shows "
                    + "when she was anonymised (anonymisedAt)."),
            entry("meeting_process_settings", "The counsellor's planning interval for follow-up meetings: a work "
                    + "setting that says nothing about her; the meetings themselves are exported."),
            entry("meeting_reminder_sent", "A technical record that stops a reminder being sent twice; the "
                    + "meetings and the notifications she got are exported."),
            entry("meeting_calendar_token", "Only the hash of a secret calendar link, like the password hash; "
                    + "it tells nothing about her."),
            entry("meeting_digest_sent", "Which days a counsellor got the meeting digest; refers only to the "
                    + "counsellor's account."),
            entry("meeting_agenda_template", "The office's agenda templates; refers only to the staff member who "
                    + "last edited them."),
            entry("employer_nav_contact", "Which NAV staff member is an employer's primary or backup contact; refers "
                    + "only to staff accounts, never to a candidate."),
            entry("employer_visit_note", "NAV's notes from company visits: about the employer, written by staff; "
                    + "refers only to the author's account."),
            entry("employer_contact", "NAV staff's contacts with employers, shared across units; refers only to the "
                    + "NAV person's account and holds no candidate data (the form tells staff not to name candidates)."),
            entry("event", "A job fair or breakfast as NAV organises it; refers only to the staff member who created "
                    + "it. Her bookings export the event's title."),
            entry("event_employer", "An employer taking part in an event with the tasks it recruits for; refers only "
                    + "to the staff member who added it. Her bookings export the employer's name."),
            entry("event_reminder_sent", "A technical record that stops a reminder being sent twice; her bookings "
                    + "and the notifications she got are exported."),
            entry("learning_peer_group", "A named group of an office's counsellors; refers only to the staff member "
                    + "who created it."),
            entry("learning_peer_group_member", "Which counsellors are in a peer group; refers only to staff accounts."),
            entry("office_meeting", "An office's meeting not tied to one process (experience exchange, market meeting, "
                    + "network gathering); refers only to the staff member who planned it, never to a candidate."),
            entry("office_meeting_participant", "Which staff members take part in an office meeting; refers only to "
                    + "staff accounts."),
            entry("learning_question", "A question of the office's question bank; refers only to the staff member who "
                    + "proposed it, and is about the work, never about one candidate."),
            entry("agreed_change", "A change in practice the office agreed on; refers only to its owner and author, "
                    + "staff members, and is about the office's practice."),
            entry("anonymised_case", "An anonymised copy of a process for an experience exchange: built without any "
                    + "identifier of hers (IdentifierDetector refuses one in every text, the birth date is an age band), "
                    + "so it is not about an identifiable person; the draft's link to the process, kept for its author "
                    + "only, is removed when the case is marked ready, and a draft is deleted when she is anonymised. "
                    + "What it was drawn from, the process itself, is exported."),
            entry("mentor_network", NETWORK_REASON),
            entry("mentor_network_member", NETWORK_REASON),
            entry("network_gathering", NETWORK_REASON),
            entry("gathering_topic", NETWORK_REASON),
            entry("gathering_participant", NETWORK_REASON),
            entry("network_feedback", NETWORK_REASON));

    /**
     * Columns of exported tables that are left out on purpose ("table.column" → why). Checked against the schema so
     * this list cannot name a column that is gone.
     */
    private static final Map<String, String> COLUMNS_WITHHELD_BECAUSE = Map.ofEntries(
            entry("meeting.minutes", "Minutes, decisions, start-up plans and action items of meetings she did not "
                    + "take part in are withheld, as on the meeting pages: they were written for the others present."),
            entry("meeting.decisions", "As meeting.minutes."),
            entry("meeting_action_item.text", "As meeting.minutes."),
            entry("grant_period.amount", "The employer's grant for the mentor's pay: the mentor's personal data, "
                    + "never shown to her. Periods, dates and status are exported."),
            entry("grant_period.monthly_amount", "As grant_period.amount."),
            entry("grant_period.rejection_explanation", "The beslutter's assessment of the employer's claim, "
                    + "not of her."),
            entry("mentor_agreement.pay_amount", "The mentor's pay (see AgreementExportSection)."),
            entry("mentor_agreement.account_number", "The employer's account for the grant."),
            entry("mentor_agreement.mentor_national_id", "The mentor's national id."),
            entry("app_user.password_hash", "A credential, never exported."),
            entry("reflection_note.what_was_done", "The counsellor's reflection on her own practice: an internal "
                    + "working document never given to anyone outside the office, exempt from access under "
                    + "personopplysningsloven § 16 første ledd bokstav e; the export shows that each note exists, when, "
                    + "and names that rule (ReflectionExportSection)."),
            entry("reflection_note.why", "As reflection_note.what_was_done."),
            entry("reflection_note.what_happened", "As reflection_note.what_was_done."),
            entry("reflection_note.what_to_change", "As reflection_note.what_was_done."));

    private sealed interface Clearing {
    }

    /** An update or delete of the table in {@link CandidateAnonymiser}. */
    private record ByAnonymiser() implements Clearing {
    }

    /** An update or delete of the table in a database function that a trigger on {@code candidate} runs. */
    private record ByTrigger(String function) implements Clearing {
    }

    /** Rows go with their parent row (on delete cascade), which the anonymisation deletes. */
    private record WithParent(String parent) implements Clearing {
    }

    private record Exempt(String reason) implements Clearing {
    }

    private static final Clearing ANONYMISER = new ByAnonymiser();
    private static final Clearing MENTORING_TRIGGER = new ByTrigger("mentoring_forget_candidate");
    private static final Clearing NEEDS_TRIGGER = new ByTrigger("needs_forget_candidate");

    /** Every table reached by the foreign keys that has a free-text column → how anonymisation clears it. */
    private static final Map<String, Clearing> CLEARED_BY = Map.ofEntries(
            entry("survey", new Exempt("A survey's title and introduction: text written for every respondent, "
                    + "about the questionnaire, never about a candidate.")),
            entry("candidate", ANONYMISER),
            entry("app_user", ANONYMISER),
            entry("inclusion_process", ANONYMISER),
            entry("process_event", ANONYMISER),
            entry("contact_entry", ANONYMISER),
            entry("notification", ANONYMISER),
            entry("mentor_agreement", ANONYMISER),
            entry("agreement_version", ANONYMISER),
            entry("grant_period", ANONYMISER),
            entry("meeting", ANONYMISER),
            entry("meeting_participant", ANONYMISER),
            entry("meeting_action_item", ANONYMISER),
            entry("meeting_feedback", ANONYMISER),
            entry("weekly_plan", MENTORING_TRIGGER),
            entry("weekly_plan_item", new WithParent("weekly_plan")),
            entry("mentoring_step", MENTORING_TRIGGER),
            entry("mastery_entry", MENTORING_TRIGGER),
            entry("mentoring_question", MENTORING_TRIGGER),
            entry("mentoring_answer", MENTORING_TRIGGER),
            entry("challenge_flag", MENTORING_TRIGGER),
            entry("need", NEEDS_TRIGGER),
            entry("need_proposal", NEEDS_TRIGGER),
            entry("need_history", NEEDS_TRIGGER),
            entry("meeting_agenda_template", new Exempt("The office's agenda templates: text written for every "
                    + "meeting of a type, never about one candidate.")),
            entry("employer_visit_note", new Exempt("Notes from visits to an employer, about the company; the form "
                    + "and its help text say not to write about individuals.")),
            entry("employer_contact", new Exempt("NAV staff's notes on contacts with employers, about the employer; "
                    + "the form says candidate names do not belong there.")),
            entry("event", new Exempt("The event's title, venue and cancellation reason: about the event, written "
                    + "for everyone invited, never about one candidate.")),
            entry("event_employer", new Exempt("The tasks an employer recruits for at an event: about the jobs.")),
            entry("opportunity", new Exempt("An employer's opportunity: title, tasks and requirements of a job, "
                    + "written for any candidate, never about one.")),
            entry("event_booking", new ByTrigger("events_forget_candidate")),
            entry("reflection_note", new ByTrigger("learning_forget_candidate")),
            entry("anonymised_case", new ByTrigger("learning_forget_candidate")),
            entry("learning_peer_group", new Exempt("A peer group's name, chosen by staff for a group of colleagues.")),
            entry("office_meeting", new Exempt("An office meeting's title, place and notes: about the office's work; "
                    + "cases are presented only as anonymised copies, whose texts the detector checks.")),
            entry("learning_question", new Exempt("A question for kartlegging or follow-up, written for every "
                    + "candidate, never about one.")),
            entry("agreed_change", new Exempt("A change in the office's practice and its follow-up: about how the "
                    + "office works, not about one candidate.")),
            entry("mentor_network", new Exempt(NETWORK_REASON)),
            entry("network_gathering", new Exempt(NETWORK_REASON + " Title, place and programme are about the "
                    + "gathering.")),
            entry("gathering_topic", new Exempt(NETWORK_REASON + " Topics mentors ask for are about their work.")),
            entry("gathering_participant", new Exempt(NETWORK_REASON)),
            entry("network_feedback", new Exempt(NETWORK_REASON + " The form tells mentors not to name "
                    + "candidates.")));

    private static final Path ANONYMISER_SOURCE = Path.of("src/main/java/no/treklover/privacy/CandidateAnonymiser.java");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ExportSection> sections;

    @Autowired
    SchemaOwner owner;

    @Test
    void everyTableAboutACandidateIsExportedOrExemptWithAReason() {
        assertThat(exportProblems()).isEmpty();
    }

    @Test
    void everyTableAboutACandidateWithFreeTextIsClearedByAnonymisationOrExemptWithAReason() throws IOException {
        assertThat(retentionProblems()).isEmpty();
    }

    @Test
    void theGuardReachesTablesOneHopAwayThroughProcessesAndAccounts() {
        assertThat(tablesAboutACandidate())
                .contains("mentoring_answer", "weekly_plan_item", "grant_period", "meeting_feedback", "notification")
                .doesNotContain("office", "employer", "flyway_schema_history");
        assertThat(freeTextTables()).contains("mentoring_answer", "notification", "agreement_version")
                .doesNotContain("consent", "process_measure");
    }

    /**
     * A table added by a later migration, one hop from a process and with a note, fails both checks. Only the
     * schema's owner may create a table, so the probe and the checks run in the owner's transaction (where the
     * uncommitted table is visible), which is rolled back.
     */
    @Test
    void aNewTableWithoutRegistrationFailsBothChecks() {
        DataSource ownerConnections = owner.dataSource();
        JdbcClient app = jdbc;
        jdbc = JdbcClient.create(ownerConnections);
        try {
            new TransactionTemplate(new DataSourceTransactionManager(ownerConnections)).executeWithoutResult(status -> {
                jdbc.sql("""
                                create table guard_probe_note (
                                    id bigserial primary key,
                                    meeting_id bigint not null references meeting (id),
                                    note varchar(2000))""").update();
                try {
                    assertThat(exportProblems()).anyMatch(problem -> problem.startsWith("guard_probe_note:"));
                    assertThat(retentionProblems()).anyMatch(problem -> problem.startsWith("guard_probe_note:"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    status.setRollbackOnly();
                }
            });
        } finally {
            jdbc = app;
        }
        assertThat(tablesAboutACandidate()).doesNotContain("guard_probe_note");
    }

    private List<String> exportProblems() {
        Set<String> tables = tablesAboutACandidate();
        Set<String> sectionNames = sections.stream().map(ExportSection::name).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String table : tables) {
            boolean exported = EXPORTED_IN.containsKey(table);
            boolean exempt = NOT_EXPORTED_BECAUSE.containsKey(table);
            if (!exported && !exempt) {
                problems.add(table + ": neither in an export section (EXPORTED_IN) nor exempt with a reason "
                        + "(NOT_EXPORTED_BECAUSE)");
            } else if (exported && exempt) {
                problems.add(table + ": both exported and exempt");
            } else if (exported && !sectionNames.contains(EXPORTED_IN.get(table))) {
                problems.add(table + ": export section " + EXPORTED_IN.get(table) + " does not exist");
            } else if (exempt && NOT_EXPORTED_BECAUSE.get(table).isBlank()) {
                problems.add(table + ": exempt without a reason");
            }
        }
        for (String table : union(EXPORTED_IN.keySet(), NOT_EXPORTED_BECAUSE.keySet())) {
            if (!tables.contains(table)) {
                problems.add(table + ": registered but no longer a table about a candidate");
            }
        }
        Set<String> columns = new TreeSet<>(jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = current_schema()""").query(String.class).list());
        for (Map.Entry<String, String> withheld : COLUMNS_WITHHELD_BECAUSE.entrySet()) {
            if (!columns.contains(withheld.getKey()) || withheld.getValue().isBlank()) {
                problems.add(withheld.getKey() + ": withheld column that does not exist or has no reason");
            }
        }
        return problems;
    }

    private List<String> retentionProblems() throws IOException {
        Set<String> tables = tablesAboutACandidate();
        Set<String> withFreeText = freeTextTables();
        String anonymiser = Files.readString(ANONYMISER_SOURCE);
        List<String> problems = new ArrayList<>();
        for (String table : tables) {
            Clearing clearing = CLEARED_BY.get(table);
            if (clearing == null) {
                if (withFreeText.contains(table)) {
                    problems.add(table + ": has free text " + freeTextColumns(table) + " but is neither cleared by "
                            + "anonymisation nor exempt with a reason (CLEARED_BY)");
                }
                continue;
            }
            String problem = problem(table, clearing, anonymiser);
            if (problem != null) {
                problems.add(table + ": " + problem);
            }
        }
        for (String table : CLEARED_BY.keySet()) {
            if (!tables.contains(table)) {
                problems.add(table + ": registered but no longer a table about a candidate");
            }
        }
        return problems;
    }

    /** What is wrong with how {@code table} is said to be cleared, or null. */
    private String problem(String table, Clearing clearing, String anonymiser) {
        if (clearing instanceof ByAnonymiser) {
            return writes(anonymiser, table) ? null : "CandidateAnonymiser neither updates nor deletes it";
        }
        if (clearing instanceof ByTrigger trigger) {
            return triggeredByAnonymisation(trigger.function()) && writes(functionSource(trigger.function()), table)
                    ? null : trigger.function() + " is not run on anonymisation or does not touch it";
        }
        if (clearing instanceof WithParent parent) {
            Clearing parentClearing = CLEARED_BY.get(parent.parent());
            String parentSource = parentClearing instanceof ByTrigger trigger ? functionSource(trigger.function())
                    : parentClearing instanceof ByAnonymiser ? anonymiser : "";
            return cascades(table, parent.parent()) && writes(parentSource, "delete", parent.parent())
                    ? null : "is not deleted with " + parent.parent();
        }
        return ((Exempt) clearing).reason().isBlank() ? "exempt without a reason" : null;
    }

    /** The roots, the tables with a foreign key to a root, and the tables with a foreign key to one of those. */
    private Set<String> tablesAboutACandidate() {
        return new TreeSet<>(jdbc.sql("""
                        with fk as (
                            select child.relname as child, parent.relname as parent
                            from pg_constraint c
                            join pg_class child on child.oid = c.conrelid
                            join pg_class parent on parent.oid = c.confrelid
                            where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                              and c.conrelid <> c.confrelid),
                        direct as (
                            select 'candidate' as name
                            union select 'inclusion_process'
                            union select child from fk where parent in ('candidate', 'inclusion_process'))
                        select name from direct
                        union select fk.child from fk join direct d on fk.parent = d.name""")
                .query(String.class).list());
    }

    /** Tables with text that people write or that names someone: text, json, arrays, or varchar of 100 or more. */
    private Set<String> freeTextTables() {
        return new TreeSet<>(jdbc.sql("select distinct table_name from information_schema.columns where "
                + FREE_TEXT).query(String.class).list());
    }

    private List<String> freeTextColumns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = :table and "
                + FREE_TEXT + " order by ordinal_position").param("table", table).query(String.class).list();
    }

    private static final String FREE_TEXT = """
            table_schema = current_schema()
            and (data_type in ('text', 'json', 'jsonb', 'ARRAY')
                 or (data_type = 'character varying'
                     and coalesce(character_maximum_length, 100) >= 100))""";

    private boolean triggeredByAnonymisation(String function) {
        return jdbc.sql("""
                        select count(*) from pg_trigger t
                        join pg_proc p on p.oid = t.tgfoid
                        where t.tgrelid = 'candidate'::regclass and p.proname = :function and not t.tgisinternal""")
                .param("function", function).query(Integer.class).single() > 0;
    }

    private String functionSource(String function) {
        return jdbc.sql("select coalesce(string_agg(prosrc, ' '), '') from pg_proc where proname = :function")
                .param("function", function).query(String.class).single();
    }

    private boolean cascades(String child, String parent) {
        return jdbc.sql("""
                        select count(*) from pg_constraint
                        where contype = 'f' and conrelid = cast(:child as regclass) and confrelid = cast(:parent as regclass)
                          and confdeltype = 'c'""")
                .param("child", child).param("parent", parent).query(Integer.class).single() > 0;
    }

    private static boolean writes(String source, String table) {
        return writes(source, "update", table) || writes(source, "delete", table);
    }

    private static boolean writes(String source, String verb, String table) {
        String statement = verb.equals("delete") ? "delete\\s+from" : "update";
        return Pattern.compile("\\b" + statement + "\\s+" + Pattern.quote(table) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(source).find();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
