package no.treklover.privacy;

import java.time.Instant;
import java.util.List;

/** Everything Trekløver holds about one candidate, section by section, as of {@code exportedAt}. */
public record DataExport(long candidateId, Instant exportedAt, List<Section> sections) {

    public record Section(String name, ExportContent content) {
    }

    public DataExport {
        sections = List.copyOf(sections);
    }
}
