package no.treklover.employer.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.treklover.identifiers.OrganisationNumber;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one register file into the employer register. A reader thread streams the file and checks each row
 * ({@link RegisterRows}); this thread writes the rows in chunks of {@link #CHUNK_ROWS}, each in a transaction of its
 * own (or in the caller's, as the demo data's): {@code COPY} into a temporary table, then one
 * {@code insert … on conflict … do update} that changes only the register's columns and only where the digest of the
 * register's values differs, so a second import of the same file changes nothing and NAV's own fields are never
 * touched. A chunk the database refuses is halved until the row it refuses is found and rejected, so one bad row
 * never takes others with it. With a full file, the units the register had given before and this file no longer has
 * are marked ({@code missing_from_register_since}), never removed. Progress is stored after every chunk.
 */
@Component
public class EmployerImporter {

    public static final int CHUNK_ROWS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(EmployerImporter.class);

    /** Dropped at commit: a pooled connection must not keep a table the app's own account owns (AuditChainTest). */
    private static final String STAGE = """
            create temporary table if not exists employer_import_stage (
                org_number text, valid boolean, name text, org_form_code text, org_form_text text, nace_code text,
                nace_text text, employee_count integer, employees_under_five boolean, b_address text,
                b_postal_code text, b_postal_place text, b_municipality_number text, b_municipality text,
                b_country_code text, p_address text, p_postal_code text, p_postal_place text,
                p_municipality_number text, p_municipality text, p_country_code text, bankrupt boolean,
                being_wound_up boolean, being_forcibly_wound_up boolean, registered_on date, deleted_on date,
                parent_org_number text, digest bigint) on commit drop""";

    private static final String UPSERT_UNITS = """
            with upserted as (
                insert into employer as e (org_number, name, org_form_code, org_form_text, nace_code, nace_text,
                    employee_count, employees_under_five, business_address, business_postal_code,
                    business_postal_place, business_municipality_number, business_municipality, business_country_code,
                    postal_address, postal_postal_code, postal_postal_place, postal_municipality_number,
                    postal_municipality, postal_country_code, bankrupt, being_wound_up, being_forcibly_wound_up,
                    registered_on, register_deleted_on, register_digest, register_imported_at)
                select org_number, name, org_form_code, org_form_text, nace_code, nace_text, employee_count,
                    employees_under_five, b_address, b_postal_code, b_postal_place, b_municipality_number,
                    b_municipality, b_country_code, p_address, p_postal_code, p_postal_place, p_municipality_number,
                    p_municipality, p_country_code, bankrupt, being_wound_up, being_forcibly_wound_up, registered_on,
                    deleted_on, digest, ? from employer_import_stage where valid
                on conflict (org_number) do update set name = excluded.name, org_form_code = excluded.org_form_code,
                    org_form_text = excluded.org_form_text, nace_code = excluded.nace_code,
                    nace_text = excluded.nace_text, employee_count = excluded.employee_count,
                    employees_under_five = excluded.employees_under_five,
                    business_address = excluded.business_address,
                    business_postal_code = excluded.business_postal_code,
                    business_postal_place = excluded.business_postal_place,
                    business_municipality_number = excluded.business_municipality_number,
                    business_municipality = excluded.business_municipality,
                    business_country_code = excluded.business_country_code, postal_address = excluded.postal_address,
                    postal_postal_code = excluded.postal_postal_code,
                    postal_postal_place = excluded.postal_postal_place,
                    postal_municipality_number = excluded.postal_municipality_number,
                    postal_municipality = excluded.postal_municipality,
                    postal_country_code = excluded.postal_country_code, bankrupt = excluded.bankrupt,
                    being_wound_up = excluded.being_wound_up,
                    being_forcibly_wound_up = excluded.being_forcibly_wound_up,
                    registered_on = excluded.registered_on, register_deleted_on = excluded.register_deleted_on,
                    register_digest = excluded.register_digest, register_imported_at = excluded.register_imported_at,
                    missing_from_register_since = null, version = e.version + 1
                where e.register_digest is distinct from excluded.register_digest
                   or e.missing_from_register_since is not null
                returning xmax = 0 as inserted)
            select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted""";

    private static final String UPSERT_SUB_UNITS = """
            with upserted as (
                insert into employer_sub_unit as s (org_number, parent_org_number, employer_id, name, org_form_code,
                    nace_code, nace_text, employee_count, employees_under_five, address, postal_code, postal_place,
                    municipality_number, municipality, country_code, registered_on, register_deleted_on,
                    register_digest, register_imported_at)
                select st.org_number, st.parent_org_number, p.id, st.name, st.org_form_code, st.nace_code,
                    st.nace_text, st.employee_count, st.employees_under_five, st.b_address, st.b_postal_code,
                    st.b_postal_place, st.b_municipality_number, st.b_municipality, st.b_country_code,
                    st.registered_on, st.deleted_on, st.digest, ?
                from employer_import_stage st left join employer p on p.org_number = st.parent_org_number
                where st.valid
                on conflict (org_number) do update set parent_org_number = excluded.parent_org_number,
                    employer_id = excluded.employer_id, name = excluded.name, org_form_code = excluded.org_form_code,
                    nace_code = excluded.nace_code, nace_text = excluded.nace_text,
                    employee_count = excluded.employee_count, employees_under_five = excluded.employees_under_five,
                    address = excluded.address, postal_code = excluded.postal_code,
                    postal_place = excluded.postal_place, municipality_number = excluded.municipality_number,
                    municipality = excluded.municipality, country_code = excluded.country_code,
                    registered_on = excluded.registered_on, register_deleted_on = excluded.register_deleted_on,
                    register_digest = excluded.register_digest, register_imported_at = excluded.register_imported_at,
                    missing_from_register_since = null, version = s.version + 1
                where s.register_digest is distinct from excluded.register_digest
                   or s.missing_from_register_since is not null
                   or s.employer_id is distinct from excluded.employer_id
                returning xmax = 0 as inserted)
            select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted""";

    /** Sub-units that arrived before their parent get it when it comes. */
    private static final String LINK_SUB_UNITS = """
            update employer_sub_unit s set employer_id = e.id, version = s.version + 1
            from employer_import_stage st join employer e on e.org_number = st.org_number
            where st.valid and s.parent_org_number = st.org_number and s.employer_id is distinct from e.id""";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate chunkTransaction;
    private final ImportJobs jobs;
    private final Clock clock;

    EmployerImporter(DataSource dataSource, PlatformTransactionManager transactions, ImportJobs jobs, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.clock = clock;
    }

    /** How an import is asked for. {@code kind} null: told by the file's content. */
    public record Options(RegisterKind kind, boolean full) {
    }

    /** Told after each chunk (the command line prints a line). */
    public interface Listener {

        void progress(ImportCounts counts);

        Listener NONE = counts -> { };
    }

    /** Creates the import's row, queued; {@code bytesTotal} is the file's size when known. */
    public long create(RegisterKind kind, String fileName, boolean full, String startedBy, Long bytesTotal) {
        return jobs.create(kind == null ? RegisterKind.UNITS : kind, fileName, full, startedBy, bytesTotal);
    }

    /** The import as stored now. */
    public ImportJob job(long id) {
        return jobs.find(id).orElseThrow();
    }

    /**
     * Reads {@code file} into the register as import {@code id} and returns it finished. Bad rows are rejected and
     * stored; a file that cannot be read further ends the import as failed, with what was read before it kept.
     */
    public ImportJob run(long id, InputStream file, Options options, Listener listener) {
        RegisterFiles.Counting counting = new RegisterFiles.Counting(file);
        Instant started = clock.instant();
        Progress progress = new Progress();
        String failure = null;
        RegisterKind kind = options.kind() == null ? RegisterKind.UNITS : options.kind();
        try (RegisterRowSource source = RegisterFiles.open(counting)) {
            RawRow first = source.next();
            if (options.kind() == null && Boolean.TRUE.equals(source.looksLikeSubUnits())) {
                kind = RegisterKind.SUB_UNITS;
            }
            RegisterKind decided = kind;
            inTransaction(() -> jobs.start(id, decided, started));
            failure = write(id, source, first, decided, options.full(), counting, progress, listener);
            if (failure == null && options.full()) {
                long missing = markMissing(id, decided, started);
                progress.counts = new ImportCounts(counting.count(), progress.counts.rowsRead(),
                        progress.counts.inserted(), progress.counts.updated(), progress.counts.unchanged(),
                        progress.counts.rejected(), missing);
            }
        } catch (RegisterFileException e) {
            failure = fatal(id, progress, e, kind);
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} failed", id, e);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            if (options.full()) {
                inTransaction(() -> jdbc.update("delete from employer_import_seen where import_id = ?", id));
            }
        }
        String reported = failure;
        ImportCounts end = progress.counts;
        inTransaction(() -> jobs.finish(id, end, reported, clock.instant()));
        log.info("Import {}: {} rows read in {} ms; {}", id, end.rowsRead(),
                java.time.Duration.between(started, clock.instant()).toMillis(), progress.times);
        return job(id);
    }

    private static final class Progress {

        ImportCounts counts = ImportCounts.NONE;
        final StepTimes times = new StepTimes();
    }

    /**
     * Where an import's time went, logged at its end: the writer waiting for the reader's next chunk (reading and
     * checking the file), {@code COPY} into the stage, the upsert, linking sub-units, and storing rejections and
     * progress. The reader's own time overlaps the writer's; only the part the writer waited for shows.
     */
    static final class StepTimes {

        long waitNanos;
        long stageNanos;
        long upsertNanos;
        long linkNanos;
        long bookkeepingNanos;

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "waiting for the file %.1f s, COPY to stage %.1f s, upsert %.1f s, linking %.1f s, bookkeeping %.1f s",
                    waitNanos / 1e9, stageNanos / 1e9, upsertNanos / 1e9, linkNanos / 1e9, bookkeepingNanos / 1e9);
        }
    }

    /** The rows of one chunk as checked by the reader thread; {@code end} after the last, with a failure or not. */
    private record Chunk(List<RegisterUnit> units, RawRow.PositionKind positionKind, Map<String, Long> positions, List<Rejection> rejections,
            List<String> seenOnly, long rowsRead, long bytesRead, boolean end, Exception failure) {
    }

    private String write(long id, RegisterRowSource source, RawRow first, RegisterKind kind, boolean full,
            RegisterFiles.Counting counting, Progress progress, Listener listener) {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(1);
        Thread reader = new Thread(() -> read(source, first, kind, counting, queue), "employer-import-" + id);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                long waitStarted = System.nanoTime();
                Chunk chunk = queue.take();
                progress.times.waitNanos += System.nanoTime() - waitStarted;
                ImportCounts before = progress.counts;
                if (!chunk.units.isEmpty() || !chunk.rejections.isEmpty() || chunk.rowsRead > 0) {
                    progress.counts = writeChunk(id, chunk, kind, full, before, progress.times);
                    listener.progress(progress.counts);
                }
                if (chunk.end) {
                    if (chunk.failure instanceof RegisterFileException e) {
                        return fatal(id, progress, e, kind);
                    }
                    return chunk.failure == null ? null : chunk.failure.getMessage() == null
                            ? chunk.failure.getClass().getSimpleName() : chunk.failure.getMessage();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            reader.interrupt();
        }
    }

    /** The reader thread: rows into checked chunks, until the end of the file or the point it cannot be read past. */
    private static void read(RegisterRowSource source, RawRow first, RegisterKind kind,
            RegisterFiles.Counting counting, BlockingQueue<Chunk> queue) {
        Map<String, RegisterUnit> units = new LinkedHashMap<>();
        Map<String, Long> positions = new java.util.HashMap<>();
        RawRow.PositionKind positionKind = first == null ? RawRow.PositionKind.INDEX : first.positionKind();
        List<Rejection> rejections = new ArrayList<>();
        List<String> seenOnly = new ArrayList<>();
        long rows = 0;
        Exception failure = null;
        try {
            for (RawRow row = first; row != null; row = source.next()) {
                rows++;
                RegisterRows.Result result = RegisterRows.read(row, kind);
                if (result.unit() != null) {
                    units.put(result.unit().orgNumber(), result.unit());
                    positions.put(result.unit().orgNumber(), row.position());
                } else {
                    rejections.add(result.rejection());
                    String number = result.rejection().orgNumber();
                    if (number != null && OrganisationNumber.isValid(number)) {
                        seenOnly.add(OrganisationNumber.normalise(number));
                    }
                }
                if (rows == CHUNK_ROWS) {
                    queue.put(new Chunk(new ArrayList<>(units.values()), positionKind, positions, rejections, seenOnly, rows,
                            counting.count(), false, null));
                    units.clear();
                    positions = new java.util.HashMap<>();
                    rejections = new ArrayList<>();
                    seenOnly = new ArrayList<>();
                    rows = 0;
                }
            }
        } catch (InterruptedException e) {
            return;
        } catch (Exception e) {
            failure = e;
        } catch (Error e) {
            // the writer waits for an end chunk; without one it would wait for ever (an OutOfMemoryError here)
            failure = new IllegalStateException(e.toString(), e);
        }
        try {
            queue.put(new Chunk(new ArrayList<>(units.values()), positionKind, positions, rejections, seenOnly, rows,
                    counting.count(), true, failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a chunk in its own transaction; when the database refuses it, each half on its own. */
    private ImportCounts writeChunk(long id, Chunk chunk, RegisterKind kind, boolean full, ImportCounts before,
            StepTimes times) {
        return chunkTransaction.execute(status -> {
            List<Rejection> rejections = new ArrayList<>(chunk.rejections);
            long[] written = upsertSplitting(chunk, chunk.units, chunk.seenOnly, kind, full, id, rejections, times);
            long bookkeeping = System.nanoTime();
            long valid = chunk.rowsRead - chunk.rejections.size();
            long refused = rejections.size() - chunk.rejections.size();
            ImportCounts counts = new ImportCounts(chunk.bytesRead, before.rowsRead() + chunk.rowsRead,
                    before.inserted() + written[0], before.updated() + written[1],
                    before.unchanged() + valid - refused - written[0] - written[1],
                    before.rejected() + rejections.size(), 0);
            jobs.reject(jdbc, id, rejections);
            jobs.progress(id, counts);
            times.bookkeepingNanos += System.nanoTime() - bookkeeping;
            return counts;
        });
    }

    /** Within the chunk's transaction: a savepoint before each try, back to it when the database refuses a row. */
    private long[] upsertSplitting(Chunk chunk, List<RegisterUnit> units, List<String> seenOnly, RegisterKind kind,
            boolean full, long id, List<Rejection> rejections, StepTimes times) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        try {
            long[] written = upsert(connection, units, seenOnly, kind, full, id, times);
            connection.releaseSavepoint(savepoint);
            return written;
        } catch (DataIntegrityViolationException | SQLException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollback) {
                throw new IllegalStateException(rollback.getMessage(), rollback);
            }
            if (units.size() <= 1) {
                if (!units.isEmpty()) {
                    String orgNumber = units.get(0).orgNumber();
                    rejections.add(new Rejection(chunk.positionKind, chunk.positions.getOrDefault(orgNumber, -1L),
                            orgNumber, Rejection.Reason.DATABASE, rootMessage(e)));
                }
                return new long[] {0, 0};
            }
            int half = units.size() / 2;
            long[] a = upsertSplitting(chunk, units.subList(0, half), seenOnly, kind, full, id, rejections, times);
            long[] b = upsertSplitting(chunk, units.subList(half, units.size()), List.of(), kind, full, id,
                    rejections, times);
            return new long[] {a[0] + b[0], a[1] + b[1]};
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private long[] upsert(Connection connection, List<RegisterUnit> units, List<String> seenOnly, RegisterKind kind,
            boolean full, long id, StepTimes times) throws SQLException {
        long stageStarted = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
            statement.execute("truncate employer_import_stage");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy employer_import_stage from stdin");
        try {
            StageRows.write(units, seenOnly, copy);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        long upsertStarted = System.nanoTime();
        times.stageNanos += upsertStarted - stageStarted;
        long[] counts = jdbc.query(kind == RegisterKind.UNITS ? UPSERT_UNITS : UPSERT_SUB_UNITS,
                rs -> {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }, now);
        long linkStarted = System.nanoTime();
        times.upsertNanos += linkStarted - upsertStarted;
        if (kind == RegisterKind.UNITS) {
            jdbc.update(LINK_SUB_UNITS);
        }
        times.linkNanos += System.nanoTime() - linkStarted;
        if (full) {
            jdbc.update("insert into employer_import_seen (import_id, org_number) "
                    + "select ?, org_number from employer_import_stage", id);
        }
        return counts;
    }

    private long markMissing(long id, RegisterKind kind, Instant started) {
        String table = kind == RegisterKind.UNITS ? "employer" : "employer_sub_unit";
        Integer marked = chunkTransaction.execute(status -> jdbc.update("update " + table + " u "
                + "set missing_from_register_since = ?, version = u.version + 1 "
                + "where u.register_imported_at is not null and u.missing_from_register_since is null "
                + "and not exists (select 1 from employer_import_seen s where s.import_id = ? "
                + "and s.org_number = u.org_number)", Timestamp.from(started), id));
        return marked == null ? 0 : marked;
    }

    /** The file broke off: stored as a rejection at its position too, so the list of rows shows where it stopped. */
    private String fatal(long id, Progress progress, RegisterFileException e, RegisterKind kind) {
        Rejection.Reason reason = e.positionKind() == RawRow.PositionKind.INDEX
                ? Rejection.Reason.MALFORMED_JSON : Rejection.Reason.MALFORMED_CSV;
        ImportCounts c = progress.counts;
        progress.counts = new ImportCounts(c.bytesRead(), c.rowsRead(), c.inserted(), c.updated(), c.unchanged(),
                c.rejected() + 1, c.markedMissing());
        inTransaction(() -> jobs.reject(jdbc, id,
                List.of(new Rejection(e.positionKind(), e.position(), null, reason, e.getMessage()))));
        return (e.positionKind() == RawRow.PositionKind.INDEX ? "[" + e.position() + "] " : "line " + e.position()
                + ": ") + e.getMessage();
    }

    private void inTransaction(Runnable work) {
        chunkTransaction.executeWithoutResult(status -> work.run());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * Rows for {@code COPY … from stdin} in PostgreSQL's text format, sent in small buffers as they are encoded, so
     * a chunk never exists a second time as one large text in memory.
     */
    static final class StageRows {

        private static final int BUFFER_CHARS = 32 * 1024;

        private StageRows() {
        }

        static void write(List<RegisterUnit> units, List<String> seenOnly, CopyIn copy) throws SQLException {
            StringBuilder out = new StringBuilder(BUFFER_CHARS + 1024);
            for (RegisterUnit u : units) {
                // each value made text once, for the row and its digest: the stage's columns are the digest's
                // values with "valid" after the organisation number and the digest last
                String[] texts = u.texts();
                value(out, texts[0]);
                out.append("\tt");
                for (int i = 1; i < texts.length; i++) {
                    out.append('\t');
                    value(out, texts[i]);
                }
                out.append('\t').append(RegisterUnit.digest(texts)).append('\n');
                flushWhenFull(out, copy);
            }
            for (String orgNumber : seenOnly) {
                out.append(orgNumber).append("\tf").append("\t\\N".repeat(26)).append('\n');
                flushWhenFull(out, copy);
            }
            flush(out, copy);
        }

        private static void flushWhenFull(StringBuilder out, CopyIn copy) throws SQLException {
            if (out.length() >= BUFFER_CHARS) {
                flush(out, copy);
            }
        }

        private static void flush(StringBuilder out, CopyIn copy) throws SQLException {
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            out.setLength(0);
        }

        private static void value(StringBuilder out, String text) {
            if (text == null) {
                out.append("\\N");
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }
}
