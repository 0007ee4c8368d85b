package no.treklover.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The export holds what the audit found missing: the mentor's notes on the guide's steps, the notifications to her
 * own account, her contact details, the family tie and the approvals in her agreements, and the grant periods
 * (dates and status, never amounts). Every new field has a Norwegian label.
 */
@IntegrationTest
class ExportGapsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    List<ExportSection> sections;

    @Autowired
    MessageSource messages;

    ApiClient api;
    long candidate;
    long process;
    long agreement;

    @BeforeEach
    void aCandidateWithStepNotesNotificationsAnAgreementAndAGrantPeriod() {
        api = new ApiClient(port);
        RetentionCases cases = new RetentionCases(jdbc, passwords.encode("demo"));
        candidate = cases.candidate();
        process = cases.openProcess(candidate, Instant.now().minusSeconds(3600));
        Instant now = Instant.now();
        jdbc.sql("""
                        insert into mentoring_step (process_id, step, note, done_on, updated_by, updated_at, version)
                        select :process, 2, 'Øvde på varemottak sammen med Åse', date '2026-10-01', id, :at, 0
                        from app_user where username = 'mentor'""")
                .param("process", process).param("at", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                        insert into notification (recipient_id, message_key, arguments, link, process_id, created_at)
                        select u.id, 'meeting.notification.reminder.DAY_BEFORE', array['Åses oppfølgingsmøte', 'kl. 10'],
                               '/me', null, :at
                        from app_user u where u.candidate_id = :candidate""")
                .param("candidate", candidate).param("at", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                        insert into notification (recipient_id, message_key, arguments, link, process_id, created_at)
                        select u.id, 'meeting.notification.reminder.DAY_BEFORE', array['Veilederens eget møte', 'kl. 12'],
                               '/processes/' || :process, :process, :at
                        from app_user u where u.username = 'veileder'""")
                .param("process", process).param("at", now.atOffset(ZoneOffset.UTC)).update();
        agreement = jdbc.sql("""
                        insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, mentor_first_name,
                               mentor_last_name, pay_amount, candidate_contact_first_name, candidate_contact_last_name,
                               candidate_contact_phone, candidate_contact_email, family_tie, family_tie_reason,
                               mentor_signed_confidentiality_at, candidate_approved_at, candidate_on_behalf_reason,
                               employer_approved_at, employer_approved_by, counsellor_approved_at,
                               counsellor_approved_by, beslutter_approved_at, beslutter_approved_by, concluded_at,
                               last_touched_at)
                        select :process, :candidate, '0315', (select min(id) from employer), 'Mona', 'Mentor', 31415,
                               'Åse', 'Kontaktsen', '915 00 111', 'ase.kontakt@example.no', true,
                               'Onkelen er den eneste bakeren i bygda', :at, :at, 'NO_BANKID',
                               :at, (select id from app_user where username = 'arbeidsgiver'),
                               :at, (select id from app_user where username = 'veileder'),
                               :at, (select id from app_user where username = 'beslutter'), :at, :at
                        returning id""")
                .param("process", process).param("candidate", candidate).param("at", now.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        jdbc.sql("""
                        insert into grant_period (agreement_id, sequence_number, from_date, to_date, amount,
                                                  monthly_amount, status, decided_by, decided_at)
                        select :agreement, 1, date '2026-09-01', date '2026-12-31', 27182, 6795, 'GODKJENT', id, :at
                        from app_user where username = 'beslutter'""")
                .param("agreement", agreement).param("at", now.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void theExportHoldsStepNotesHerNotificationsTheAgreementsContactFamilyTieApprovalsAndGrantPeriods() {
        JsonNode json = api.get("veileder", "/api/v1/candidates/" + candidate + "/export").json();

        JsonNode step = json.path("mentoringSteps").get(0);
        assertThat(step.path("processId").asLong()).isEqualTo(process);
        assertThat(step.path("stepNumber").asInt()).isEqualTo(2);
        assertThat(step.path("stepNote").asString()).isEqualTo("Øvde på varemottak sammen med Åse");
        assertThat(step.path("stepDoneOn").asString()).isEqualTo("2026-10-01");
        assertThat(step.path("stepUpdatedBy").asString()).isNotBlank();

        List<String> notifications = new ArrayList<>();
        json.path("notifications").forEach(n -> notifications.add(n.path("notificationText").asString()));
        assertThat(notifications).containsExactly("Påminnelse: Åses oppfølgingsmøte i morgen, kl. 10.");
        assertThat(json.toString()).doesNotContain("Veilederens eget møte");

        JsonNode a = json.path("agreements").get(0);
        assertThat(a.path("id").asLong()).isEqualTo(agreement);
        assertThat(a.path("candidateContactName").asString()).isEqualTo("Åse Kontaktsen");
        assertThat(a.path("candidateContactPhone").asString()).isEqualTo("915 00 111");
        assertThat(a.path("candidateContactEmail").asString()).isEqualTo("ase.kontakt@example.no");
        assertThat(a.path("familyTie").asBoolean()).isTrue();
        assertThat(a.path("familyTieReason").asString()).isEqualTo("Onkelen er den eneste bakeren i bygda");
        assertThat(a.path("approvedOnBehalfBecause").asString()).isEqualTo("NO_BANKID");
        for (String party : List.of("mentorSignedConfidentialityAt", "candidateApprovedAt", "employerApprovedAt",
                "counsellorApprovedAt", "beslutterApprovedAt")) {
            assertThat(a.path(party).asString()).as(party).isNotBlank();
        }
        assertThat(a.path("counsellorApprovedBy").asString()).isEqualTo("Vera Veileder");
        assertThat(a.path("employerApprovedBy").asString()).isNotBlank();
        assertThat(a.path("beslutterApprovedBy").asString()).isNotBlank().isNotEqualTo("Vera Veileder");
        assertThat(a.has("payAmount")).isFalse();

        JsonNode period = json.path("grantPeriods").get(0);
        List<String> fields = new ArrayList<>();
        period.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("agreement", "grantPeriodNumber", "grantPeriodFrom", "grantPeriodTo",
                "grantPeriodStatus");
        assertThat(period.path("agreement").asLong()).isEqualTo(agreement);
        assertThat(period.path("grantPeriodFrom").asString()).isEqualTo("2026-09-01");
        assertThat(period.path("grantPeriodTo").asString()).isEqualTo("2026-12-31");
        assertThat(period.path("grantPeriodStatus").asString()).isEqualTo("GODKJENT");
    }

    @Test
    void theCandidateSeesTheSameInHerOwnExportAndThePdfHasNorwegianHeadings() {
        JsonNode own = api.get("ret-" + candidate, "/api/v1/me/export").json();
        assertThat(own.path("mentoringSteps").get(0).path("stepNote").asString())
                .isEqualTo("Øvde på varemottak sammen med Åse");
        assertThat(own.path("notifications").size()).isEqualTo(1);

        byte[] pdf = new Downloads(port).get("veileder", "/api/v1/candidates/" + candidate + "/export.pdf",
                "application/pdf").body();
        assertThat(Downloads.pdfText(pdf)).contains("Mentorens notater om stegene i veiledningen",
                "Øvde på varemottak sammen med Åse", "Varsler til deg", "Perioder med tilskudd til arbeidsgiveren",
                "Godkjent", "Onkelen er den eneste bakeren i bygda");
    }

    @Test
    void everyFieldOfTheNewSectionsHasANorwegianLabel() {
        ExportTexts texts = new ExportTexts(messages);
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> withRecords = new TreeSet<>();
        for (ExportSection section : sections) {
            for (ExportRecord record : section.collect(new ExportSubject(candidate, true)).records()) {
                withRecords.add(section.name());
                for (Map.Entry<String, Object> field : record.fields().entrySet()) {
                    if (texts.label(field.getKey()).equals(field.getKey())) {
                        missing.add("privacy.field." + field.getKey());
                    }
                    if (field.getValue() instanceof ExportCode code && texts.optional(code.messageKey()) == null) {
                        missing.add(code.messageKey());
                    }
                }
            }
            if (texts.optional("privacy.section." + section.name()) == null) {
                missing.add("privacy.section." + section.name());
            }
        }
        assertThat(withRecords).contains("mentoringSteps", "notifications", "agreements", "grantPeriods");
        assertThat(missing).isEmpty();
    }
}
