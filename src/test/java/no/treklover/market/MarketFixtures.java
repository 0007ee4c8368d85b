package no.treklover.market;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import no.treklover.identifiers.OrganisationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data of the employer contact log: a fresh employer per test, the extra NAV accounts the tests act as (a market
 * contact and an Arbeidslivssenter adviser at NAV Bergen sør, 4614; a second market contact at Grünerløkka, 0315),
 * and entries written straight into the table, at any time.
 */
final class MarketFixtures {

    static final String MARKET_CONTACT_4614 = "mk-4614";
    static final String MARKET_CONTACT_0315 = "mk-0315";
    static final String ADVISER_4614 = "als-4614";

    private MarketFixtures() {
    }

    static void ensureUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id) values
                        ('mk-4614', :hash, 'Mia Markedskontakt', 'MARKET_CONTACT', '4614'),
                        ('mk-0315', :hash, 'Mads Markedskontakt', 'MARKET_CONTACT', '0315'),
                        ('als-4614', :hash, 'Åse Arbeidslivssenter', 'WORKLIFE_CENTRE_ADVISER', '4614')
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo")).update();
    }

    static long newEmployer(JdbcClient jdbc, String name) {
        while (true) {
            String first8 = String.format(Locale.ROOT, "39%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            var number = OrganisationNumber.withControlDigit(first8);
            if (number.isEmpty()) {
                continue;
            }
            Long id = jdbc.sql("""
                            insert into employer (org_number, name) values (:org, :name)
                            on conflict (org_number) do nothing returning id""")
                    .param("org", number.get()).param("name", name).query(Long.class).optional().orElse(null);
            if (id != null) {
                return id;
            }
        }
    }

    static long userId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** An entry by {@code username}, contacted at {@code at} (null: a plan), next contact {@code next} (open). */
    static long insert(JdbcClient jdbc, String username, long employerId, Instant at, LocalDate next) {
        return jdbc.sql("""
                        insert into employer_contact (employer_id, nav_user_id, nav_unit_id, nav_unit_kind, contacted_at,
                            next_contact_on, follow_up_open, form, purpose, created_at, updated_at)
                        select :employer, u.id, u.office_id,
                               case when u.role = 'WORKLIFE_CENTRE_ADVISER' then 'WORKLIFE_CENTRE' else 'OFFICE' end,
                               :at, :next, :open, 'PHONE', 'RECRUITMENT', now(), now()
                          from app_user u where u.username = :u
                        returning id""")
                .param("employer", employerId).param("u", username)
                .param("at", at == null ? null : Timestamp.from(at))
                .param("next", next == null ? null : java.sql.Date.valueOf(next))
                .param("open", next != null)
                .query(Long.class).single();
    }
}
