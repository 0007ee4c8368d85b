package no.treklover.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.AgreementContext;
import no.treklover.agreement.AgreementRules;
import no.treklover.agreement.Contact;
import no.treklover.agreement.GrantPeriodRejectionReason;
import no.treklover.agreement.GrantPeriodRules;
import no.treklover.agreement.version.ChangeRules;
import no.treklover.identifiers.AccountNumber;
import no.treklover.identifiers.Kid;
import no.treklover.identifiers.NationalId;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.identifiers.ValidAccountNumber;
import no.treklover.identifiers.ValidKid;
import no.treklover.identifiers.ValidNationalId;
import no.treklover.identifiers.ValidOrganisationNumber;
import no.treklover.mentoring.ChallengeFlagService;
import no.treklover.mentoring.MasteryLogService;
import no.treklover.meeting.MeetingService;
import no.treklover.mentoring.QuestionService;
import no.treklover.mentoring.StepChecklist;
import no.treklover.mentoring.WeeklyPlanRules;
import no.treklover.opportunity.Counties;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10: what a validator accepts must fit the column it is saved into, or the save fails with a conflict and the
 * user's input is lost. Finds every API request body (the forms validate through the same records), walks its text
 * fields, works out the longest value each accepts (its {@code @Size}, its identifier's normalised length, or the
 * limit its rules check, listed below) and compares it with the column's length in the schema.
 *
 * <p>A new request body or text field fails here until it is mapped: to its table ({@link #TABLES}; a field's column
 * is its name in snake_case unless {@link #COLUMNS} says otherwise) and, when no annotation says it, to the limit its
 * rules enforce ({@link #LIMITS}).
 */
@IntegrationTest
class ColumnFitTest {

    /** Request bodies that are read, never stored. */
    private static final Set<String> NOT_STORED = Set.of("LookupRequest", "AuditSearchCriteria",
            "MentorGrantCalculationRequest");

    /** The table each stored request body's fields go to. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("CandidateDetails", "candidate"),
            Map.entry("EmployerDetails", "employer"),
            Map.entry("ProcessDetails", "inclusion_process"),
            Map.entry("StartRequest", "inclusion_process"),
            Map.entry("TransitionRequest", "process_event"),
            Map.entry("AgreementContent", "mentor_agreement"),
            Map.entry("ChangeRequest", "mentor_agreement"),
            Map.entry("RejectionRequest", "grant_period"),
            Map.entry("ContactDetails", "contact_entry"),
            Map.entry("EmployerContactDetails", "employer_contact"),
            Map.entry("Changes", "meeting"),
            Map.entry("NewActionItem", "meeting_action_item"),
            Map.entry("CancellationRequest", "meeting"),
            Map.entry("FeedbackRequest", "meeting_feedback"),
            Map.entry("StepRequest", "mentoring_step"),
            Map.entry("MasteryRequest", "mastery_entry"),
            Map.entry("TextRequest", "mentoring_question"),
            Map.entry("FlagRequest", "challenge_flag"),
            Map.entry("ResolutionRequest", "challenge_flag"),
            Map.entry("WeeklyPlanBody", "weekly_plan"),
            Map.entry("ImportRequest", "employer_import"),
            Map.entry("EmployerProfile", "employer"),
            Map.entry("VisitNoteRequest", "employer_visit_note"),
            Map.entry("NeedProfile", "need"),
            Map.entry("NeedTransition", "need_history"),
            Map.entry("NeedProposalRequest", "need_proposal"),
            Map.entry("NeedAcceptance", "need_history"),
            Map.entry("OpportunityDetails", "opportunity"),
            Map.entry("EventDetails", "event"),
            Map.entry("EventTransitionRequest", "event"),
            Map.entry("EmployerRequest", "event_employer"),
            Map.entry("TasksRequest", "event_employer"),
            Map.entry("DecisionRequest", "event_booking"),
            Map.entry("ReflectionDetails", "reflection_note"),
            Map.entry("PeerGroupDetails", "learning_peer_group"),
            Map.entry("OfficeMeetingDetails", "office_meeting"),
            Map.entry("NotesRequest", "office_meeting"),
            Map.entry("PresentRequest", "anonymised_case"),
            Map.entry("CaseReview", "anonymised_case"),
            Map.entry("AgreedChangeDetails", "agreed_change"),
            Map.entry("FollowUpDetails", "agreed_change"),
            Map.entry("QuestionDetails", "learning_question"),
            Map.entry("StatusRequest", "learning_question"),
            Map.entry("AgendaRequest", "office_meeting_agenda_item"),
            Map.entry("FeedbackDetails", "network_feedback"),
            Map.entry("AnswerDetails", "network_feedback"),
            Map.entry("QuestionRequest", "survey_question"));

    /** Columns not named after the field, as table.column. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("ChangeRequest.reasonText", "agreement_version.reason_text"),
            Map.entry("RejectionRequest.explanation", "grant_period.rejection_explanation"),
            Map.entry("TextRequest.text", "mentoring_question.body"),
            Map.entry("ResolutionRequest.note", "challenge_flag.resolution_note"),
            Map.entry("Changes.participants[].name", "meeting_participant.name"),
            Map.entry("CancellationRequest.reason", "meeting.cancel_reason"),
            Map.entry("WeeklyPlanBody.items[].activity", "weekly_plan_item.activity"),
            Map.entry("ImportRequest.full", "employer_import.full_file"),
            Map.entry("EmployerDetails.contactName", "employer_contact_person.name"),
            Map.entry("EmployerDetails.contactPhone", "employer_contact_person.phone"),
            Map.entry("EmployerDetails.contactEmail", "employer_contact_person.email"),
            Map.entry("EmployerProfile.contacts[].name", "employer_contact_person.name"),
            Map.entry("EmployerProfile.contacts[].title", "employer_contact_person.title"),
            Map.entry("EmployerProfile.contacts[].phone", "employer_contact_person.phone"),
            Map.entry("EmployerProfile.contacts[].email", "employer_contact_person.email"),
            // the event's transition: a cancellation's reason
            Map.entry("EventTransitionRequest.reason", "event.cancel_reason"),
            // an office meeting's agenda: one item a line, each a row of its own
            Map.entry("OfficeMeetingDetails.agenda", "office_meeting_agenda_item.text"));

    /** The limits that rules check rather than annotations (meeting constants are package-private: their values). */
    private static final Map<String, Integer> LIMITS = new HashMap<>();

    static {
        int phone = 21; // "+" and 20 digits and spaces (the phone pattern), surrounding spaces stripped
        int email = 254;
        LIMITS.put("OfficeMeetingDetails.agenda", 500); // OfficeMeetingService.AGENDA_ITEM_MAX, per line
        LIMITS.put("OpportunityDetails.county", Counties.ALL.stream().mapToInt(String::length).max().orElseThrow());
        for (String type : List.of("AgreementContent", "ChangeRequest")) {
            LIMITS.put(type + ".mentorFirstName", AgreementRules.NAME_MAX_LENGTH);
            LIMITS.put(type + ".mentorLastName", AgreementRules.NAME_MAX_LENGTH);
            LIMITS.put(type + ".mentorPhone", phone);
            LIMITS.put(type + ".mentorEmail", email);
            LIMITS.put(type + ".tasks", AgreementRules.TASKS_MAX_LENGTH);
            for (String contact : List.of("candidateContact", "employerContact", "counsellorContact")) {
                LIMITS.put(type + "." + contact + ".firstName", AgreementRules.NAME_MAX_LENGTH);
                LIMITS.put(type + "." + contact + ".lastName", AgreementRules.NAME_MAX_LENGTH);
                LIMITS.put(type + "." + contact + ".phone", phone);
                LIMITS.put(type + "." + contact + ".email", email);
            }
        }
        // Normalised to their digits by AgreementContent, as the candidate's national id is.
        LIMITS.put("AgreementContent.mentorNationalId", NationalId.LENGTH);
        LIMITS.put("AgreementContent.accountNumber", AccountNumber.LENGTH);
        LIMITS.put("AgreementContent.kid", Kid.MAX_LENGTH);
        LIMITS.put("AgreementContent.followUp", AgreementRules.TEXT_MAX_LENGTH);
        LIMITS.put("AgreementContent.adaptation", AgreementRules.TEXT_MAX_LENGTH);
        LIMITS.put("AgreementContent.familyTieReason", AgreementRules.TEXT_MAX_LENGTH);
        LIMITS.put("ChangeRequest.followUp", AgreementRules.TEXT_MAX_LENGTH);
        LIMITS.put("ChangeRequest.reasonText", ChangeRules.REASON_TEXT_MAX_LENGTH);
        LIMITS.put("RejectionRequest.explanation", GrantPeriodRules.EXPLANATION_MAX_LENGTH);
        LIMITS.put("Changes.location", 300); // MeetingService.MAX_LOCATION
        LIMITS.put("Changes.agenda", 8000); // MeetingSettings.MAX_AGENDA
        LIMITS.put("Changes.minutes", 20000); // MeetingService.MAX_MINUTES
        LIMITS.put("Changes.decisions", 8000); // MeetingSettings.MAX_AGENDA
        for (String startUp : List.of("goals", "trainingPlan", "weeklyPlan", "roles")) {
            LIMITS.put("Changes." + startUp, 4000); // MeetingService.MAX_TEXT
        }
        LIMITS.put("Changes.participants[].name", 200); // MeetingService.MAX_NAME
        LIMITS.put("NewActionItem.text", 1000);
        LIMITS.put("CancellationRequest.reason", MeetingService.MAX_CANCEL_REASON);
        LIMITS.put("VisitNoteRequest.note", 2000); // EmployerService.MAX_NOTE
        LIMITS.put("NewActionItem.owner", 200); // MeetingService.MAX_NAME
        LIMITS.put("FeedbackRequest.rating", "NOT_GOOD".length()); // parsed to an enum, stored by name
        LIMITS.put("FeedbackRequest.heard", "PARTLY".length());
        LIMITS.put("FeedbackRequest.comment", 1000); // MeetingFeedbackService.MAX_COMMENT
        LIMITS.put("StepRequest.note", StepChecklist.NOTE_MAX);
        LIMITS.put("MasteryRequest.wentWell", MasteryLogService.TEXT_MAX);
        LIMITS.put("MasteryRequest.wasHard", MasteryLogService.TEXT_MAX);
        LIMITS.put("TextRequest.text", QuestionService.TEXT_MAX);
        LIMITS.put("FlagRequest.note", ChallengeFlagService.NOTE_MAX);
        LIMITS.put("ResolutionRequest.note", ChallengeFlagService.NOTE_MAX);
        LIMITS.put("WeeklyPlanBody.items[].activity", WeeklyPlanRules.ACTIVITY_MAX);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyAcceptedTextFitsItsColumn() {
        Map<String, Integer> lengths = new HashMap<>();
        jdbc.sql("""
                select table_name || '.' || column_name as name, coalesce(character_maximum_length, -1) as length
                from information_schema.columns where table_schema = current_schema()""")
                .query((rs, n) -> lengths.put(rs.getString("name"), rs.getInt("length"))).list();

        Set<Class<?>> bodies = new LinkedHashSet<>();
        mappings.getHandlerMethods().values().forEach(method -> {
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    bodies.add(parameter.getParameterType());
                }
            }
        });
        assertThat(bodies).as("request bodies found").hasSizeGreaterThan(15);

        List<String> failures = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> body : bodies) {
            if (!NOT_STORED.contains(body.getSimpleName())) {
                walk(body, body.getSimpleName(), "", lengths, failures, checked);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("text fields checked").hasSizeGreaterThan(60);
    }

    /**
     * The agreement's identifiers, phones and e-mails typed at their longest the rules accept (separators and spaces
     * up to the 64 characters the identifier checks read), measured as the agreement would store them. Before issue
     * 10, "1234.56.78903" and the like passed the rules and then broke varchar(11) with a 409.
     */
    @Test
    void theAgreementStoresWhatItsRulesAcceptWithinItsColumns() {
        String space = " ".repeat(30);
        String phone = space + "+" + "9".repeat(20) + space;
        String email = space + "a".repeat(180) + "@example.no" + space;
        String mentorId = IntStream.range(0, 500)
                .mapToObj(n -> NationalId.syntheticOrEmpty(LocalDate.of(1980, 5, 17), n))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        Contact contact = new Contact("Kari", "Kontakt", phone, email);
        AgreementContent typed = new AgreementContent("Mona", "Mentorsen", phone, email,
                "  " + mentorId.substring(0, 6) + " " + mentorId.substring(6) + "  ", null, null, null, null, null,
                null, null, null, null, null, null, null, "1234" + " . ".repeat(10) + "5678903",
                "0 ".repeat(Kid.MAX_LENGTH).strip(), null, null, contact, contact, contact);
        AgreementContext candidate = new AgreementContext(LocalDate.of(1990, 1, 1), null, null, "Kaja", "Kandidat",
                "40000000");
        Map<String, String> stored = new java.util.LinkedHashMap<>();
        stored.put("mentorPhone", typed.mentorPhone());
        stored.put("mentorEmail", typed.mentorEmail());
        stored.put("mentorNationalId", typed.mentorNationalId());
        stored.put("accountNumber", typed.accountNumber());
        stored.put("kid", typed.kid());
        stored.put("candidateContact.phone", typed.candidateContact().phone());
        stored.put("candidateContact.email", typed.candidateContact().email());

        List<String> refused = AgreementRules.check(typed, candidate, LocalDate.of(2026, 1, 5)).stream()
                .map(v -> v.field()).filter(stored::containsKey).toList();
        assertThat(refused).as("the rules accept these as typed").isEmpty();
        Map<String, Integer> columns = new HashMap<>();
        jdbc.sql("""
                select column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = 'mentor_agreement'
                  and character_maximum_length is not null""")
                .query((rs, n) -> columns.put(rs.getString(1), rs.getInt(2))).list();
        stored.forEach((field, value) -> assertThat(value.length()).as(field + " as stored: '" + value + "'")
                .isLessThanOrEqualTo(columns.get(snakeCase(field))));
    }

    /** Every rejection reason at once, as stored: comma-separated names. */
    @Test
    void allRejectionReasonsTogetherFitTheirColumn() {
        int longest = String.join(",", java.util.Arrays.stream(GrantPeriodRejectionReason.values())
                .map(Enum::name).toList()).length();
        int column = jdbc.sql("""
                select character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = 'grant_period'
                  and column_name = 'rejection_reasons'""").query(Integer.class).single();
        assertThat(longest).isLessThanOrEqualTo(column);
    }

    private void walk(Class<?> type, String body, String prefix, Map<String, Integer> lengths, List<String> failures,
            Set<String> checked) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> fieldType = component.getType();
            String field = prefix + component.getName();
            if (fieldType == String.class) {
                check(type, component, body, field, lengths, failures);
                checked.add(body + "." + field);
            } else if (fieldType.isRecord() && fieldType.getPackageName().startsWith("no.treklover")) {
                walk(fieldType, body, field + ".", lengths, failures, checked);
            } else if (Collection.class.isAssignableFrom(fieldType)
                    && component.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                walk(element, body, field + "[].", lengths, failures, checked);
            }
        }
    }

    private static void check(Class<?> type, RecordComponent component, String body, String field,
            Map<String, Integer> lengths, List<String> failures) {
        String key = body + "." + field;
        Integer longest = longestAccepted(type, component, key);
        if (longest == null) {
            failures.add(key + ": no limit known; give it @Size or list the limit its rules check in LIMITS");
            return;
        }
        String table = TABLES.get(body);
        String column = COLUMNS.getOrDefault(key, table + "." + snakeCase(field));
        if (table == null && !COLUMNS.containsKey(key)) {
            failures.add(key + ": which table is " + body + " stored in? Add it to TABLES (or NOT_STORED)");
            return;
        }
        Integer length = lengths.get(column);
        if (length == null) {
            failures.add(key + ": no column " + column + "; map the field in COLUMNS");
        } else if (length >= 0 && longest > length) {
            failures.add(key + ": accepts " + longest + " characters, but " + column + " holds " + length);
        }
    }

    private static Integer longestAccepted(Class<?> type, RecordComponent component, String key) {
        if (LIMITS.containsKey(key)) {
            return LIMITS.get(key);
        }
        Field field;
        try {
            field = type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        // Identifiers are stored as their digits, however long the typed text the check allows.
        if (field.isAnnotationPresent(ValidNationalId.class)) {
            return NationalId.LENGTH;
        }
        if (field.isAnnotationPresent(ValidOrganisationNumber.class)) {
            return OrganisationNumber.LENGTH;
        }
        if (field.isAnnotationPresent(ValidAccountNumber.class)) {
            return AccountNumber.LENGTH;
        }
        if (field.isAnnotationPresent(ValidKid.class)) {
            return Kid.MAX_LENGTH;
        }
        Size size = field.getAnnotation(Size.class);
        return size == null ? null : size.max();
    }

    private static String snakeCase(String field) {
        return field.replace("[].", "_").replace(".", "_").replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
