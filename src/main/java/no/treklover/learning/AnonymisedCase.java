package no.treklover.learning;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An anonymised case of an experience exchange. {@code processId} is shown to its author only, and only while it is a
 * draft: it is null for everyone else, and removed from the database when the case is marked ready.
 */
public record AnonymisedCase(long id, long meetingId, long authorId, String authorName, Long processId, String title,
        Integer ageDecade, String industry, String phase, Integer durationMonths, String measures, String outcome,
        String story, String question, Instant readyAt, long version) {

    public boolean ready() {
        return readyAt != null;
    }

    public List<String> measureTypes() {
        return measures == null ? List.of() : Arrays.asList(measures.split(","));
    }

    AnonymisedCase withoutProcess() {
        return new AnonymisedCase(id, meetingId, authorId, authorName, null, title, ageDecade, industry, phase,
                durationMonths, measures, outcome, story, question, readyAt, version);
    }
}
