package no.treklover.employer.register;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar treklover.jar --import-employers=FILE [--full] [--units | --sub-units]}: imports one of
 * Enhetsregisteret's files into the configured database, prints a line per chunk and a summary, and exits with 0
 * (imported, bad rows rejected and listed), 1 (the file broke off: what was read before is kept) or 2 (could not
 * import). {@code TrekloverApplication} starts no web server for it, and it runs before the app is ready, so no demo
 * data is loaded. Without the option it does nothing. Whether the file holds enheter or underenheter is told by its
 * content unless {@code --units} or {@code --sub-units} says so.
 */
@Component
class ImportEmployersCommand implements ApplicationRunner {

    public static final String OPTION = "import-employers";
    static final int IMPORTED = 0;
    static final int BROKE_OFF = 1;
    static final int FAILED = 2;

    private final EmployerImporter importer;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final IntConsumer exit;
    private final PrintStream out;

    @Autowired
    ImportEmployersCommand(EmployerImporter importer, ImportJobs jobs, MessageSource messages,
            ConfigurableApplicationContext context) {
        this(importer, jobs, messages, code -> System.exit(SpringApplication.exit(context, () -> code)), System.out);
    }

    ImportEmployersCommand(EmployerImporter importer, ImportJobs jobs, MessageSource messages, IntConsumer exit,
            PrintStream out) {
        this.importer = importer;
        this.jobs = jobs;
        this.messages = messages;
        this.exit = exit;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        exit.accept(importFile(args));
    }

    private int importFile(ApplicationArguments args) {
        List<String> values = args.getOptionValues(OPTION);
        String name = values != null && !values.isEmpty() && !values.get(0).isBlank() ? values.get(0)
                : args.getNonOptionArgs().isEmpty() ? null : args.getNonOptionArgs().get(0);
        if (name == null) {
            out.println("Bruk: --import-employers=FIL [--full] [--units | --sub-units]");
            return FAILED;
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            out.println("Finner ikke filen " + file.toAbsolutePath());
            return FAILED;
        }
        RegisterKind kind = args.containsOption("sub-units") ? RegisterKind.SUB_UNITS
                : args.containsOption("units") ? RegisterKind.UNITS : null;
        boolean full = args.containsOption("full");
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            long id = importer.create(kind, file.getFileName().toString(), full, "kommandolinje", size);
            out.printf(Locale.ROOT, "Import %d av %s (%s byte)%n", id, file, NorwegianFormat.amount(size));
            ImportJob job = importer.run(id, in, new EmployerImporter.Options(kind, full), counts ->
                    out.printf(Locale.ROOT, "%s rader lest (%d %%): %s nye, %s oppdatert, %s uendret, %s avvist%n",
                            NorwegianFormat.amount(counts.rowsRead()), size == 0 ? 100 : counts.bytesRead() * 100 / size,
                            NorwegianFormat.amount(counts.inserted()), NorwegianFormat.amount(counts.updated()),
                            NorwegianFormat.amount(counts.unchanged()), NorwegianFormat.amount(counts.rejected())));
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "%s: %s rader lest på %.1f s (%s rader/s): %s nye, %s oppdatert, %s uendret, "
                            + "%s avvist, %s merket som borte fra registeret%n",
                    job.status() == ImportJob.Status.SUCCEEDED ? "Ferdig" : "Stoppet",
                    NorwegianFormat.amount(job.rowsRead()), seconds,
                    NorwegianFormat.amount(Math.round(job.rowsRead() / Math.max(seconds, 0.001))),
                    NorwegianFormat.amount(job.rowsInserted()), NorwegianFormat.amount(job.rowsUpdated()),
                    NorwegianFormat.amount(job.rowsUnchanged()), NorwegianFormat.amount(job.rowsRejected()),
                    NorwegianFormat.amount(job.markedMissing()));
            for (Rejection r : jobs.rejections(id, org.springframework.data.domain.PageRequest.of(0, 20))) {
                out.printf(Locale.ROOT, "  avvist: %s %d, %s: %s (%s)%n",
                        r.positionKind() == RawRow.PositionKind.INDEX ? "element" : "linje", r.position(),
                        r.orgNumber() == null ? "uten organisasjonsnummer" : r.orgNumber(),
                        messages.getMessage("employerImport.reason." + r.reason().name(), null, NorwegianFormat.NORWEGIAN),
                        r.detail());
            }
            if (job.failure() != null) {
                out.println("Filen kunne ikke leses videre: " + job.failure());
                return BROKE_OFF;
            }
            return IMPORTED;
        } catch (Exception e) {
            out.println("Importen kunne ikke kjøres: " + e.getMessage());
            return FAILED;
        } finally {
            out.flush();
        }
    }
}
