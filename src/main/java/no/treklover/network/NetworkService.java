package no.treklover.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.NetworkFacts;
import no.treklover.access.CurrentUser;
import no.treklover.access.NetworkAccess;
import no.treklover.meeting.ICalendar;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.validation.DateRanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor networks, their members and gatherings, and the feedback to NAV. Who may do what is asked of
 * {@link AccessPolicy} (office leader manages, counsellors read and answer what they own, mentors see their own
 * networks and their own feedback); nothing here holds or shows a candidate.
 */
@Service
@Transactional
public class NetworkService {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final int CANCEL_REASON_MAX = 500;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkService(JdbcClient jdbc, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ views

    public record NetworkRow(long id, String name, String officeName, String county, int members,
            Instant nextGathering) {
    }

    public record Network(long id, String name, String officeId, String officeName, String county, long version) {
    }

    public record Member(long userId, String name, String email, boolean hasCurrentCandidate, Instant joinedAt) {
    }

    public record MentorChoice(long userId, String name) {
    }

    public record GatheringRow(long id, GatheringType type, String title, Instant startsAt, Instant endsAt,
            String place, Instant invitedAt, int coming, int attended) {
    }

    public record Gathering(long id, long networkId, String networkName, GatheringType type, String title,
            Instant startsAt, Instant endsAt, String place, String programme, Long followsId, Instant invitedAt,
            int sequence, long version, Instant cancelledAt, String cancelReason) {

        public boolean cancelled() {
            return cancelledAt != null;
        }

        GatheringDetails details() {
            LocalDateTime start = LocalDateTime.ofInstant(startsAt, OSLO);
            LocalDateTime end = LocalDateTime.ofInstant(endsAt, OSLO);
            return new GatheringDetails(type, title, start.toLocalDate(), start.toLocalTime(), end.toLocalTime(),
                    place, programme);
        }
    }

    public record Topic(long id, String askedByName, String text, boolean picked, boolean mine) {
    }

    public record Participant(long userId, String name, String reply, Boolean attended) {
    }

    public record FeedbackItem(long id, long networkId, String networkName, Long gatheringId, String gatheringTitle,
            long givenBy, String givenByName, String text, Instant givenAt, Long ownerId, String ownerName,
            FeedbackStatus status, String response, String reason, Instant answeredAt, String answeredByName,
            long version, boolean flagged) {
    }

    public record NetworkView(Network network, NetworkAccess access, List<Member> members,
            List<MentorChoice> addable, List<GatheringRow> gatherings, List<FeedbackItem> feedback,
            LocalDate suggestedNext, boolean member) {

        public boolean manages() {
            return access == NetworkAccess.MANAGE;
        }
    }

    public record GatheringView(Gathering gathering, NetworkAccess access, List<Topic> topics,
            List<Participant> participants, String myReply, List<FeedbackItem> feedback, boolean started) {

        public boolean manages() {
            return access == NetworkAccess.MANAGE;
        }

        public boolean isMember() {
            return access == NetworkAccess.MEMBER;
        }
    }

    public record FeedbackView(FeedbackItem item, boolean answers, boolean manages, List<FeedbackStatus> statuses,
            List<MentorChoice> owners) {
    }

    // ------------------------------------------------------------------ networks and members

    /** The networks this user sees: staff their office's, a mentor those she is a member of. */
    public List<NetworkRow> list(CurrentUser user) {
        NetworkAccess a = access.requireNetworks(user);
        String where = a == NetworkAccess.MEMBER
                ? "exists (select 1 from mentor_network_member m where m.network_id = n.id and m.left_at is null "
                        + "and m.mentor_user_id = :user)"
                : "n.office_id = :office";
        return jdbc.sql("""
                select n.id, n.name, o.name as office_name, n.county,
                       (select count(*) from mentor_network_member m where m.network_id = n.id and m.left_at is null)
                           as members,
                       (select min(g.starts_at) from network_gathering g where g.network_id = n.id
                           and g.starts_at > :now) as next_gathering
                  from mentor_network n join office o on o.id = n.office_id
                 where %s order by n.name, n.id""".formatted(where))
                .param("user", user.id()).param("office", user.officeId() == null ? "" : user.officeId())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, i) -> new NetworkRow(rs.getLong("id"), rs.getString("name"), rs.getString("office_name"),
                        rs.getString("county"), rs.getInt("members"), instant(rs.getTimestamp("next_gathering"))))
                .list();
    }

    public boolean manages(CurrentUser user) {
        return access.networkAccess(user) == NetworkAccess.MANAGE;
    }

    public long create(CurrentUser user, NetworkDetails details) {
        if (access.requireNetworks(user) != NetworkAccess.MANAGE) {
            throw new ForbiddenException(user.username() + " may not create mentor networks");
        }
        String county = Boolean.TRUE.equals(details.countyWide())
                ? jdbc.sql("select county from office where id = :o").param("o", user.officeId())
                        .query(String.class).optional().orElse(null)
                : null;
        return jdbc.sql("""
                insert into mentor_network (name, office_id, county, created_by, created_at)
                values (:name, :office, :county, :by, :now) returning id""")
                .param("name", details.name().strip()).param("office", user.officeId()).param("county", county)
                .param("by", user.id()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    Network network(long id) {
        return jdbc.sql("""
                select n.id, n.name, n.office_id, o.name as office_name, n.county, n.version
                  from mentor_network n join office o on o.id = n.office_id where n.id = :id""")
                .param("id", id)
                .query((rs, i) -> new Network(rs.getLong("id"), rs.getString("name"), rs.getString("office_id"),
                        rs.getString("office_name"), rs.getString("county"), rs.getLong("version")))
                .optional().orElseThrow(() -> new NotFoundException("mentor network", id));
    }

    private boolean isMember(long networkId, long userId) {
        return jdbc.sql("""
                select exists (select 1 from mentor_network_member where network_id = :n and mentor_user_id = :u
                   and left_at is null)""").param("n", networkId).param("u", userId).query(Boolean.class).single();
    }

    private NetworkFacts facts(CurrentUser user, Network network) {
        return new NetworkFacts(network.officeId(), isMember(network.id(), user.id()));
    }

    /** 404 for an unknown network, 403 without access (or without {@code needed} when given). */
    private NetworkAccess require(CurrentUser user, Network network, NetworkAccess needed) {
        return access.requireNetwork(user, facts(user, network), needed);
    }

    public NetworkView view(CurrentUser user, long id) {
        Network network = network(id);
        NetworkAccess a = require(user, network, null);
        List<Member> members = members(id);
        List<GatheringRow> gatherings = gatherings(id);
        return new NetworkView(network, a, members, a == NetworkAccess.MANAGE ? addable(network) : List.of(),
                gatherings, visible(user, network, a, feedback("f.network_id = :key", id)),
                suggestAfter(gatherings), a == NetworkAccess.MEMBER);
    }

    private List<Member> members(long networkId) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email, m.joined_at,
                       exists (select 1 from inclusion_process p where p.mentor_user_id = u.id and p.open)
                           as has_candidate
                  from mentor_network_member m join app_user u on u.id = m.mentor_user_id
                 where m.network_id = :n and m.left_at is null order by u.display_name, u.id""")
                .param("n", networkId)
                .query((rs, i) -> new Member(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                        rs.getBoolean("has_candidate"), rs.getTimestamp("joined_at").toInstant()))
                .list();
    }

    /** The mentors known to the processes of the network's office (or county), not yet members: names only. */
    private List<MentorChoice> addable(Network network) {
        String offices = network.county() == null ? "p.office_id = :office"
                : "p.office_id in (select id from office where county = :county)";
        return jdbc.sql("""
                select u.id, u.display_name from app_user u
                 where u.role = 'MENTOR' and u.enabled
                   and exists (select 1 from inclusion_process p where p.mentor_user_id = u.id and %s)
                   and not exists (select 1 from mentor_network_member m where m.network_id = :n
                        and m.mentor_user_id = u.id and m.left_at is null)
                 order by u.display_name, u.id limit 500""".formatted(offices))
                .param("office", network.officeId()).param("county", network.county() == null ? "" : network.county())
                .param("n", network.id())
                .query((rs, i) -> new MentorChoice(rs.getLong("id"), rs.getString("display_name"))).list();
    }

    /** Adds a mentor chosen from the office's processes, or an existing mentor account found by e-mail. */
    public void addMember(CurrentUser user, long networkId, Long mentorId, String email) {
        Network network = network(networkId);
        require(user, network, NetworkAccess.MANAGE);
        long mentor;
        if (mentorId != null) {
            mentor = addable(network).stream().filter(c -> c.userId() == mentorId).findFirst()
                    .orElseThrow(() -> new RuleViolationException("mentorId", "network.validation.mentor"))
                    .userId();
        } else if (email != null && !email.isBlank()) {
            if (email.strip().length() > 254) {
                throw new RuleViolationException("email", "network.validation.email.size");
            }
            mentor = jdbc.sql("""
                    select id from app_user where role = 'MENTOR' and enabled and lower(email) = lower(:email)
                     order by id limit 1""").param("email", email.strip()).query(Long.class).optional()
                    .orElseThrow(() -> new RuleViolationException("email", "network.validation.email.unknown"));
            if (isMember(networkId, mentor)) {
                throw new RuleViolationException("email", "network.validation.email.member");
            }
        } else {
            throw new RuleViolationException("mentorId", "network.validation.mentorOrEmail");
        }
        jdbc.sql("""
                insert into mentor_network_member (network_id, mentor_user_id, added_by, joined_at)
                values (:n, :m, :by, :now) on conflict do nothing""")
                .param("n", networkId).param("m", mentor).param("by", user.id())
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(new NotificationRequested(mentor, "network.notification.added",
                List.of(network.name()), "/networks/" + networkId, null));
    }

    /** The mentor leaves the network; her feedback stays and she still sees what became of it on her list. */
    public void leave(CurrentUser user, long networkId) {
        Network network = network(networkId);
        require(user, network, NetworkAccess.MEMBER);
        jdbc.sql("""
                update mentor_network_member set left_at = :now
                 where network_id = :n and mentor_user_id = :u and left_at is null""")
                .param("n", networkId).param("u", user.id()).param("now", Timestamp.from(clock.instant())).update();
    }

    // ------------------------------------------------------------------ gatherings

    private List<GatheringRow> gatherings(long networkId) {
        return jdbc.sql("""
                select g.id, g.type, g.title, g.starts_at, g.ends_at, g.place, g.invited_at,
                       count(p.mentor_user_id) filter (where p.reply = 'COMING') as coming,
                       count(p.mentor_user_id) filter (where p.attended) as attended
                  from network_gathering g left join gathering_participant p on p.gathering_id = g.id
                 where g.network_id = :n group by g.id order by g.starts_at desc, g.id desc""")
                .param("n", networkId)
                .query((rs, i) -> new GatheringRow(rs.getLong("id"), GatheringType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
                        instant(rs.getTimestamp("invited_at")), rs.getInt("coming"), rs.getInt("attended")))
                .list();
    }

    Gathering gathering(long id) {
        return jdbc.sql("""
                select g.*, n.name as network_name from network_gathering g
                  join mentor_network n on n.id = g.network_id where g.id = :id""")
                .param("id", id)
                .query((rs, i) -> new Gathering(rs.getLong("id"), rs.getLong("network_id"),
                        rs.getString("network_name"), GatheringType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), rs.getString("programme"),
                        (Long) rs.getObject("follows_id"), instant(rs.getTimestamp("invited_at")),
                        rs.getInt("sequence"), rs.getLong("version"), instant(rs.getTimestamp("cancelled_at")),
                        rs.getString("cancel_reason")))
                .optional().orElseThrow(() -> new NotFoundException("gathering", id));
    }

    /** The network's details for a new gathering's form; 403 unless the user manages it. */
    public Network requireManaged(CurrentUser user, long networkId) {
        Network network = network(networkId);
        require(user, network, NetworkAccess.MANAGE);
        return network;
    }

    public LocalDate suggestedNext(long networkId) {
        return suggestAfter(gatherings(networkId));
    }

    /** Three months after the last gathering or course (a course's follow-up does not count). */
    private LocalDate suggestAfter(List<GatheringRow> gatherings) {
        LocalDate last = gatherings.stream().filter(g -> g.type() != GatheringType.COURSE_FOLLOW_UP)
                .map(g -> LocalDate.ofInstant(g.startsAt(), OSLO)).max(LocalDate::compareTo).orElse(null);
        return GatheringSchedule.suggestNext(last, today());
    }

    /** The items of a network the user sees: NAV staff all, a member her own. */
    private List<FeedbackItem> visible(CurrentUser user, Network network, NetworkAccess a, List<FeedbackItem> items) {
        NetworkFacts facts = new NetworkFacts(network.officeId(), a == NetworkAccess.MEMBER);
        return items.stream().filter(f -> access.seesNetworkFeedback(user, facts, f.givenBy())).toList();
    }

    /** Plans a gathering; a mentor course also plans its follow-up four weeks later (editable like any other). */
    public long createGathering(CurrentUser user, long networkId, GatheringDetails d) {
        requireManaged(user, networkId);
        checkTimes(d);
        long id = insertGathering(user, networkId, d, null);
        if (d.type() == GatheringType.MENTOR_COURSE) {
            GatheringDetails followUp = new GatheringDetails(GatheringType.COURSE_FOLLOW_UP,
                    followUpTitle(d.title()), GatheringSchedule.courseFollowUp(d.date()), d.startTime(),
                    d.endTime(), d.place(), null);
            insertGathering(user, networkId, followUp, id);
        }
        return id;
    }

    private static String followUpTitle(String title) {
        String t = "Oppfølging: " + title.strip();
        return t.length() > 150 ? t.substring(0, 150) : t;
    }

    private long insertGathering(CurrentUser user, long networkId, GatheringDetails d, Long follows) {
        return jdbc.sql("""
                insert into network_gathering (network_id, type, title, starts_at, ends_at, place, programme,
                    follows_id, created_by, created_at)
                values (:n, :type, :title, :start, :end, :place, :programme, :follows, :by, :now) returning id""")
                .param("n", networkId).param("type", d.type().name()).param("title", d.title().strip())
                .param("start", Timestamp.from(at(d.date(), d.startTime())))
                .param("end", Timestamp.from(at(d.date(), d.endTime())))
                .param("place", d.place().strip()).param("programme", blankToNull(d.programme()))
                .param("follows", follows).param("by", user.id()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private static void checkTimes(GatheringDetails d) {
        List<Violation> problems = new ArrayList<>();
        DateRanges.check(d.date(), "date", problems);
        if (!d.endTime().isAfter(d.startTime())) {
            problems.add(new Violation("endTime", "network.validation.endTime.after"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /** Changes a gathering; once invited, the change counts as a new version of the invitation (SEQUENCE). */
    public void updateGathering(CurrentUser user, long id, long version, GatheringDetails d) {
        Gathering g = gathering(id);
        requireManaged(user, g.networkId());
        requireNotCancelled(g);
        checkTimes(d);
        int changed = jdbc.sql("""
                update network_gathering set type = :type, title = :title, starts_at = :start, ends_at = :end,
                       place = :place, programme = :programme, version = version + 1,
                       sequence = sequence + case when invited_at is null then 0 else 1 end
                 where id = :id and version = :version and cancelled_at is null""")
                .param("type", d.type().name()).param("title", d.title().strip())
                .param("start", Timestamp.from(at(d.date(), d.startTime())))
                .param("end", Timestamp.from(at(d.date(), d.endTime())))
                .param("place", d.place().strip()).param("programme", blankToNull(d.programme()))
                .param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new ConflictException("problem.staleVersion");
        }
        if (g.invitedAt() != null) {
            notifyParticipants(gathering(id), "network.notification.changed");
        }
    }

    private static void requireNotCancelled(Gathering g) {
        if (g.cancelled()) {
            throw new ConflictException("network.gathering.conflict.cancelled");
        }
    }

    /**
     * Cancels a gathering (its organiser): it stays, marked, with the reason; if the members were invited, each
     * invited member is told and the calendar entry becomes a cancellation (a new SEQUENCE, METHOD:CANCEL).
     */
    public void cancelGathering(CurrentUser user, long id, long version, String reason) {
        Gathering g = gathering(id);
        requireManaged(user, g.networkId());
        requireNotCancelled(g);
        String why = blankToNull(reason);
        if (why != null && why.strip().length() > CANCEL_REASON_MAX) {
            throw new RuleViolationException("reason", "cancel.reason.tooLong");
        }
        int changed = jdbc.sql("""
                update network_gathering set cancelled_at = :now, cancel_reason = :reason, version = version + 1,
                       sequence = sequence + case when invited_at is null then 0 else 1 end
                 where id = :id and version = :version and cancelled_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("reason", why == null ? null : why.strip())
                .param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new ConflictException("problem.staleVersion");
        }
        if (g.invitedAt() != null) {
            notifyParticipants(g, why == null ? "network.notification.cancelledNoReason"
                    : "network.notification.cancelled", why == null ? List.of() : List.of(why.strip()));
        }
    }

    /** The members a cancellation would tell: those invited who are still members. */
    public int toTellOfCancellation(CurrentUser user, long id) {
        Gathering g = gathering(id);
        requireManaged(user, g.networkId());
        return g.invitedAt() == null ? 0 : invitedMembers(g).size();
    }

    public GatheringView gatheringView(CurrentUser user, long id) {
        Gathering g = gathering(id);
        Network network = network(g.networkId());
        NetworkAccess a = require(user, network, null);
        List<Topic> topics = jdbc.sql("""
                select t.id, u.display_name, t.text, t.picked, t.asked_by from gathering_topic t
                  join app_user u on u.id = t.asked_by where t.gathering_id = :g order by t.picked desc, t.id""")
                .param("g", id)
                .query((rs, i) -> new Topic(rs.getLong("id"), rs.getString("display_name"), rs.getString("text"),
                        rs.getBoolean("picked"), rs.getLong("asked_by") == user.id()))
                .list();
        List<Participant> participants = a == NetworkAccess.MEMBER ? List.of() : participants(id);
        String myReply = jdbc.sql("""
                select reply from gathering_participant where gathering_id = :g and mentor_user_id = :u""")
                .param("g", id).param("u", user.id()).query(String.class).optional().orElse(null);
        List<FeedbackItem> feedback = visible(user, network, a, feedback("f.gathering_id = :key", id));
        return new GatheringView(g, a, topics, participants, myReply, feedback,
                !clock.instant().isBefore(g.startsAt()));
    }

    private List<Participant> participants(long gatheringId) {
        return jdbc.sql("""
                select u.id, u.display_name, p.reply, p.attended from gathering_participant p
                  join app_user u on u.id = p.mentor_user_id where p.gathering_id = :g
                 order by u.display_name, u.id""")
                .param("g", gatheringId)
                .query((rs, i) -> new Participant(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("reply"), (Boolean) rs.getObject("attended")))
                .list();
    }

    /** Invites the network's current members (again, after a change): one notification each, with the .ics link. */
    public int invite(CurrentUser user, long id) {
        Gathering g = gathering(id);
        requireManaged(user, g.networkId());
        requireNotCancelled(g);
        Timestamp now = Timestamp.from(clock.instant());
        enrolMembers(g);
        jdbc.sql("update network_gathering set invited_at = :now, version = version + 1 where id = :g")
                .param("now", now).param("g", id).update();
        return notifyParticipants(gathering(id), "network.notification.invited");
    }

    /** Every current member becomes a participant of the gathering (her reply and attendance to come). */
    private void enrolMembers(Gathering g) {
        jdbc.sql("""
                insert into gathering_participant (gathering_id, mentor_user_id)
                select :g, m.mentor_user_id from mentor_network_member m
                 where m.network_id = :n and m.left_at is null
                on conflict do nothing""").param("g", g.id()).param("n", g.networkId()).update();
    }

    private int notifyParticipants(Gathering g, String key) {
        return notifyParticipants(g, key, List.of());
    }

    private int notifyParticipants(Gathering g, String key, List<String> more) {
        List<Long> recipients = invitedMembers(g);
        String when = no.treklover.platform.text.NorwegianFormat.dateTime(g.startsAt().atZone(OSLO));
        List<String> args = new ArrayList<>(List.of(g.title(), when, g.place()));
        args.addAll(more);
        recipients.forEach(r -> events.publishEvent(new NotificationRequested(r, key, args,
                "/gatherings/" + g.id(), null)));
        return recipients.size();
    }

    private List<Long> invitedMembers(Gathering g) {
        return jdbc.sql("""
                select p.mentor_user_id from gathering_participant p
                  join mentor_network_member m on m.network_id = :n and m.mentor_user_id = p.mentor_user_id
                       and m.left_at is null
                 where p.gathering_id = :g""").param("g", g.id()).param("n", g.networkId())
                .query(Long.class).list();
    }

    /** The mentor's reply to the invitation. */
    public void reply(CurrentUser user, long id, String reply) {
        Gathering g = gathering(id);
        require(user, network(g.networkId()), NetworkAccess.MEMBER);
        if (!"COMING".equals(reply) && !"NOT_COMING".equals(reply)) {
            throw new RuleViolationException("reply", "network.validation.reply");
        }
        jdbc.sql("""
                insert into gathering_participant (gathering_id, mentor_user_id, reply, replied_at)
                values (:g, :u, :reply, :now)
                on conflict (gathering_id, mentor_user_id) do update set reply = :reply, replied_at = :now""")
                .param("g", id).param("u", user.id()).param("reply", reply)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** A mentor asks for a topic before the gathering starts. */
    public void askTopic(CurrentUser user, long id, String text) {
        Gathering g = gathering(id);
        require(user, network(g.networkId()), NetworkAccess.MEMBER);
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("topic", "network.validation.topic");
        }
        if (text.strip().length() > 500) {
            throw new RuleViolationException("topic", "network.validation.topic.size");
        }
        if (!clock.instant().isBefore(g.startsAt())) {
            throw new RuleViolationException("topic", "network.validation.topic.late");
        }
        jdbc.sql("""
                insert into gathering_topic (gathering_id, asked_by, text, asked_at)
                values (:g, :u, :text, :now)""")
                .param("g", id).param("u", user.id()).param("text", text.strip())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** The organiser picks (or drops) a topic for the gathering. */
    public void pickTopic(CurrentUser user, long id, long topicId, boolean picked) {
        Gathering g = gathering(id);
        requireManaged(user, g.networkId());
        int changed = jdbc.sql("update gathering_topic set picked = :p where id = :t and gathering_id = :g")
                .param("p", picked).param("t", topicId).param("g", id).update();
        if (changed == 0) {
            throw new NotFoundException("topic", topicId);
        }
    }

    /** Afterwards: who came. Every invited or replying member is marked as came or not. */
    public void attendance(CurrentUser user, long id, Collection<Long> attended) {
        Gathering g = gathering(id);
        requireManaged(user, g.networkId());
        if (clock.instant().isBefore(g.startsAt())) {
            throw new RuleViolationException("attended", "network.validation.attendance.early");
        }
        enrolMembers(g);
        jdbc.sql("""
                update gathering_participant set attended = (mentor_user_id = any(:came))
                 where gathering_id = :g""")
                .param("came", attended.toArray(new Long[0])).param("g", id).update();
    }

    /** The invitation as iCalendar (RFC 5545, Europe/Oslo), for the members and the office. */
    public String ics(CurrentUser user, long id) {
        Gathering g = gathering(id);
        Network network = network(g.networkId());
        require(user, network, null);
        ICalendar.Event event = new ICalendar.Event("gathering-" + g.id() + "@treklover.nav.no", g.sequence(),
                g.startsAt(), g.endsAt(), g.title(), g.programme() == null ? network.name()
                        : network.name() + "\n" + g.programme(),
                g.place(), g.cancelled(), null, List.of());
        return ICalendar.write(g.cancelled() ? ICalendar.Method.CANCEL : ICalendar.Method.PUBLISH, List.of(event),
                clock.instant());
    }

    // ------------------------------------------------------------------ feedback to NAV

    private List<FeedbackItem> feedback(String where, Object key) {
        LocalDate today = today();
        return jdbc.sql("""
                select f.*, n.name as network_name, g.title as gathering_title, gb.display_name as given_by_name,
                       ow.display_name as owner_name, ab.display_name as answered_by_name
                  from network_feedback f join mentor_network n on n.id = f.network_id
                  left join network_gathering g on g.id = f.gathering_id
                  join app_user gb on gb.id = f.given_by
                  left join app_user ow on ow.id = f.owner_user_id
                  left join app_user ab on ab.id = f.answered_by
                 where %s order by f.given_at desc, f.id desc limit 1000""".formatted(where))
                .param("key", key).param("cutoff", Timestamp.from(flagCutoff()))
                .query((rs, i) -> {
                    Instant given = rs.getTimestamp("given_at").toInstant();
                    Instant answered = instant(rs.getTimestamp("answered_at"));
                    return new FeedbackItem(rs.getLong("id"), rs.getLong("network_id"), rs.getString("network_name"),
                            (Long) rs.getObject("gathering_id"), rs.getString("gathering_title"),
                            rs.getLong("given_by"), rs.getString("given_by_name"), rs.getString("text"), given,
                            (Long) rs.getObject("owner_user_id"), rs.getString("owner_name"),
                            FeedbackStatus.valueOf(rs.getString("status")), rs.getString("response"),
                            rs.getString("reason"), answered, rs.getString("answered_by_name"),
                            rs.getLong("version"), FeedbackRules.flagged(LocalDate.ofInstant(given, OSLO),
                                    answered == null ? null : LocalDate.ofInstant(answered, OSLO), today));
                })
                .list();
    }

    /** A mentor's own feedback across her networks (also those she has left), newest first. */
    public List<FeedbackItem> myFeedback(CurrentUser user) {
        if (access.networkAccess(user) != NetworkAccess.MEMBER) {
            return List.of();
        }
        return feedback("f.given_by = :key", user.id());
    }

    /** The office's items without an answer 30 days or more after they were given: the office leader's flag. */
    public List<FeedbackItem> flagged(CurrentUser user) {
        if (access.networkAccess(user) != NetworkAccess.MANAGE) {
            return List.of();
        }
        return feedback("f.status = 'NEW' and f.given_at < :cutoff and n.office_id = :key", user.officeId())
                .stream().filter(FeedbackItem::flagged).toList();
    }

    /**
     * Records feedback to NAV: a member in her own name, or the organiser on behalf of one of the network's
     * gatherings (then the gathering is required).
     */
    public long giveFeedback(CurrentUser user, long networkId, FeedbackDetails d) {
        Network network = network(networkId);
        NetworkAccess a = require(user, network, null);
        if (a == NetworkAccess.READ) {
            throw new ForbiddenException(user.username() + " answers feedback, does not give it");
        }
        if (d.gatheringId() != null) {
            Gathering g = jdbc.sql("select network_id from network_gathering where id = :g")
                    .param("g", d.gatheringId()).query(Long.class).optional()
                    .filter(n -> n == networkId).map(n -> gathering(d.gatheringId()))
                    .orElseThrow(() -> new RuleViolationException("gatheringId", "network.feedback.validation.gathering"));
            if (clock.instant().isBefore(g.startsAt()) && a == NetworkAccess.MANAGE) {
                throw new RuleViolationException("gatheringId", "network.feedback.validation.gatheringLater");
            }
        } else if (a == NetworkAccess.MANAGE) {
            throw new RuleViolationException("gatheringId", "network.feedback.validation.gathering");
        }
        long id = jdbc.sql("""
                insert into network_feedback (network_id, gathering_id, given_by, text, given_at)
                values (:n, :g, :by, :text, :now) returning id""")
                .param("n", networkId).param("g", d.gatheringId()).param("by", user.id())
                .param("text", d.text().strip()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        officeLeaders(network.officeId()).forEach(l -> events.publishEvent(new NotificationRequested(l,
                "network.notification.feedbackGiven", List.of(network.name()), "/network-feedback/" + id, null)));
        return id;
    }

    private List<Long> officeLeaders(String officeId) {
        return jdbc.sql("select id from app_user where role = 'OFFICE_LEADER' and office_id = :o and enabled")
                .param("o", officeId).query(Long.class).list();
    }

    FeedbackItem item(long id) {
        return feedback("f.id = :key", id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("feedback", id));
    }

    /** One item: the mentor who gave it, and the office's staff; 404 unknown, 403 someone else's. */
    public FeedbackView feedbackView(CurrentUser user, long id) {
        FeedbackItem item = item(id);
        Network network = network(item.networkId());
        NetworkFacts facts = new NetworkFacts(network.officeId(), isMember(network.id(), user.id()));
        boolean sees = access.seesNetworkFeedback(user, facts, item.givenBy())
                // a mentor who left still sees what became of her own feedback
                || (access.networkAccess(user) == NetworkAccess.MEMBER && item.givenBy() == user.id());
        if (!sees) {
            throw new ForbiddenException(user.username() + " may not see feedback " + id);
        }
        boolean answers = access.answersNetworkFeedback(user, facts, item.ownerId());
        boolean manages = access.networkAccess(user, facts) == NetworkAccess.MANAGE;
        return new FeedbackView(item, answers, manages,
                answers ? FeedbackRules.answersFrom(item.status()) : List.of(),
                manages ? owners(network.officeId()) : List.of());
    }

    /** Who at the office may own an item: its NAV staff. */
    private List<MentorChoice> owners(String officeId) {
        return jdbc.sql("""
                select id, display_name from app_user where office_id = :o and enabled
                   and role in ('COUNSELLOR', 'OFFICE_LEADER', 'MARKET_CONTACT', 'DECISION_MAKER')
                 order by display_name, id""").param("o", officeId)
                .query((rs, i) -> new MentorChoice(rs.getLong("id"), rs.getString("display_name"))).list();
    }

    /** The office leader gives an item an owner at NAV, who is told. */
    public void assignOwner(CurrentUser user, long id, Long ownerId) {
        FeedbackItem item = item(id);
        Network network = requireManaged(user, item.networkId());
        if (ownerId == null || owners(network.officeId()).stream().noneMatch(o -> o.userId() == ownerId)) {
            throw new RuleViolationException("ownerId", "network.feedback.validation.owner");
        }
        jdbc.sql("update network_feedback set owner_user_id = :o, version = version + 1 where id = :id")
                .param("o", ownerId).param("id", id).update();
        if (ownerId != user.id()) {
            events.publishEvent(new NotificationRequested(ownerId, "network.notification.owner",
                    List.of(network.name()), "/network-feedback/" + id, null));
        }
    }

    /** NAV answers: the status by {@link FeedbackRules}, the response, and why when it will not change. */
    public FeedbackItem answer(CurrentUser user, long id, long version, AnswerDetails d) {
        FeedbackItem item = item(id);
        Network network = network(item.networkId());
        if (!access.answersNetworkFeedback(user, facts(user, network), item.ownerId())) {
            throw new ForbiddenException(user.username() + " may not answer feedback " + id);
        }
        List<Violation> problems = FeedbackRules.checkAnswer(item.status(), d.status(), d.response(), d.reason());
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        int changed = jdbc.sql("""
                update network_feedback set status = :status, response = :response, reason = :reason,
                       answered_by = :by, answered_at = :now, version = version + 1,
                       owner_user_id = coalesce(owner_user_id, :by)
                 where id = :id and version = :version""")
                .param("status", d.status().name()).param("response", d.response().strip())
                .param("reason", d.status() == FeedbackStatus.WILL_NOT_CHANGE ? d.reason().strip() : null)
                .param("by", user.id()).param("now", Timestamp.from(clock.instant()))
                .param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new ConflictException("problem.staleVersion");
        }
        events.publishEvent(new NotificationRequested(item.givenBy(), "network.notification.answered",
                List.of(network.name()), "/network-feedback/" + id, null));
        return item(id);
    }

    /** The networks' feedback the user sees through the API: a mentor her own, staff their office's. */
    public List<FeedbackItem> visibleFeedback(CurrentUser user) {
        NetworkAccess a = access.requireNetworks(user);
        return a == NetworkAccess.MEMBER ? myFeedback(user) : feedback("n.office_id = :key", user.officeId());
    }

    // ------------------------------------------------------------------ the morning job

    record Overdue(long id, String officeId, String networkName) {
    }

    /**
     * Marks the unanswered items that reached 30 days and tells the office leaders of their offices, once per
     * item ({@code overdue_notified_at}, set by the statement that picks them). Returns how many items.
     */
    public int notifyOverdue() {
        Instant cutoff = flagCutoff();
        List<Overdue> due = jdbc.sql("""
                update network_feedback f set overdue_notified_at = :now
                  from mentor_network n
                 where n.id = f.network_id and f.status = 'NEW' and f.given_at < :cutoff
                   and f.overdue_notified_at is null
                returning f.id, n.office_id, n.name""")
                .param("now", Timestamp.from(clock.instant())).param("cutoff", Timestamp.from(cutoff))
                .query((rs, i) -> new Overdue(rs.getLong("id"), rs.getString("office_id"), rs.getString("name")))
                .list();
        for (Overdue o : due) {
            officeLeaders(o.officeId()).forEach(l -> events.publishEvent(new NotificationRequested(l,
                    "network.notification.overdue", List.of(o.networkName()), "/network-feedback/" + o.id(),
                    null)));
        }
        return due.size();
    }

    // ------------------------------------------------------------------ helpers

    /** Items given before this instant and still unanswered are flagged today ({@link FeedbackRules#flagged}). */
    private Instant flagCutoff() {
        return today().minusDays(FeedbackRules.ANSWER_WITHIN_DAYS - 1).atStartOfDay(OSLO).toInstant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    private static Instant at(LocalDate date, java.time.LocalTime time) {
        return LocalDateTime.of(date, time).atZone(OSLO).toInstant();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
