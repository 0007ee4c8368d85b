package no.treklover.browser;

import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET page of every {@code @Controller} (non-API), opened in a real browser by each demo role that may open it,
 * with real ids from the demo data: each page must load without an error page, leave no console errors and no
 * unresolved message keys, have a non-empty title, {@code lang="nb"} and exactly one h1, and pass axe-core with no
 * serious or critical WCAG 2.1 A/AA violation. The candidate's and the mentor's pages are also checked at phone width.
 * One test per role; a role's test checks all its pages and then reports every problem at once.
 */
@IntegrationTest
class AllPagesAxeTest {

    private static final Dimension DESKTOP = new Dimension(1280, 1024);

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    private final PageChecker.Ids ids = new PageChecker.Ids();

    @BeforeEach
    void app() {
        long kaja = one("select candidate_id from app_user where username = 'kandidat'");
        ids.kajasProcess = one("select id from inclusion_process where candidate_id = " + kaja + " and open");
        ids.kajasAgreement = one("select min(id) from mentor_agreement where process_id = " + ids.kajasProcess);
        ids.meetings = jdbc.sql("select id from meeting where process_id = :p order by id")
                .param("p", ids.kajasProcess).query(Long.class).list();
        ids.contact = one("select min(id) from contact_entry where process_id = " + ids.kajasProcess);
        ids.localNeed = one("select min(id) from need where office_id = '0315' and level = 'LOCAL' "
                + "and state = 'PROPOSED'");
        ids.escalatedNeed = one("select min(id) from need where office_id = '0315' and level = 'WORKLIFE_CENTRE' "
                + "and state = 'PROPOSED'");
        ids.concludedAgreement = one("""
                select min(agreement_id) from agreement_version where agreement_id in
                    (select agreement_id from agreement_version group by agreement_id having count(*) >= 2)""");
        ids.queuedGrantPeriod = one("select min(id) from grant_period where status = 'UBEHANDLET'");
        ids.decidedGrantPeriod = one("""
                select coalesce(min(id), %d) from grant_period where status <> 'UBEHANDLET'"""
                .formatted(ids.queuedGrantPeriod));
        ids.processPerPhase = jdbc.sql("""
                select min(id) from inclusion_process where office_id = '0315' and id <> :kaja
                group by phase, open order by 1""").param("kaja", ids.kajasProcess).query(Long.class).list();
        ids.mentorsUnsignedProcesses = jdbc.sql("""
                select p.id from inclusion_process p join app_user u on u.id = p.mentor_user_id
                where u.username = 'mentor' and not exists (select 1 from mentor_agreement a
                    where a.process_id = p.id and a.mentor_signed_confidentiality_at is not null)
                order by p.id""").query(Long.class).list();
        assertThat(one("select count(*) from mentoring_question where process_id = " + ids.kajasProcess))
                .as("the demo data has a question in Kaja's mentoring").isPositive();
        assertThat(ids.meetings).as("the demo data has meetings in Kaja's process").isNotEmpty();
        ids.plannedMeeting = one("""
                select min(m.id) from meeting m join inclusion_process p on p.id = m.process_id
                where m.status = 'PLANNED' and p.office_id = '0315'""");
        ids.measure = one("""
                select min(m.id) from process_measure m join inclusion_process p on p.id = m.process_id
                where p.office_id = '0315'""");
        ids.measureProcess = one("select process_id from process_measure where id = " + ids.measure);
        ids.fair = one("select min(id) from event where type = 'JOB_FAIR' and state = 'PUBLISHED'");
        ids.breakfast = one("select min(id) from event where type = 'BREAKFAST'");
        ids.ownBooking = one("""
                select min(b.id) from event_booking b join event_employer x on x.id = b.event_employer_id
                join app_user u on u.employer_id = x.employer_id and u.username = 'arbeidsgiver'
                where b.event_id = %d and b.cancelled_at is null""".formatted(ids.fair));
        ids.kajasFeedbackMeeting = one("""
                select max(m.id) from meeting m join meeting_participant mp on mp.meeting_id = m.id
                join app_user u on u.id = mp.user_id and u.username = 'kandidat'
                where m.process_id = %d and m.status = 'HELD'""".formatted(ids.kajasProcess));
    }

    /** The page routes this test visits; a new page fails {@link #everyPageIsSwept()} until it is added here. */
    private static final Set<String> SWEPT = Set.of("/", "/login", "/caseload", "/processes/new", "/employers/new",
            "/processes/{id}", "/processes/{id}/edit", "/processes/{id}/shared", "/candidates/{id}/edit",
            "/agreements/{id}", "/agreements/{id}/versions", "/agreements/{id}/changes/new", "/beslutter",
            "/beslutter/grant-periods/{id}", "/processes/{id}/meetings/new", "/meetings/{id}", "/meetings/templates",
            "/meetings/calendar", "/meetings/{id}/feedback", "/processes/{id}/contacts", "/contacts/{id}/edit",
            "/contacts/{id}/delete", "/meetings/{id}/cancel", "/processes/{id}/measures/{measureId}/delete",
            "/notifications", "/mentoring", "/mentoring/{id}", "/mentoring/{id}/questions", "/my", "/my/consent",
            "/my/access-log", "/my/mentoring", "/partner", "/audit", "/audit/verification", "/employers/import",
            "/employers/import/{id}", "/employers/import/{id}/rejections",
            "/employers", "/employers/{id}", "/employers/{id}/edit", "/employers/own", "/market",
            "/employers/{id}/contacts", "/employer-contacts/new", "/employer-contacts/{id}/edit",
            "/employer-contacts/{id}/delete",
            "/processes/{id}/needs/new", "/board", "/board/meeting", "/board/needs/{id}", "/board/attribution",
            "/statistics",
            "/opportunities", "/opportunities/new", "/opportunities/{id}", "/opportunities/{id}/edit",
            "/opportunities/{id}/matches", "/board/needs/{id}/matches", "/opportunities/{id}/my-candidates",
            "/events", "/events/new", "/events/{id}", "/events/{id}/edit", "/events/{id}/cancel",
            "/events/{id}/bookings/{bookingId}/cancel", "/events/{id}/bookings/{bookingId}/decision", "/my-events",
            "/processes/{id}/reflections", "/reflections/{id}/edit", "/reflections/{id}/delete", "/learning",
            "/learning/groups", "/learning/groups/{id}/edit", "/learning/meetings/new", "/learning/meetings/{id}",
            "/learning/cases/{id}/edit", "/learning/changes", "/learning/questions",
            "/networks", "/networks/{id}", "/networks/{id}/gatherings/new", "/gatherings/{id}", "/gatherings/{id}/edit",
            "/network-feedback/{id}",
            "/surveys", "/surveys/{id}", "/surveys/{id}/questions/{questionId}",
            "/surveys/{id}/questions/{questionId}/delete", "/surveys/{id}/preview", "/surveys/{id}/send",
            "/surveys/{id}/close", "/surveys/{id}/results", "/surveys/{id}/comparison", "/surveys/mine",
            "/surveys/{id}/answer", "/s/{token}", "/statistics/counties/{county}", "/statistics/nation",
            "/learning/meetings/{id}/edit", "/learning/meetings/{id}/cancel", "/gatherings/{id}/cancel",
            "/board/needs/{id}/matches/{opportunityId}", "/opportunities/{id}/matches/{needId}");
    /** GET routes of page controllers that are not pages: files and the error page. */
    private static final Set<String> NOT_PAGES = Set.of("/error", "/calendar/feed/{token}.ics",
            "/board/attribution.csv", "/gatherings/{id}/invitation.ics", "/surveys/{id}/results.csv",
            "/statistics.{format:csv|xlsx}", "/statistics/counties/{county}/tables.{format:csv|xlsx}",
            "/statistics/nation.{format:csv|xlsx}", "/learning/meetings/{id}/invitation.ics",
            // a ranked row's explanation as the fragment its <details> loads (axe-checked in OpportunityJourneyTest)
            "/board/needs/{id}/matches/{opportunityId}/factors", "/opportunities/{id}/matches/{needId}/factors");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageIsSwept() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean page = !method.getBeanType().isAnnotationPresent(RestController.class)
                    && !method.hasMethodAnnotation(ResponseBody.class);
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (page && get) {
                pages.addAll(info.getPatternValues());
            }
        });
        pages.removeIf(p -> p.startsWith("/api/") || p.startsWith("/v3/") || NOT_PAGES.contains(p));
        assertThat(pages).as("page routes that no role visits here").isSubsetOf(SWEPT);
        assertThat(SWEPT).as("routes listed here that no longer exist").isSubsetOf(pages);
    }

    private long one(String sql) {
        Long value = jdbc.sql(sql).query(Long.class).single();
        assertThat(value).as(sql).isNotNull();
        return value;
    }

    @Test
    void veileder() {
        PageChecker pages = login("veileder");
        pages.check("/caseload", "/processes/new", "/employers/new",
                "/processes/" + ids.kajasProcess, "/processes/" + ids.kajasProcess + "/edit",
                "/processes/" + ids.kajasProcess + "/shared", "/candidates/" + kaja() + "/edit",
                "/agreements/" + ids.kajasAgreement,
                "/agreements/" + ids.concludedAgreement + "/versions",
                "/agreements/" + ids.concludedAgreement + "/versions?left=1&right=2&onlyChanged=true",
                "/agreements/" + ids.concludedAgreement + "/changes/new");
        for (String type : List.of("FORLENGE", "FORKORTE", "ENDRE_MENTOR", "ENDRE_BEREGNING", "ENDRE_KONTAKTINFO",
                "ENDRE_OPPFOLGING")) {
            pages.check("/agreements/" + ids.concludedAgreement + "/changes/new?type=" + type);
        }
        for (String type : List.of("OPPSTARTSMOTE", "TREKLOVERSAMTALE", "OPPFOLGINGSMOTE", "ROTASJON",
                "EVALUERING_AVSLUTNING")) {
            pages.check("/processes/" + ids.kajasProcess + "/meetings/new?type=" + type);
        }
        pages.check("/processes/" + ids.kajasProcess + "/meetings/new");
        ids.meetings.forEach(m -> pages.check("/meetings/" + m));
        long round = one("select min(id) from survey where office_id = '0315' and round = 2");
        pages.check("/surveys/mine", "/surveys/" + round + "/answer");
        pages.check("/meetings/templates", "/meetings/calendar",
                "/processes/" + ids.kajasProcess + "/contacts", "/contacts/" + ids.contact + "/edit",
                "/contacts/" + ids.contact + "/delete",
                "/notifications", "/mentoring/" + ids.kajasProcess, "/mentoring/" + ids.kajasProcess + "/questions",
                "/agreements/" + ids.concludedAgreement);
        ids.processPerPhase.forEach(p -> pages.check("/processes/" + p));
        // the confirmations before cancelling a meeting and removing a measure, and the reason's field message
        pages.check("/meetings/" + ids.plannedMeeting + "/cancel",
                "/processes/" + ids.measureProcess + "/measures/" + ids.measure + "/delete");
        pages.submitAndCheck("/meetings/" + ids.plannedMeeting + "/cancel", "form[action$='/cancel']");
        // forms answered with their field messages
        pages.submitAndCheck("/processes/" + ids.kajasProcess + "/contacts", "form[action$='/contacts']");
        pages.submitAndCheck("/agreements/" + ids.concludedAgreement + "/changes/new?type=FORLENGE",
                "form[action$='/changes']");
        pages.submitAndCheck("/employers/new", "form[action$='/employers/new']");
        pages.check("/processes/" + ids.kajasProcess + "/needs/new", "/board", "/board/needs/" + ids.localNeed);
        pages.check("/opportunities", "/opportunities/" + openOpportunity(),
                "/opportunities/" + openOpportunity() + "/matches", "/board/needs/" + ids.localNeed + "/matches",
                "/opportunities/" + openOpportunity() + "/my-candidates",
                "/board/needs/" + ids.localNeed + "/matches/" + openOpportunity(),
                "/opportunities/" + openOpportunity() + "/matches/" + ids.localNeed);
        pages.submitAndCheck("/processes/" + ids.kajasProcess + "/needs/new", "form[action$='/needs']");
        pages.submitAndCheck("/processes/" + ids.kajasProcess + "/meetings/new?type=TREKLOVERSAMTALE",
                "form[method=post][action$='/meetings/new']");
        // the job fair: booking forms per employer and the cancel confirmation, on a desktop and a phone
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/events", "/events/" + ids.fair,
                    "/events/" + ids.fair + "/bookings/" + ids.ownBooking + "/cancel");
        }
        pages.size(DESKTOP);
        // the learning arenas (issue 14): reflection notes on Kaja's process, the office's peer groups
        long note = one("select min(n.id) from reflection_note n join app_user u on u.id = n.author_id "
                + "where u.username = 'veileder'");
        pages.check("/processes/" + ids.kajasProcess + "/reflections", "/reflections/" + note + "/edit",
                "/reflections/" + note + "/delete", "/learning", "/learning/groups",
                "/learning/groups/" + peerGroup() + "/edit");
        pages.submitAndCheck("/processes/" + ids.kajasProcess + "/reflections", "form[action$='/reflections']");
        pages.submitAndCheck("/learning/groups", "form[action$='/learning/groups']");
        // the office's meetings: the held experience exchange with its ready case, Vera's draft under review
        long draft = one("select min(id) from anonymised_case where ready_at is null");
        pages.check("/learning/meetings/" + heldExchange(), "/learning/meetings/" + upcomingExchange(),
                "/learning/cases/" + draft + "/edit");
        pages.submitAndCheck("/learning/cases/" + draft + "/edit", "form[action$='/edit']");
        pages.check("/learning/changes", "/learning/questions");
        pages.submitAndCheck("/learning/questions", "form[action$='/learning/questions']");
        long network = demoNetwork();
        pages.check("/networks", "/networks/" + network);
        networkFeedback(network, null).forEach(f -> pages.check("/network-feedback/" + f));
        pages.assertAllPassed();
    }

    private long heldExchange() {
        return one("select min(c.meeting_id) from anonymised_case c where c.ready_at is not null");
    }

    private long upcomingExchange() {
        return one("select min(c.meeting_id) from anonymised_case c where c.ready_at is null");
    }

    private long peerGroup() {
        return one("select min(id) from learning_peer_group where office_id = '0315'");
    }

    private long demoNetwork() {
        return one("select min(id) from mentor_network where name = 'Mentornettverket Grünerløkka'");
    }

    private List<Long> networkGatherings(long network) {
        return jdbc.sql("select id from network_gathering where network_id = :n order by id").param("n", network)
                .query(Long.class).list();
    }

    /** The demo network's feedback items, of one status or (null) all. */
    private List<Long> networkFeedback(long network, String status) {
        return jdbc.sql("select id from network_feedback where network_id = :n and (status = :s or :s = '') "
                + "order by id").param("n", network).param("s", status == null ? "" : status)
                .query(Long.class).list();
    }

    @Test
    void beslutter() {
        PageChecker pages = login("beslutter");
        pages.check("/beslutter", "/beslutter?status=UBEHANDLET", "/beslutter?status=GODKJENT",
                "/beslutter?status=AVSLATT", "/beslutter/grant-periods/" + ids.queuedGrantPeriod,
                "/beslutter/grant-periods/" + ids.decidedGrantPeriod, "/agreements/" + ids.concludedAgreement,
                "/agreements/" + ids.kajasAgreement, "/agreements/" + ids.concludedAgreement + "/versions",
                "/meetings/calendar", "/notifications");
        pages.assertAllPassed();
    }

    @Test
    void markedskontakt() {
        PageChecker pages = login("markedskontakt");
        assertThat(browser.path()).as("the market contact starts on the workspace").isEqualTo("/market");
        long warned = one("select id from employer where name = 'Fjordbyen Omsorgssenter'");
        long own = one("""
                select min(c.id) from employer_contact c join app_user u on u.id = c.nav_user_id
                where u.username = 'markedskontakt'""");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/market", "/employers/" + warned + "/contacts", "/employer-contacts/new",
                    "/employer-contacts/new?q=AS", "/employer-contacts/new?employerId=" + warned,
                    "/employer-contacts/" + own + "/edit", "/employer-contacts/" + own + "/delete",
                    "/meetings/calendar", "/notifications");
            // the warning again on submit, and a form with field messages
            pages.submitAndCheck("/employers/" + warned + "/contacts", "form[action$='/contacts']");
        }
        long demoImport = one("select min(id) from employer_import where rows_rejected > 0");
        pages.check("/employers/import", "/employers/import/" + demoImport,
                "/employers/import/" + demoImport + "/rejections");
        long bakery = bakery();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/employers", "/employers?search=bakeri&county=03&iaAgreement=true&sort=SIZE",
                    "/employers?search=ingen+slik+bedrift", "/employers?mine=true&page=3", "/employers/" + bakery,
                    "/employers/" + bakery + "/edit");
        }
        pages.size(DESKTOP);
        // the visit note form answered with its field messages
        pages.submitAndCheck("/employers/" + bakery, "form.visit-note-form");
        // the needs board at the meeting: on the desktop, on the projector's large type, and on a phone
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/board", "/board?large=true&level=LOCAL&minAgeDays=7", "/board/meeting",
                    "/board/meeting?large=true&position=1", "/board/meeting?position=999",
                    "/board/needs/" + ids.localNeed, "/board/needs/" + ids.localNeed + "?employerSearch=AS",
                    "/board/needs/" + ids.escalatedNeed, "/board/attribution",
                    "/board/attribution?from=2026-01-01&to=2025-01-01");
            // opportunities and matching both ways (issue 13)
            pages.check("/opportunities", "/opportunities?status=OPEN&type=WORK_TRAINING&municipality=Oslo",
                    "/opportunities?employer=ingen+slik", "/opportunities/new", "/opportunities/new?employerSearch=AS",
                    "/opportunities/new?employerId=" + bakery, "/opportunities/" + openOpportunity(),
                    "/opportunities/" + openOpportunity() + "/edit", "/opportunities/" + openOpportunity() + "/matches",
                    "/opportunities/" + draftOpportunity(), "/opportunities/" + draftOpportunity() + "/matches",
                    "/board/needs/" + ids.localNeed + "/matches", "/employers/" + bakery);
        }
        pages.size(DESKTOP);
        // the opportunity form answered with its field messages
        pages.submitAndCheck("/opportunities/new?employerId=" + bakery, "form.opportunity-form");
        // events: the list, the organiser's fair and breakfast, the forms and the cancel confirmation
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/events", "/events/new", "/events/" + ids.fair, "/events/" + ids.fair + "/edit",
                    "/events/" + ids.fair + "/cancel", "/events/" + ids.breakfast);
        }
        pages.size(DESKTOP);
        pages.submitAndCheck("/events/new", "form[action$='/events']");
        pages.submitAndCheck("/events/" + ids.fair + "/cancel", "form[action$='/cancel']");
        pages.assertAllPassed();
    }

    @Test
    void arbeidslivssenter() {
        PageChecker pages = login("arbeidslivssenter");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/board", "/board/meeting?large=true", "/board/needs/" + ids.escalatedNeed,
                    "/board/needs/" + ids.escalatedNeed + "?employerSearch=AS", "/board/attribution",
                    "/notifications");
        }
        // a county survey (issue 14's leftovers): her list, the builder, the sending page and the results per office
        long survey = one("""
                insert into survey (office_id, county, title, audience, state, opened_at)
                values ('0391', 'Oslo', 'Fylkesundersøkelse', 'COUNSELLOR', 'OPEN', now()) returning id""");
        jdbc.sql("insert into survey_question (survey_id, position, question_key, kind, text, required, options) "
                + "values (:s, 1, 'q1', 'SINGLE', 'Hvor ofte?', true, 'Ofte\nSjelden')").param("s", survey).update();
        long draft = one("""
                insert into survey (office_id, county, title, audience)
                values ('0391', 'Oslo', 'Fylkesutkast', 'MENTOR') returning id""");
        jdbc.sql("insert into survey_question (survey_id, position, question_key, kind, text, required) "
                + "values (:s, 1, 'q1', 'TEXT', 'Kommentar', false)").param("s", draft).update();
        pages.check("/market", "/surveys", "/surveys/" + draft, "/surveys/" + draft + "/send",
                "/surveys/" + survey + "/results", "/surveys/" + survey + "/results?office=0315");
        pages.assertAllPassed();
    }

    /** A personal link to the survey (the token; only its SHA-256 is stored). */
    private String surveyLink(long survey) {
        String token = java.util.UUID.randomUUID().toString();
        try {
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            jdbc.sql("insert into survey_recipient (survey_id, office_id, token_hash) values (:s, '0315', :h)")
                    .param("s", survey).param("h", hash).update();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    private long openOpportunity() {
        return one("select min(id) from opportunity where status = 'OPEN' and county = 'Oslo'");
    }

    private long draftOpportunity() {
        return one("select min(id) from opportunity where status = 'DRAFT'");
    }

    private long bakery() {
        return one("select employer_id from app_user where username = 'arbeidsgiver'");
    }

    @Test
    void kontorleder() {
        PageChecker pages = login("kontorleder");
        assertThat(browser.findAll(By.cssSelector("#main a[href$='/meetings/templates']")))
                .as("the office leader's start page leads to the agenda templates").hasSize(1);
        assertThat(browser.path()).as("the office leader starts on the office's statistics").isEqualTo("/statistics");
        pages.check("/statistics", "/statistics?from=2026-06-30&to=2026-01-01", "/meetings/templates",
                "/meetings/calendar", "/notifications", "/employers",
                "/employers/" + bakery(),
                "/employers/" + one("select min(employer_id) from employer_contact") + "/contacts");
        pages.check("/learning", "/learning/groups", "/learning/groups/" + peerGroup() + "/edit",
                "/learning/meetings/new", "/learning/meetings/" + heldExchange(),
                "/learning/meetings/" + upcomingExchange());
        pages.submitAndCheck("/learning/meetings/new", "form[action$='/learning/meetings']");
        pages.check("/learning/changes", "/learning/questions");
        pages.submitAndCheck("/learning/changes", "form[action$='/learning/changes']");
        pages.check("/learning/meetings/" + upcomingExchange() + "/edit",
                "/learning/meetings/" + upcomingExchange() + "/cancel");
        // the mentor network: the flagged feedback, the network, both gatherings, the forms and every item
        long network = demoNetwork();
        pages.check("/networks", "/networks/" + network, "/networks/" + network + "/gatherings/new");
        networkGatherings(network).forEach(g -> pages.check("/gatherings/" + g, "/gatherings/" + g + "/edit",
                "/gatherings/" + g + "/cancel"));
        networkFeedback(network, null).forEach(f -> pages.check("/network-feedback/" + f));
        pages.submitAndCheck("/networks/" + network + "/gatherings/new", "form.gathering-form");
        pages.submitAndCheck("/network-feedback/" + networkFeedback(network, "NEW").get(0), "form.answer-form");
        // surveys (issue 14): the list, a draft in the builder with its pages, an open round, results and comparison
        browser.open("/statistics");
        assertThat(browser.findAll(By.cssSelector("#main a[href$='/surveys']")))
                .as("the office leader's start page leads to the surveys").hasSize(1);
        long draft = one("select min(id) from survey where office_id = '0315' and state = 'DRAFT'");
        long question = one("select min(id) from survey_question where survey_id = " + draft);
        long first = one("select min(id) from survey where office_id = '0315' and round = 1 and state = 'CLOSED'");
        long second = one("select min(id) from survey where office_id = '0315' and round = 2");
        long mentors = one("select min(id) from survey where office_id = '0315' and audience = 'MENTOR'");
        pages.check("/surveys", "/surveys/" + draft, "/surveys/" + draft + "/questions/" + question,
                "/surveys/" + draft + "/questions/" + question + "/delete", "/surveys/" + draft + "/preview",
                "/surveys/" + draft + "/send", "/surveys/" + second, "/surveys/" + second + "/close",
                "/surveys/" + first + "/results", "/surveys/" + second + "/results",
                "/surveys/" + second + "/results?office=0315", "/surveys/" + second + "/comparison",
                "/surveys/" + second + "/comparison?earlier=" + first + "&office=0315",
                "/surveys/" + mentors + "/results", "/surveys/" + first);
        pages.submitAndCheck("/surveys/" + draft, "form[action$='/questions']");
        pages.submitAndCheck("/surveys", "form[action$='/surveys']");
        pages.assertAllPassed();
    }

    @Test
    void analytiker() {
        PageChecker pages = login("analytiker");
        assertThat(browser.path()).as("the national analyst starts on the nation's statistics")
                .isEqualTo("/statistics/nation");
        pages.check("/statistics/nation", "/statistics/nation?from=2026-06-30&to=2026-01-01",
                "/statistics/counties/Oslo", "/statistics/counties/Vestland");
        pages.assertAllPassed();
    }

    @Test
    void mentor() {
        PageChecker pages = login("mentor");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/partner", "/processes/" + ids.kajasProcess + "/shared", "/agreements/" + ids.kajasAgreement,
                    "/agreements/" + ids.concludedAgreement + "/versions", "/mentoring",
                    "/mentoring/" + ids.kajasProcess, "/mentoring/" + ids.kajasProcess + "/questions",
                    "/meetings/calendar", "/notifications", "/agreements/" + ids.concludedAgreement);
            ids.meetings.forEach(m -> pages.checkIfAllowed("/meetings/" + m));
            // before the declaration is signed, the workspace says what is missing
            ids.mentorsUnsignedProcesses.forEach(p -> pages.check("/mentoring/" + p));
            pages.submitAndCheck("/mentoring/" + ids.kajasProcess + "/questions", "form.ask-form");
            // her mentor network, its gatherings (reply, topics) and her own feedback with NAV's answers
            long network = demoNetwork();
            pages.check("/networks", "/networks/" + network);
            networkGatherings(network).forEach(g -> pages.check("/gatherings/" + g));
            jdbc.sql("select f.id from network_feedback f join app_user u on u.id = f.given_by "
                    + "where u.username = 'mentor' and f.network_id = :n order by f.id").param("n", network)
                    .query(Long.class).list().forEach(f -> pages.check("/network-feedback/" + f));
            pages.submitAndCheck("/networks/" + network, "form.feedback-form");
            // surveys sent to the mentor: the list, the answer page logged in and by personal link, and its errors
            long survey = one("select min(id) from survey where office_id = '0315' and audience = 'MENTOR'");
            pages.check("/surveys/mine", "/surveys/" + survey + "/answer", "/s/" + surveyLink(survey));
            pages.submitAndCheck("/surveys/" + survey + "/answer", "form[action$='/answer']");
        }
        pages.assertAllPassed();
    }

    @Test
    void arbeidsgiver() {
        PageChecker pages = login("arbeidsgiver");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/partner", "/processes/" + ids.kajasProcess + "/shared", "/agreements/" + ids.kajasAgreement,
                    "/agreements/" + ids.concludedAgreement, "/agreements/" + ids.concludedAgreement + "/versions",
                    "/mentoring/" + ids.kajasProcess + "/questions", "/meetings/calendar", "/notifications",
                    "/employers/own", "/opportunities", "/opportunities/new", "/events", "/events/" + ids.fair,
                    "/events/" + ids.fair + "/bookings/" + ids.ownBooking + "/decision", "/surveys/mine");
            ids.meetings.forEach(m -> pages.checkIfAllowed("/meetings/" + m));
        }
        pages.assertAllPassed();
    }

    @Test
    void kandidat() {
        PageChecker pages = login("kandidat");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            pages.size(size);
            pages.check("/my", "/my/consent", "/my/access-log", "/my/mentoring",
                    "/processes/" + ids.kajasProcess + "/shared", "/agreements/" + ids.kajasAgreement,
                    "/meetings/calendar", "/notifications", "/meetings/" + ids.kajasFeedbackMeeting + "/feedback",
                    "/my-events");
        }
        pages.assertAllPassed();
    }

    @Test
    void personvernombud() {
        PageChecker pages = login("personvernombud");
        pages.check("/audit", "/audit/verification", "/meetings/calendar", "/notifications");
        pages.submitAndCheck("/audit", "form#audit-search");
        pages.assertAllPassed();
    }

    @Test
    void loginPage() {
        PageChecker pages = new PageChecker(browser, "anonym");
        pages.check("/login");
        pages.size(PHONE);
        pages.check("/login");
        pages.assertAllPassed();
    }

    /** The checks can fail: a page the user may not open is reported as an error page with its status. */
    @Test
    void theCheckerCatchesAnErrorPage() {
        PageChecker pages = login("kandidat");
        pages.check("/caseload");
        assertThatThrownBy(pages::assertAllPassed)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HTTP status 403")
                .hasMessageContaining("error page: Noe gikk galt");
    }

    private long kaja() {
        return one("select candidate_id from app_user where username = 'kandidat'");
    }

    private PageChecker login(String username) {
        browser.size(DESKTOP);
        browser.login(username, "demo");
        assertThat(browser.path()).as("%s is logged in", username).isNotEqualTo("/login");
        PageChecker pages = new PageChecker(browser, username);
        // The landing page the role sees after logging in is a page too.
        pages.checkCurrent("landing page");
        return pages;
    }
}
