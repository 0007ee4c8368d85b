package no.treklover.learning;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff of an office who take part in its learning arenas (counsellors and the office leader): the people peer
 * groups, meeting participants and owners of agreed changes are chosen from.
 */
@Component
class OfficeStaff {

    record Person(long id, String displayName, String role) {
    }

    private final JdbcClient jdbc;

    OfficeStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Person> of(String officeId) {
        return jdbc.sql("""
                        select id, display_name, role from app_user
                        where office_id = :office and enabled and role in ('COUNSELLOR', 'OFFICE_LEADER')
                        order by display_name, id""")
                .param("office", officeId).query(Person.class).list();
    }

    /** Throws a field-level rule violation unless every id is a counsellor or the leader of this office. */
    void requireAll(String officeId, Collection<Long> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Long> distinct = Set.copyOf(ids);
        long found = jdbc.sql("""
                        select count(*) from app_user
                        where id in (:ids) and office_id = :office and enabled
                          and role in ('COUNSELLOR', 'OFFICE_LEADER')""")
                .param("ids", distinct).param("office", officeId).query(Long.class).single();
        if (found != distinct.size()) {
            throw new RuleViolationException(field, "learning.validation.notOfficeStaff");
        }
    }
}
