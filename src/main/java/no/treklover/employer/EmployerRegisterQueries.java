package no.treklover.employer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The profile's parts kept outside the employer row: NAV contacts, visit notes and sub-units, one statement each. */
@Component
class EmployerRegisterQueries {

    /** A profile shows this many sub-units; the count says how many there are. */
    static final int SUB_UNITS_SHOWN = 100;
    static final int VISIT_NOTES_SHOWN = 50;

    /** The roles NAV staff have who may be named an employer's NAV contact: those who work with employers. */
    static final List<String> NAV_CONTACT_ROLES = List.of("COUNSELLOR", "MARKET_CONTACT", "WORKLIFE_CENTRE_ADVISER");

    private final JdbcClient jdbc;

    EmployerRegisterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** PRIMARY and BACKUP → the staff member, for one employer. */
    Map<String, EmployerProfileView.NavContact> navContacts(long employerId) {
        return jdbc.sql("""
                        select c.kind, u.id, u.display_name, u.phone, u.email, o.name as office_name
                        from employer_nav_contact c join app_user u on u.id = c.user_id
                        left join office o on o.id = u.office_id
                        where c.employer_id = :employer""")
                .param("employer", employerId)
                .query((rs, n) -> Map.entry(rs.getString("kind"), new EmployerProfileView.NavContact(rs.getLong("id"),
                        rs.getString("display_name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("office_name"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void setNavContact(long employerId, String kind, Long userId) {
        jdbc.sql("delete from employer_nav_contact where employer_id = :employer and kind = :kind")
                .param("employer", employerId).param("kind", kind).update();
        if (userId != null) {
            jdbc.sql("insert into employer_nav_contact (employer_id, kind, user_id) values (:employer, :kind, :user)")
                    .param("employer", employerId).param("kind", kind).param("user", userId).update();
        }
    }

    List<EmployerProfileView.VisitNote> visitNotes(long employerId) {
        return jdbc.sql("""
                        select v.id, v.visited_on, v.note, u.display_name, v.created_at
                        from employer_visit_note v join app_user u on u.id = v.author_id
                        where v.employer_id = :employer
                        order by v.visited_on desc, v.id desc limit :limit""")
                .param("employer", employerId).param("limit", VISIT_NOTES_SHOWN)
                .query((rs, n) -> new EmployerProfileView.VisitNote(rs.getLong("id"),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("note"),
                        rs.getString("display_name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    void addVisitNote(long employerId, LocalDate visitedOn, String note, long authorId, Instant now) {
        jdbc.sql("""
                        insert into employer_visit_note (employer_id, visited_on, note, author_id, created_at)
                        values (:employer, :visitedOn, :note, :author, :now)""")
                .param("employer", employerId).param("visitedOn", visitedOn).param("note", note)
                .param("author", authorId).param("now", Timestamp.from(now)).update();
    }

    /** The first sub-units by name, and (in the same statement) how many there are. */
    SubUnits subUnits(long employerId) {
        long[] total = {0};
        List<EmployerProfileView.SubUnit> list = jdbc.sql("""
                        select s.id, s.org_number, s.name, s.nace_code, s.nace_text, s.employee_count,
                               s.employees_under_five, s.address, s.postal_code, s.postal_place, s.municipality,
                               (s.register_deleted_on is not null or s.missing_from_register_since is not null) as deleted,
                               count(*) over () as total
                        from employer_sub_unit s where s.employer_id = :employer
                        order by lower(s.name), s.id limit :limit""")
                .param("employer", employerId).param("limit", SUB_UNITS_SHOWN)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new EmployerProfileView.SubUnit(rs.getLong("id"), rs.getString("org_number"),
                        rs.getString("name"), rs.getString("nace_code"), rs.getString("nace_text"),
                        (Integer) rs.getObject("employee_count"), rs.getBoolean("employees_under_five"),
                        rs.getString("address"), rs.getString("postal_code"), rs.getString("postal_place"),
                        rs.getString("municipality"), rs.getBoolean("deleted"));
                })
                .list();
        return new SubUnits(list, total[0]);
    }

    record SubUnits(List<EmployerProfileView.SubUnit> shown, long total) {
    }

    /** NAV staff who may be named an employer's contact: of this office, plus those already named. */
    List<StaffOption> staffOptions(String officeId, Collection<Long> alsoIds) {
        return jdbc.sql("""
                        select u.id, u.display_name, o.name as office_name from app_user u
                        left join office o on o.id = u.office_id
                        where u.enabled and u.role in (:roles)
                          and (u.office_id = :office or u.id in (:also))
                        order by u.display_name, u.id""")
                .param("roles", NAV_CONTACT_ROLES).param("office", officeId)
                .param("also", alsoIds.isEmpty() ? List.of(-1L) : alsoIds)
                .query((rs, n) -> new StaffOption(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("office_name")))
                .list();
    }

    /** Whether this account may be named a NAV contact: an enabled account of NAV staff who work with employers. */
    boolean isNavContactCandidate(long userId) {
        return jdbc.sql("select count(*) from app_user where id = :id and enabled and role in (:roles)")
                .param("id", userId).param("roles", NAV_CONTACT_ROLES).query(Long.class).single() > 0;
    }

    public record StaffOption(long id, String name, String officeName) {
    }
}
