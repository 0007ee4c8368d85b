package no.treklover.agreement.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.agreement.AgreementContent;

/** Which fields differ between two versions' contents, in the agreement's order. Pure. */
public final class VersionDiff {

    /** One changed field; values as stored (null when empty). */
    public record FieldChange(String field, Object before, Object after) {
    }

    private VersionDiff() {
    }

    public static List<FieldChange> between(AgreementContent before, AgreementContent after) {
        Map<String, Object> a = ContentFields.flatten(before);
        Map<String, Object> b = ContentFields.flatten(after);
        List<FieldChange> changes = new ArrayList<>();
        a.forEach((field, value) -> {
            Object next = b.get(field);
            if (!ContentFields.same(value, next)) {
                changes.add(new FieldChange(field, ContentFields.blankToNull(value), ContentFields.blankToNull(next)));
            }
        });
        return changes;
    }
}
