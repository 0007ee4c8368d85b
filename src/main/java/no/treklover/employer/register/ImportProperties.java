package no.treklover.employer.register;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code treklover.employer-import}: the folder whose files may be named for an import, where uploads are kept while
 * they are imported, and the largest upload.
 */
@ConfigurationProperties("treklover.employer-import")
record ImportProperties(Path directory, Path uploadDirectory, DataSize maxUpload) {

    ImportProperties {
        directory = directory == null ? Path.of("data", "import") : directory;
        uploadDirectory = uploadDirectory == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "treklover-import") : uploadDirectory;
        maxUpload = maxUpload == null ? DataSize.ofGigabytes(4) : maxUpload;
    }
}
