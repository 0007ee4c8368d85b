package no.treklover.agreement.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The versions of concluded agreements; the snapshot is stored as jsonb. Versions are never changed. */
@Repository
public class AgreementVersionRepository {

    private static final String SELECT = """
            select v.agreement_id, v.version_number, v.change_type, v.reason, v.reason_text, v.effective_from,
                   v.snapshot::text as snapshot, v.changed_by, u.display_name, v.changed_at
            from agreement_version v left join app_user u on u.id = v.changed_by
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementVersionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(StoredVersion v) {
        jdbc.sql("""
                        insert into agreement_version (agreement_id, version_number, change_type, reason, reason_text,
                                                       effective_from, snapshot, changed_by, changed_at)
                        values (:agreement, :number, :type, :reason, :reasonText, :effectiveFrom,
                                cast(:snapshot as jsonb), :changedBy, :changedAt)""")
                .param("agreement", v.agreementId())
                .param("number", v.number())
                .param("type", v.changeType() == null ? null : v.changeType().name())
                .param("reason", v.reason() == null ? null : v.reason().name())
                .param("reasonText", v.reasonText())
                .param("effectiveFrom", v.effectiveFrom())
                .param("snapshot", json.writeValueAsString(v.snapshot()))
                .param("changedBy", v.changedBy())
                .param("changedAt", Timestamp.from(v.changedAt()))
                .update();
    }

    /** All versions of an agreement, oldest first. */
    public List<StoredVersion> list(long agreementId) {
        return jdbc.sql(SELECT + " where v.agreement_id = :id order by v.version_number")
                .param("id", agreementId).query(this::map).list();
    }

    public Optional<StoredVersion> find(long agreementId, int number) {
        return jdbc.sql(SELECT + " where v.agreement_id = :id and v.version_number = :n")
                .param("id", agreementId).param("n", number).query(this::map).optional();
    }

    public int latestNumber(long agreementId) {
        return jdbc.sql("select coalesce(max(version_number), 0) from agreement_version where agreement_id = :id")
                .param("id", agreementId).query(Integer.class).single();
    }

    private StoredVersion map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("change_type");
        String reason = rs.getString("reason");
        Long changedBy = rs.getObject("changed_by", Long.class);
        return new StoredVersion(rs.getLong("agreement_id"), rs.getInt("version_number"),
                type == null ? null : ChangeType.valueOf(type), reason == null ? null : ShorteningReason.valueOf(reason),
                rs.getString("reason_text"), rs.getObject("effective_from", java.time.LocalDate.class),
                json.readValue(rs.getString("snapshot"), VersionSnapshot.class),
                changedBy, rs.getString("display_name"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
