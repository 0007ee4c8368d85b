package no.treklover.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a mentor has signed the confidentiality declaration (taushetserklæring) of a process. A mentor sees
 * nothing of a process (agreement, meetings, workspace) before signing it on one of the process's agreements.
 */
@Component
public class ConfidentialityDeclarations {

    private final JdbcClient jdbc;

    ConfidentialityDeclarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean signed(long processId, long mentorUserId) {
        return jdbc.sql("""
                        select exists (select 1 from mentor_agreement
                                        where process_id = :process and mentor_user_id = :mentor
                                          and mentor_signed_confidentiality_at is not null)""")
                .param("process", processId).param("mentor", mentorUserId).query(Boolean.class).single();
    }
}
