package no.treklover.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.access.CurrentUser;
import no.treklover.access.NetworkAccess;
import no.treklover.access.Role;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The mentor networks end to end against the real database, one test per slice: networks and members, gatherings
 * (topics, invitations with a calendar file, replies, attendance, the mentor course's follow-up), and the feedback
 * that NAV must answer (owner, states, the mentor told, the office leader told once of each item 30 days old).
 */
@IntegrationTest
class NetworkTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NetworkService networks;

    @Autowired
    PasswordEncoder passwords;

    private CurrentUser user(String username) {
        return jdbc.sql("""
                select id, username, display_name, role, office_id, employer_id, candidate_id from app_user
                 where username = :u""").param("u", username)
                .query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("office_id"),
                        (Long) rs.getObject("employer_id"), (Long) rs.getObject("candidate_id"), null, true))
                .single();
    }

    /** A fresh mentor account that can log in (password "demo"), with its e-mail address. */
    private CurrentUser newMentor(String name) {
        String username = "nettverksmentor" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, email)
                values (:u, :h, :n, 'MENTOR', :e)""")
                .param("u", username).param("h", passwords.encode("demo")).param("n", name)
                .param("e", username + "@eksempel.no").update();
        return user(username);
    }

    private long network(String name) {
        return networks.create(user("kontorleder"), new NetworkDetails(name, false));
    }

    private long notifications(long userId, String key) {
        return jdbc.sql("select count(*) from notification where recipient_id = :u and message_key = :k")
                .param("u", userId).param("k", key).query(Long.class).single();
    }

    // ------------------------------------------------------------------ slice 1: networks and members

    @Test
    void theOfficeLeaderBuildsANetworkAndOnlyItsMembersAndTheOfficeSeeIt() {
        CurrentUser leader = user("kontorleder");
        CurrentUser mona = user("mentor");
        CurrentUser other = newMentor("Olga Annen");
        long id = network("Nettverk for test");

        NetworkService.NetworkView view = networks.view(leader, id);
        assertThat(view.access()).isEqualTo(NetworkAccess.MANAGE);
        assertThat(view.addable()).as("the mentors known to the office's processes")
                .extracting(NetworkService.MentorChoice::userId).contains(mona.id()).doesNotContain(other.id());

        networks.addMember(leader, id, mona.id(), null);
        networks.addMember(leader, id, null, other.username() + "@EKSEMPEL.no");
        assertThat(networks.view(leader, id).members()).extracting(NetworkService.Member::userId)
                .containsExactlyInAnyOrder(mona.id(), other.id());
        assertThat(networks.view(leader, id).members()).filteredOn(m -> m.userId() == mona.id())
                .extracting(NetworkService.Member::hasCurrentCandidate).containsExactly(true);
        assertThat(networks.view(leader, id).addable()).extracting(NetworkService.MentorChoice::userId)
                .doesNotContain(mona.id());
        assertThat(notifications(other.id(), "network.notification.added")).isEqualTo(1);

        assertThatThrownBy(() -> networks.addMember(leader, id, null, "ingen.slik@eksempel.no"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("email"));
        assertThatThrownBy(() -> networks.addMember(leader, id, null, other.username() + "@eksempel.no"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> networks.addMember(leader, id, null, " "))
                .isInstanceOf(RuleViolationException.class);

        // the members and the office's counsellor see it; a mentor outside, another office, an employer do not
        assertThat(networks.list(other)).extracting(NetworkService.NetworkRow::id).contains(id);
        assertThat(networks.view(user("veileder"), id).access()).isEqualTo(NetworkAccess.READ);
        CurrentUser outsider = newMentor("Utenfor");
        assertThat(networks.list(outsider)).extracting(NetworkService.NetworkRow::id).doesNotContain(id);
        assertThatThrownBy(() -> networks.view(outsider, id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.view(user("veileder2"), id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.list(user("arbeidsgiver"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.list(user("kandidat"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.addMember(user("veileder"), id, null, "x@eksempel.no"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.view(leader, 987_654_321L)).isInstanceOf(NotFoundException.class);

        // a member leaves: gone from her list and from the members, and may be added again later
        networks.leave(other, id);
        assertThat(networks.list(other)).extracting(NetworkService.NetworkRow::id).doesNotContain(id);
        assertThatThrownBy(() -> networks.view(other, id)).isInstanceOf(ForbiddenException.class);
        assertThat(networks.view(leader, id).members()).extracting(NetworkService.Member::userId)
                .containsExactly(mona.id());
        networks.addMember(leader, id, null, other.username() + "@eksempel.no");
        assertThat(networks.list(other)).extracting(NetworkService.NetworkRow::id).contains(id);
    }

    @Test
    void theNetworkPagesShowTheNetworkToItsMemberAndNotToAnotherMentor() {
        CurrentUser leader = user("kontorleder");
        long id = network("Sidenettverk");
        networks.addMember(leader, id, user("mentor").id(), null);
        ApiClient http = new ApiClient(port);
        ApiClient.Response page = http.send("mentor", "GET", "/networks/" + id, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sidenettverk", "Mona Mentor");
        assertThat(http.send("mentor", "GET", "/networks", null, null, Map.of("Accept", "text/html")).body())
                .contains("Sidenettverk");
        assertThat(http.send("arbeidsgiver", "GET", "/networks/" + id, null, null, Map.of("Accept", "text/html"))
                .status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ slice 2: gatherings

    @Test
    void aGatheringIsPlannedWithTopicsInvitedWithACalendarFileRepliedToAndAttended() {
        CurrentUser leader = user("kontorleder");
        CurrentUser mentor = newMentor("Gerd Samling");
        long id = network("Samlingsnettverk");
        networks.addMember(leader, id, null, mentor.username() + "@eksempel.no");
        assertThat(networks.suggestedNext(id)).as("no gathering yet: three months from today")
                .isEqualTo(networks.today().plusMonths(3));

        LocalDate day = LocalDate.of(2027, 6, 10);
        long g = networks.createGathering(leader, id, new GatheringDetails(GatheringType.GATHERING, "Sommersamling",
                day, LocalTime.of(17, 30), LocalTime.of(19, 0), "Bydelshuset", "Innledning og dialog"));
        assertThat(networks.suggestedNext(id)).isEqualTo(LocalDate.of(2027, 9, 10));

        networks.askTopic(mentor, g, "Når skal jeg ringe veilederen?");
        assertThatThrownBy(() -> networks.askTopic(mentor, g, "  ")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> networks.askTopic(leader, g, "Tema")).isInstanceOf(ForbiddenException.class);
        long topic = networks.gatheringView(leader, g).topics().get(0).id();
        assertThatThrownBy(() -> networks.pickTopic(mentor, g, topic, true)).isInstanceOf(ForbiddenException.class);
        networks.pickTopic(leader, g, topic, true);
        assertThat(networks.gatheringView(mentor, g).topics()).singleElement()
                .satisfies(t -> assertThat(t.picked()).isTrue());

        assertThat(networks.invite(leader, g)).isEqualTo(1);
        assertThat(notifications(mentor.id(), "network.notification.invited")).isEqualTo(1);
        assertThat(jdbc.sql("select link from notification where recipient_id = :u and message_key = :k")
                .param("u", mentor.id()).param("k", "network.notification.invited").query(String.class).single())
                .isEqualTo("/gatherings/" + g);
        networks.reply(mentor, g, "COMING");
        assertThat(networks.gatheringView(mentor, g).myReply()).isEqualTo("COMING");
        assertThatThrownBy(() -> networks.reply(mentor, g, "MAYBE")).isInstanceOf(RuleViolationException.class);
        assertThat(networks.gatheringView(leader, g).participants()).singleElement()
                .satisfies(p -> assertThat(p.reply()).isEqualTo("COMING"));
        assertThat(networks.gatheringView(mentor, g).participants()).as("a mentor sees no one else's reply")
                .isEmpty();

        // the invitation's .ics, as the mentor downloads it: one VEVENT at 17:30 Oslo time
        ApiClient.Response ics = new ApiClient(port).send(mentor.username(), "GET",
                "/gatherings/" + g + "/invitation.ics", null, null, Map.of("Accept", "text/calendar"));
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        String calendar = ics.body().replace("\r\n ", "");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:Europe/Oslo");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(2);
        Matcher start = Pattern.compile("DTSTART;TZID=Europe/Oslo:(\\d{8}T\\d{6})").matcher(calendar);
        assertThat(start.find()).isTrue();
        assertThat(java.time.LocalDateTime.parse(start.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")))
                .isEqualTo(day.atTime(17, 30));
        assertThat(calendar).contains("SUMMARY:Sommersamling", "LOCATION:Bydelshuset", "SEQUENCE:0");
        assertThat(new ApiClient(port).send("arbeidsgiver", "GET", "/gatherings/" + g + "/invitation.ics", null,
                null, Map.of("Accept", "text/calendar")).status()).isEqualTo(403);

        // a change after the invitation: a new SEQUENCE and the members told; a stale version is a conflict
        NetworkService.Gathering before = networks.gathering(g);
        networks.updateGathering(leader, g, before.version(), new GatheringDetails(GatheringType.GATHERING,
                "Sommersamling", day, LocalTime.of(18, 0), LocalTime.of(19, 30), "Bydelshuset", null));
        assertThat(networks.gathering(g).sequence()).isEqualTo(1);
        assertThat(notifications(mentor.id(), "network.notification.changed")).isEqualTo(1);
        assertThat(networks.ics(mentor, g)).contains("SEQUENCE:1", "DTSTART;TZID=Europe/Oslo:20270610T180000");
        assertThatThrownBy(() -> networks.updateGathering(leader, g, before.version(), before.details()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> networks.createGathering(leader, id, new GatheringDetails(GatheringType.GATHERING,
                "Baklengs", day, LocalTime.of(18, 0), LocalTime.of(17, 0), "Her", null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("endTime"));

        // attendance only once it has begun
        assertThatThrownBy(() -> networks.attendance(leader, g, List.of(mentor.id())))
                .isInstanceOf(RuleViolationException.class);
        jdbc.sql("update network_gathering set starts_at = starts_at - interval '2 years', "
                + "ends_at = ends_at - interval '2 years' where id = :g").param("g", g).update();
        networks.attendance(leader, g, List.of(mentor.id()));
        assertThat(networks.gatheringView(leader, g).participants()).singleElement()
                .satisfies(p -> assertThat(p.attended()).isTrue());
        assertThatThrownBy(() -> networks.askTopic(mentor, g, "For sent")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aCancelledGatheringTellsTheInvitedWithTheReasonAndItsCalendarFileCancelsTheEntry() {
        CurrentUser leader = user("kontorleder");
        CurrentUser mentor = newMentor("Avlyst Samling");
        long id = network("Avlysningsnettverk");
        networks.addMember(leader, id, null, mentor.username() + "@eksempel.no");
        long g = networks.createGathering(leader, id, new GatheringDetails(GatheringType.GATHERING, "Høstsamling",
                LocalDate.of(2027, 10, 7), LocalTime.of(17, 0), LocalTime.of(19, 0), "Biblioteket", null));
        networks.invite(leader, g);
        NetworkService.Gathering invited = networks.gathering(g);
        assertThat(networks.toTellOfCancellation(leader, g)).isEqualTo(1);
        assertThatThrownBy(() -> networks.cancelGathering(mentor, g, invited.version(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.cancelGathering(leader, g, invited.version(), "x".repeat(501)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> networks.cancelGathering(leader, g, invited.version() - 1, null))
                .as("a stale version").isInstanceOf(ConflictException.class);

        networks.cancelGathering(leader, g, invited.version(), "For få påmeldte");
        NetworkService.Gathering cancelled = networks.gathering(g);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("For få påmeldte");
        assertThat(cancelled.sequence()).as("a new version of the calendar entry").isEqualTo(invited.sequence() + 1);
        assertThat(jdbc.sql("select arguments[4] from notification where recipient_id = :u and message_key = :k")
                .param("u", mentor.id()).param("k", "network.notification.cancelled").query(String.class).single())
                .isEqualTo("For få påmeldte");
        String calendar = networks.ics(mentor, g).replace("\r\n ", "");
        assertThat(calendar).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:" + cancelled.sequence(),
                "UID:gathering-" + g + "@treklover.nav.no");
        assertThatThrownBy(() -> networks.cancelGathering(leader, g, cancelled.version(), null))
                .as("cancelled once").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> networks.updateGathering(leader, g, cancelled.version(), cancelled.details()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> networks.invite(leader, g)).isInstanceOf(ConflictException.class);

        ApiClient http = new ApiClient(port);
        assertThat(http.get(mentor.username(), "/gatherings/" + g).body()).contains("Samlingen er avlyst. "
                + "Begrunnelse: For få påmeldte");
        assertThat(http.get("kontorleder", "/gatherings/" + g + "/cancel").body())
                .contains("Samlingen er allerede avlyst");
        assertThat(http.get(mentor.username(), "/gatherings/" + g + "/cancel").status()).isEqualTo(403);
    }

    @Test
    void aGatheringIsCancelledThroughItsConfirmationPageWithoutScript() {
        CurrentUser leader = user("kontorleder");
        long id = network("Skjemanettverk");
        long g = networks.createGathering(leader, id, new GatheringDetails(GatheringType.GATHERING, "Vårsamling",
                LocalDate.of(2027, 4, 8), LocalTime.of(17, 0), LocalTime.of(19, 0), "Kafeen", null));
        ApiClient http = new ApiClient(port);
        String page = http.get("kontorleder", "/gatherings/" + g + "/cancel").body();
        assertThat(page).contains("Avlyse samlingen?", "Ingen er invitert ennå", "METHOD:CANCEL");
        long version = networks.gathering(g).version();
        ApiClient.Response tooLong = http.send("kontorleder", "POST", "/gatherings/" + g + "/cancel",
                "version=" + version + "&reason=" + "x".repeat(501), "application/x-www-form-urlencoded", Map.of());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("høyst 500 tegn").contains("x".repeat(501));
        ApiClient.Response stale = http.send("kontorleder", "POST", "/gatherings/" + g + "/cancel",
                "version=" + (version + 7) + "&reason=Sykdom", "application/x-www-form-urlencoded", Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Sykdom");
        ApiClient.Response done = http.send("kontorleder", "POST", "/gatherings/" + g + "/cancel",
                "version=" + version + "&reason=Sykdom", "application/x-www-form-urlencoded", Map.of());
        assertThat(done.status()).isEqualTo(302);
        assertThat(networks.gathering(g).cancelled()).isTrue();
    }

    @Test
    void aMentorCourseCreatesItsFollowUpFourWeeksLaterWhichCanBeMoved() {
        CurrentUser leader = user("kontorleder");
        long id = network("Mentorskolenettverk");
        LocalDate course = LocalDate.of(2027, 3, 4);
        long g = networks.createGathering(leader, id, new GatheringDetails(GatheringType.MENTOR_COURSE,
                "Mentorskole vår", course, LocalTime.of(9, 0), LocalTime.of(15, 0), "NAV-huset", null));
        List<NetworkService.GatheringRow> rows = networks.view(leader, id).gatherings();
        assertThat(rows).hasSize(2);
        NetworkService.GatheringRow followUp = rows.stream()
                .filter(r -> r.type() == GatheringType.COURSE_FOLLOW_UP).findFirst().orElseThrow();
        assertThat(followUp.startsAt()).isEqualTo(LocalDate.of(2027, 4, 1).atTime(9, 0).atZone(OSLO).toInstant());
        assertThat(followUp.title()).isEqualTo("Oppfølging: Mentorskole vår");
        assertThat(networks.gathering(followUp.id()).followsId()).isEqualTo(g);
        assertThat(networks.suggestedNext(id)).as("three months after the course, not after its follow-up")
                .isEqualTo(LocalDate.of(2027, 6, 4));
        NetworkService.Gathering f = networks.gathering(followUp.id());
        networks.updateGathering(leader, f.id(), f.version(), new GatheringDetails(GatheringType.COURSE_FOLLOW_UP,
                f.title(), LocalDate.of(2027, 4, 8), LocalTime.of(12, 0), LocalTime.of(14, 0), "Kafé", null));
        assertThat(LocalDate.ofInstant(networks.gathering(f.id()).startsAt(), OSLO)).isEqualTo(LocalDate.of(2027, 4, 8));
    }

    // ------------------------------------------------------------------ slice 3: feedback NAV must answer

    @Test
    void feedbackGetsAnOwnerAnAnswerAndTheMentorSeesWhatBecameOfIt() {
        CurrentUser leader = user("kontorleder");
        CurrentUser counsellor = user("veileder");
        CurrentUser mentor = newMentor("Frida Tilbake");
        CurrentUser colleague = newMentor("Kollega");
        long id = network("Tilbakemeldingsnettverk");
        networks.addMember(leader, id, null, mentor.username() + "@eksempel.no");
        networks.addMember(leader, id, null, colleague.username() + "@eksempel.no");

        long item = networks.giveFeedback(mentor, id, new FeedbackDetails("NAV bør ringe før møtene.", null));
        assertThat(notifications(leader.id(), "network.notification.feedbackGiven")).isPositive();
        assertThat(networks.feedbackView(mentor, item).item().status()).isEqualTo(FeedbackStatus.NEW);
        assertThat(networks.feedbackView(mentor, item).answers()).isFalse();
        assertThatThrownBy(() -> networks.feedbackView(colleague, item)).as("another member's item")
                .isInstanceOf(ForbiddenException.class);
        assertThat(networks.view(colleague, id).feedback()).extracting(NetworkService.FeedbackItem::id)
                .doesNotContain(item);
        assertThat(networks.view(counsellor, id).feedback()).extracting(NetworkService.FeedbackItem::id)
                .contains(item);
        assertThatThrownBy(() -> networks.feedbackView(user("veileder2"), item)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.giveFeedback(counsellor, id, new FeedbackDetails("Fra NAV", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> networks.giveFeedback(leader, id, new FeedbackDetails("Uten samling", null)))
                .as("the organiser gives feedback on behalf of a gathering only")
                .isInstanceOf(RuleViolationException.class);

        // the counsellor answers only once she owns it
        assertThat(networks.feedbackView(counsellor, item).answers()).isFalse();
        assertThatThrownBy(() -> networks.answer(counsellor, item, 0, new AnswerDetails(FeedbackStatus.NOTED,
                "Takk", null))).isInstanceOf(ForbiddenException.class);
        networks.assignOwner(leader, item, counsellor.id());
        assertThat(notifications(counsellor.id(), "network.notification.owner")).isPositive();
        NetworkService.FeedbackView owned = networks.feedbackView(counsellor, item);
        assertThat(owned.answers()).isTrue();
        long version = owned.item().version();
        assertThatThrownBy(() -> networks.answer(counsellor, item, version, new AnswerDetails(
                FeedbackStatus.WILL_NOT_CHANGE, "Vi har vurdert det.", null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("reason"));
        networks.answer(counsellor, item, version, new AnswerDetails(FeedbackStatus.WILL_NOT_CHANGE,
                "Vi har vurdert det.", "Møtene avtales av kandidaten selv."));
        assertThatThrownBy(() -> networks.answer(counsellor, item, version, new AnswerDetails(
                FeedbackStatus.CHANGED_PRACTICE, "Likevel", null))).isInstanceOf(ConflictException.class);

        NetworkService.FeedbackItem seen = networks.feedbackView(mentor, item).item();
        assertThat(seen.status()).isEqualTo(FeedbackStatus.WILL_NOT_CHANGE);
        assertThat(seen.response()).isEqualTo("Vi har vurdert det.");
        assertThat(seen.reason()).isEqualTo("Møtene avtales av kandidaten selv.");
        assertThat(networks.myFeedback(mentor)).extracting(NetworkService.FeedbackItem::id).contains(item);
        assertThat(notifications(mentor.id(), "network.notification.answered")).isEqualTo(1);

        // NAV reconsiders; "changed practice" closes the loop
        networks.answer(leader, item, seen.version(), new AnswerDetails(FeedbackStatus.CHANGED_PRACTICE,
                "Vi ringer fra nå av.", null));
        NetworkService.FeedbackItem closed = networks.item(item);
        assertThat(closed.status()).isEqualTo(FeedbackStatus.CHANGED_PRACTICE);
        assertThat(closed.reason()).isNull();
        assertThat(networks.feedbackView(leader, item).statuses()).isEmpty();
        assertThatThrownBy(() -> networks.answer(leader, item, closed.version(), new AnswerDetails(
                FeedbackStatus.NOTED, "Tilbake", null))).isInstanceOf(RuleViolationException.class);

        // she leaves the network and still sees what became of her feedback
        networks.leave(mentor, id);
        assertThat(networks.feedbackView(mentor, item).item().status()).isEqualTo(FeedbackStatus.CHANGED_PRACTICE);
    }

    @Test
    void itemsWithoutAnAnswerAfterThirtyDaysAreFlaggedToTheOfficeLeaderOnceEach() {
        CurrentUser leader = user("kontorleder");
        CurrentUser mentor = newMentor("Vente Lenge");
        long id = network("Ventenettverk");
        networks.addMember(leader, id, null, mentor.username() + "@eksempel.no");
        networks.notifyOverdue();
        long before = notifications(leader.id(), "network.notification.overdue");
        long day31 = feedbackGivenDaysAgo(mentor, id, 31);
        long day30 = feedbackGivenDaysAgo(mentor, id, 30);
        long day29 = feedbackGivenDaysAgo(mentor, id, 29);
        long answered = feedbackGivenDaysAgo(mentor, id, 45);
        networks.answer(leader, answered, 0, new AnswerDetails(FeedbackStatus.NOTED, "Sett.", null));

        assertThat(networks.flagged(leader)).extracting(NetworkService.FeedbackItem::id)
                .contains(day31, day30).doesNotContain(day29, answered);
        assertThat(networks.flagged(user("veileder"))).as("the flag is the office leader's").isEmpty();
        assertThat(networks.notifyOverdue()).isEqualTo(2);
        assertThat(notifications(leader.id(), "network.notification.overdue")).isEqualTo(before + 2);
        assertThat(networks.notifyOverdue()).as("once per item").isZero();
        assertThat(notifications(leader.id(), "network.notification.overdue")).isEqualTo(before + 2);
        ApiClient.Response page = new ApiClient(port).send("kontorleder", "GET", "/networks", null, null,
                Map.of("Accept", "text/html"));
        assertThat(page.body()).contains("/network-feedback/" + day31).doesNotContain("/network-feedback/" + day29 + "\"");
    }

    private long feedbackGivenDaysAgo(CurrentUser mentor, long network, int days) {
        long item = networks.giveFeedback(mentor, network, new FeedbackDetails("Innspill for " + days + " dager siden",
                null));
        Instant given = networks.today().minusDays(days).atTime(12, 0).atZone(OSLO).toInstant();
        jdbc.sql("update network_feedback set given_at = :t where id = :id")
                .param("t", Timestamp.from(given)).param("id", item).update();
        return item;
    }

}
