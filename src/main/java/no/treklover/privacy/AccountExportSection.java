package no.treklover.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The candidate's own login accounts (never the password). */
@Component
class AccountExportSection implements ExportSection {

    private final JdbcClient jdbc;

    AccountExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.blocks(jdbc.sql("""
                        select username, display_name, email, phone, enabled
                        from app_user
                        where candidate_id = :id and role = 'CANDIDATE'
                        order by id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("username", rs.getString("username"))
                        .field("displayName", rs.getString("display_name"))
                        .field("email", rs.getString("email"))
                        .field("phone", rs.getString("phone"))
                        .field("enabled", rs.getBoolean("enabled")))
                .list());
    }
}
