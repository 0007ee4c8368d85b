package no.treklover.employer.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports and their rejected rows ({@code employer_import}, {@code employer_import_rejection}), over JDBC. */
@Repository
class ImportJobs {

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(RegisterKind kind, String fileName, boolean full, String startedBy, Long bytesTotal) {
        return jdbc.sql("""
                        insert into employer_import (kind, file_name, full_file, status, started_by, bytes_total)
                        values (:kind, :file, :full, 'QUEUED', :by, :bytes) returning id""")
                .param("kind", kind.name()).param("file", fileName).param("full", full).param("by", startedBy)
                .param("bytes", bytesTotal).query(Long.class).single();
    }

    void start(long id, RegisterKind kind, Instant now) {
        jdbc.sql("update employer_import set status = 'RUNNING', kind = :kind, started_at = :now where id = :id")
                .param("kind", kind.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void progress(long id, ImportCounts counts) {
        jdbc.sql("""
                        update employer_import set bytes_read = :bytes, rows_read = :read, rows_inserted = :inserted,
                            rows_updated = :updated, rows_unchanged = :unchanged, rows_rejected = :rejected,
                            marked_missing = :missing where id = :id""")
                .param("bytes", counts.bytesRead()).param("read", counts.rowsRead())
                .param("inserted", counts.inserted()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).param("rejected", counts.rejected())
                .param("missing", counts.markedMissing()).param("id", id).update();
    }

    void finish(long id, ImportCounts counts, String failure, Instant now) {
        progress(id, counts);
        jdbc.sql("""
                        update employer_import set status = :status, failure = :failure, finished_at = :now
                        where id = :id""")
                .param("status", failure == null ? "SUCCEEDED" : "FAILED")
                .param("failure", failure == null ? null : failure.length() > 1000 ? failure.substring(0, 1000) : failure)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void reject(JdbcTemplate template, long id, List<Rejection> rejections) {
        template.batchUpdate("""
                        insert into employer_import_rejection (import_id, position_kind, position, org_number, reason,
                            detail) values (?, ?, ?, ?, ?, ?)""", rejections, 500, (ps, r) -> {
                    ps.setLong(1, id);
                    ps.setString(2, r.positionKind().name());
                    ps.setLong(3, r.position());
                    ps.setString(4, r.orgNumber());
                    ps.setString(5, r.reason().name());
                    ps.setString(6, r.detail());
                });
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from employer_import where id = :id").param("id", id).query(ImportJobs::job)
                .optional();
    }

    Page<ImportJob> list(Pageable page) {
        List<ImportJob> jobs = jdbc.sql("select * from employer_import order by id desc limit :limit offset :offset")
                .param("limit", page.getPageSize()).param("offset", page.getOffset()).query(ImportJobs::job).list();
        long total = jdbc.sql("select count(*) from employer_import").query(Long.class).single();
        return new PageImpl<>(jobs, page, total);
    }

    Page<Rejection> rejections(long id, Pageable page) {
        List<Rejection> rows = jdbc.sql("""
                        select * from employer_import_rejection where import_id = :id order by id
                        limit :limit offset :offset""")
                .param("id", id).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new Rejection(RawRow.PositionKind.valueOf(rs.getString("position_kind")),
                        rs.getLong("position"), rs.getString("org_number"),
                        Rejection.Reason.valueOf(rs.getString("reason")), rs.getString("detail")))
                .list();
        long total = jdbc.sql("select count(*) from employer_import_rejection where import_id = :id")
                .param("id", id).query(Long.class).single();
        return new PageImpl<>(rows, page, total);
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getLong("id"), RegisterKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                rs.getBoolean("full_file"), ImportJob.Status.valueOf(rs.getString("status")),
                rs.getString("started_by"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), (Long) rs.getObject("bytes_total"), rs.getLong("bytes_read"),
                rs.getLong("rows_read"), rs.getLong("rows_inserted"), rs.getLong("rows_updated"),
                rs.getLong("rows_unchanged"), rs.getLong("rows_rejected"), rs.getLong("marked_missing"),
                rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
