package no.treklover.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.errors.UniqueViolations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's named peer groups (issue 14): the office leader or any counsellor of the office creates one and names
 * its members, who read each other's shared reflection notes. A group holds no candidate data.
 */
@Service
public class PeerGroupService {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final OfficeStaff staff;
    private final Clock clock;

    PeerGroupService(JdbcClient jdbc, AccessPolicy policy, OfficeStaff staff, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.staff = staff;
        this.clock = clock;
    }

    /** The groups of the user's office, with their members, in two statements. */
    @Transactional(readOnly = true)
    public List<PeerGroup> list(CurrentUser user) {
        policy.requireLearning(user, user.officeId(), false);
        return groups("g.office_id = :office", Map.of("office", user.officeId()));
    }

    /** The groups of this office the user is a member of: the ones she may share a note with. */
    @Transactional(readOnly = true)
    public List<PeerGroup> memberOf(CurrentUser user) {
        if (!policy.learningAccess(user).takesPart()) {
            return List.of();
        }
        return groups("g.office_id = :office and exists (select 1 from learning_peer_group_member m "
                + "where m.group_id = g.id and m.user_id = :user)", Map.of("office", user.officeId(), "user", user.id()));
    }

    @Transactional(readOnly = true)
    public PeerGroup get(CurrentUser user, long id) {
        PeerGroup group = find(id);
        policy.requireLearning(user, group.officeId(), false);
        return group;
    }

    /** A new group of the user's office; she is always a member of a group she creates. */
    @Transactional
    public PeerGroup create(CurrentUser user, PeerGroupDetails details) {
        policy.requireLearning(user, user.officeId(), false);
        Set<Long> members = members(user, details);
        long id = UniqueViolations.orConflict("learning.group.exists", () -> jdbc.sql("""
                        insert into learning_peer_group (office_id, name, created_by, created_at)
                        values (:office, :name, :user, :now) returning id""")
                .param("office", user.officeId()).param("name", details.name().strip()).param("user", user.id())
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single());
        insertMembers(id, members);
        return find(id);
    }

    @Transactional
    public PeerGroup update(CurrentUser user, long id, long expectedVersion, PeerGroupDetails details) {
        PeerGroup group = find(id);
        policy.requireLearning(user, group.officeId(), false);
        Set<Long> members = members(user, details);
        int changed = UniqueViolations.orConflict("learning.group.exists", () -> jdbc.sql("""
                        update learning_peer_group set name = :name, version = version + 1
                        where id = :id and version = :version""")
                .param("name", details.name().strip()).param("id", id).param("version", expectedVersion).update());
        if (changed == 0) {
            throw new StaleVersionException();
        }
        jdbc.sql("delete from learning_peer_group_member where group_id = :id").param("id", id).update();
        insertMembers(id, members);
        return find(id);
    }

    private Set<Long> members(CurrentUser user, PeerGroupDetails details) {
        Set<Long> members = new LinkedHashSet<>();
        members.add(user.id());
        if (details.memberIds() != null) {
            members.addAll(details.memberIds());
        }
        staff.requireAll(user.officeId(), members, "memberIds");
        return members;
    }

    private void insertMembers(long groupId, Set<Long> members) {
        for (Long member : members) {
            jdbc.sql("insert into learning_peer_group_member (group_id, user_id) values (:g, :u)")
                    .param("g", groupId).param("u", member).update();
        }
    }

    private PeerGroup find(long id) {
        return groups("g.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("peer-group", id));
    }

    private List<PeerGroup> groups(String where, Map<String, Object> params) {
        record Row(long id, String officeId, String name, long version, Long userId, String displayName) {
        }
        List<Row> rows = jdbc.sql("""
                        select g.id, g.office_id, g.name, g.version, u.id as user_id, u.display_name
                        from learning_peer_group g
                        left join learning_peer_group_member m on m.group_id = g.id
                        left join app_user u on u.id = m.user_id
                        where\s""" + where + " order by lower(g.name), g.id, u.display_name")
                .params(params).query(Row.class).list();
        Map<Long, List<PeerGroup.Member>> members = new LinkedHashMap<>();
        Map<Long, Row> heads = new LinkedHashMap<>();
        for (Row r : rows) {
            heads.putIfAbsent(r.id(), r);
            List<PeerGroup.Member> list = members.computeIfAbsent(r.id(), k -> new ArrayList<>());
            if (r.userId() != null) {
                list.add(new PeerGroup.Member(r.userId(), r.displayName()));
            }
        }
        return heads.values().stream()
                .map(r -> new PeerGroup(r.id(), r.officeId(), r.name(), List.copyOf(members.get(r.id())), r.version()))
                .toList();
    }
}
