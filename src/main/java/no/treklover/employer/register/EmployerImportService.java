package no.treklover.employer.register;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Starts imports of the register's files for the page and the API: from an upload (kept on disk while it is
 * imported) or a file in the configured import folder, one at a time in the background, and answers how far they
 * are. Only the market contact and the administrator ({@link AccessPolicy#requireEmployerImport}).
 */
@Service
public class EmployerImportService {

    /** A plain file name: no folders, so no way out of the import folder. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Logger log = LoggerFactory.getLogger(EmployerImportService.class);

    private final EmployerImporter importer;
    private final ImportJobs jobs;
    private final AccessPolicy policy;
    private final ImportProperties properties;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "employer-import");
        thread.setDaemon(true);
        return thread;
    });

    EmployerImportService(EmployerImporter importer, ImportJobs jobs, AccessPolicy policy,
            ImportProperties properties) {
        this.importer = importer;
        this.jobs = jobs;
        this.policy = policy;
        this.properties = properties;
    }

    /** What to import: the kind (null: told by the file) and whether it is the whole register. */
    public record Request(RegisterKind kind, boolean full) {
    }

    /** The files in the import folder that may be named, by name. */
    public java.util.List<String> serverFiles(CurrentUser user) {
        policy.requireEmployerImport(user);
        try (var files = Files.list(properties.directory())) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> FILE_NAME.matcher(name).matches()).sorted().limit(100).toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /** Imports a file of the import folder; 400 on {@code fileName} for anything else. */
    public ImportJob startServerFile(CurrentUser user, String fileName, Request request) {
        policy.requireEmployerImport(user);
        Path file = serverFile(fileName);
        try {
            long id = importer.create(request.kind(), fileName, request.full(), user.username(), Files.size(file));
            submit(id, file, request, false);
            return jobs.find(id).orElseThrow();
        } catch (IOException e) {
            throw new RuleViolationException("fileName", "employerImport.fileName.unreadable");
        }
    }

    private Path serverFile(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolationException("fileName", "employerImport.fileName.required");
        }
        Path folder = properties.directory().toAbsolutePath().normalize();
        Path file = folder.resolve(fileName).normalize();
        if (!FILE_NAME.matcher(fileName).matches() || !file.getParent().equals(folder) || !Files.isRegularFile(file)
                || !Files.isReadable(file)) {
            throw new RuleViolationException("fileName", "employerImport.fileName.unknown");
        }
        return file;
    }

    /**
     * Imports an uploaded file: streamed to disk first (at most {@code max-upload}), so that the request ends at once
     * and the import reads the file in the background. {@code fileName} is only shown.
     */
    public ImportJob startUpload(CurrentUser user, String fileName, InputStream body, Request request) {
        policy.requireEmployerImport(user);
        Path file;
        try {
            Files.createDirectories(properties.uploadDirectory());
            file = Files.createTempFile(properties.uploadDirectory(), "upload-", ".bin");
            long size;
            try (var out = Files.newOutputStream(file)) {
                size = copy(body, out, properties.maxUpload().toBytes());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            if (size == 0) {
                Files.deleteIfExists(file);
                throw new RuleViolationException("file", "employerImport.file.empty");
            }
            String shown = fileName == null || fileName.isBlank() ? "opplasting" : Path.of(fileName.replace('\\', '/'))
                    .getFileName().toString();
            long id = importer.create(request.kind(), shown.length() > 255 ? shown.substring(0, 255) : shown,
                    request.full(), user.username(), size);
            submit(id, file, request, true);
            return jobs.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies at most {@code limit} bytes; a larger file is refused on the {@code file} field. */
    private static long copy(InputStream in, java.io.OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new RuleViolationException("file", "employerImport.file.tooLarge");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private void submit(long id, Path file, Request request, boolean removeAfter) {
        background.submit(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                importer.run(id, in, new EmployerImporter.Options(request.kind(), request.full()),
                        EmployerImporter.Listener.NONE);
            } catch (IOException | RuntimeException e) {
                log.warn("Import {} could not run", id, e);
            } finally {
                if (removeAfter) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        log.warn("Upload of import {} not removed: {}", id, e.getMessage());
                    }
                }
            }
        });
    }

    public ImportJob get(CurrentUser user, long id) {
        policy.requireEmployerImport(user);
        return jobs.find(id).orElseThrow(() -> new NotFoundException("employer import", id));
    }

    public Page<ImportJob> list(CurrentUser user, Pageable page) {
        policy.requireEmployerImport(user);
        return jobs.list(page);
    }

    public Page<Rejection> rejections(CurrentUser user, long id, Pageable page) {
        get(user, id);
        return jobs.rejections(id, page);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
