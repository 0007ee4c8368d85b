package no.treklover.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CaseScope;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reflection notes on a process (issue 14): written by a counsellor of the process's office, private to her or shared
 * with one peer group of the office she is a member of. Its author reads and changes a note, the group's members who
 * may change the case read it; nobody else, whatever their access to the case (the candidate, her partners, the
 * beslutter, the market side and the office leader never). Every read and write is logged against the candidate by
 * {@link AccessPolicy#requireReflection}.
 */
@Service
public class ReflectionService {

    static final String RESOURCE = "reflection-note";

    private static final String SELECT = """
            select n.id, n.process_id, n.author_id, a.display_name as author_name, n.peer_group_id,
                   g.name as peer_group_name, n.what_was_done, n.why, n.what_happened, n.what_to_change,
                   n.created_at, n.updated_at, n.version
            from reflection_note n
            join app_user a on a.id = n.author_id
            left join learning_peer_group g on g.id = n.peer_group_id
            """;

    private final JdbcClient jdbc;
    private final InclusionProcessRepository processes;
    private final AccessPolicy policy;
    private final PeerGroupService groups;
    private final Clock clock;

    ReflectionService(JdbcClient jdbc, InclusionProcessRepository processes, AccessPolicy policy,
            PeerGroupService groups, Clock clock) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.policy = policy;
        this.groups = groups;
        this.clock = clock;
    }

    /** May this user write reflection notes on this process (and so see the card)? Logs nothing. */
    @Transactional(readOnly = true)
    public boolean mayReflect(CurrentUser user, long processId) {
        return processes.findById(processId).map(p -> policy.mayReflectOn(user, p.scope())).orElse(false);
    }

    /** The notes of this process the user reads: her own and those shared with a group she is in, newest first. */
    @Transactional
    public List<ReflectionNote> list(CurrentUser user, long processId) {
        CaseScope scope = process(processId).scope();
        policy.requireReflection(user, scope, null, false, false, RESOURCE);
        return jdbc.sql(SELECT + """
                        where n.process_id = :process
                          and (n.author_id = :user or exists (select 1 from learning_peer_group_member m
                               where m.group_id = n.peer_group_id and m.user_id = :user))
                        order by n.created_at desc, n.id desc""")
                .param("process", processId).param("user", user.id()).query(ReflectionService::note).list();
    }

    @Transactional
    public ReflectionNote get(CurrentUser user, long id) {
        ReflectionNote note = find(id);
        policy.requireReflection(user, process(note.processId()).scope(), note.authorId(), inGroup(user, note), false,
                RESOURCE);
        return note;
    }

    /** The note for its edit form: its author only. */
    @Transactional
    public ReflectionNote getForEdit(CurrentUser user, long id) {
        ReflectionNote note = find(id);
        policy.requireReflection(user, process(note.processId()).scope(), note.authorId(), false, true, RESOURCE);
        return note;
    }

    @Transactional
    public ReflectionNote write(CurrentUser user, long processId, ReflectionDetails details) {
        CaseScope scope = process(processId).scope();
        policy.requireReflection(user, scope, null, false, true, RESOURCE);
        check(user, details);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into reflection_note (process_id, author_id, peer_group_id, what_was_done, why,
                                                     what_happened, what_to_change, created_at, updated_at)
                        values (:process, :author, :group, :done, :why, :happened, :change, :now, :now)
                        returning id""")
                .param("process", processId).param("author", user.id()).param("group", details.peerGroupId())
                .param("done", ReflectionDetails.clean(details.whatWasDone()))
                .param("why", ReflectionDetails.clean(details.why()))
                .param("happened", ReflectionDetails.clean(details.whatHappened()))
                .param("change", ReflectionDetails.clean(details.whatToChange()))
                .param("now", now).query(Long.class).single();
        return find(id);
    }

    @Transactional
    public ReflectionNote update(CurrentUser user, long id, long expectedVersion, ReflectionDetails details) {
        ReflectionNote note = getForEdit(user, id);
        check(user, details);
        int changed = jdbc.sql("""
                        update reflection_note set peer_group_id = :group, what_was_done = :done, why = :why,
                               what_happened = :happened, what_to_change = :change, updated_at = :now,
                               version = version + 1
                        where id = :id and version = :version""")
                .param("group", details.peerGroupId())
                .param("done", ReflectionDetails.clean(details.whatWasDone()))
                .param("why", ReflectionDetails.clean(details.why()))
                .param("happened", ReflectionDetails.clean(details.whatHappened()))
                .param("change", ReflectionDetails.clean(details.whatToChange()))
                .param("now", Timestamp.from(clock.instant())).param("id", note.id())
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return find(id);
    }

    @Transactional
    public long delete(CurrentUser user, long id, long expectedVersion) {
        ReflectionNote note = getForEdit(user, id);
        int changed = jdbc.sql("delete from reflection_note where id = :id and version = :version")
                .param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return note.processId();
    }

    /** At least one prompt answered, and a group the author is a member of (of her own office). */
    private void check(CurrentUser user, ReflectionDetails details) {
        if (details.isEmpty()) {
            throw new RuleViolationException("whatWasDone", "learning.validation.reflectionEmpty");
        }
        if (details.peerGroupId() != null
                && groups.memberOf(user).stream().noneMatch(g -> g.id() == details.peerGroupId())) {
            throw new RuleViolationException("peerGroupId", "learning.validation.peerGroup");
        }
    }

    private boolean inGroup(CurrentUser user, ReflectionNote note) {
        return note.peerGroupId() != null && jdbc.sql("""
                        select exists (select 1 from learning_peer_group_member where group_id = :g and user_id = :u)""")
                .param("g", note.peerGroupId()).param("u", user.id()).query(Boolean.class).single();
    }

    private ReflectionNote find(long id) {
        Optional<ReflectionNote> note = jdbc.sql(SELECT + " where n.id = :id").param("id", id)
                .query(ReflectionService::note).optional();
        return note.orElseThrow(() -> new NotFoundException("reflection-note", id));
    }

    static ReflectionNote note(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReflectionNote(rs.getLong("id"), rs.getLong("process_id"), rs.getLong("author_id"),
                rs.getString("author_name"), (Long) rs.getObject("peer_group_id"), rs.getString("peer_group_name"),
                rs.getString("what_was_done"), rs.getString("why"), rs.getString("what_happened"),
                rs.getString("what_to_change"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private InclusionProcess process(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("process", id));
    }
}
