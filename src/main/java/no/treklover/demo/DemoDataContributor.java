package no.treklover.demo;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A feature adds its own demo data here, once, right after the base demo data (offices, users, candidates,
 * processes) is written, in the same transaction. Implement it as a bean in the feature's own package.
 */
public interface DemoDataContributor {

    void contribute(JdbcTemplate jdbc, LocalDate today);
}
