package no.treklover.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Names the fields that an edit changed, for the timeline ("what happened"), without copying personal text. */
final class ProcessChanges {

    private static final List<Field> FIELDS = List.of(
            new Field("employerId", ProcessDetails::employerId),
            new Field("counsellorKnewEmployer", ProcessDetails::counsellorKnewEmployer),
            new Field("attachmentAtStart", ProcessDetails::attachmentAtStart),
            new Field("initiative", ProcessDetails::initiative),
            new Field("mentorName", ProcessDetails::mentorName),
            new Field("mentorPhone", ProcessDetails::mentorPhone),
            new Field("mentorEmail", ProcessDetails::mentorEmail),
            new Field("mentorRole", ProcessDetails::mentorRole),
            new Field("goals", ProcessDetails::goals),
            new Field("startDate", ProcessDetails::startDate),
            new Field("endDate", ProcessDetails::endDate),
            new Field("outcome", ProcessDetails::outcome),
            new Field("outcomeNote", ProcessDetails::outcomeNote),
            new Field("followUpStatus", ProcessDetails::followUpStatus),
            new Field("nextAction", ProcessDetails::nextAction),
            new Field("nextActionDue", ProcessDetails::nextActionDue),
            new Field("measureJustification", ProcessDetails::measureJustification),
            new Field("postCheckDate", ProcessDetails::postCheckDate),
            new Field("attachedAtEnd", ProcessDetails::attachedAtEnd),
            new Field("employersContacted", ProcessDetails::employersContacted));

    private record Field(String name, Function<ProcessDetails, Object> value) {
    }

    private ProcessChanges() {
    }

    /** Comma-separated names of the changed fields; empty when nothing changed. */
    static String describe(ProcessDetails before, ProcessDetails after) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
                changed.add(field.name());
            }
        }
        return String.join(",", changed);
    }
}
