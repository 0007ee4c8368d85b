package no.treklover.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.treklover.process.ProcessEventType;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The printed export is read by the candidate, so it must never fall back to a code: every section has a heading,
 * and every field and code that the demo candidates' exports contain has a Norwegian text.
 */
@IntegrationTest
class ExportLabelsTest {

    @Autowired
    List<ExportSection> sections;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySectionFieldAndCodeHasANorwegianText() {
        ExportTexts texts = new ExportTexts(messages);
        List<Long> candidates = jdbc.sql("""
                        select c.id from candidate c
                         where c.anonymised_at is null
                           and (exists (select 1 from mentor_agreement a where a.candidate_id = c.id)
                                or exists (select 1 from app_user u where u.candidate_id = c.id))""")
                .query(Long.class).list();
        assertThat(candidates).as("the demo has candidates with agreements and accounts").isNotEmpty();

        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> sectionsWithRecords = new TreeSet<>();
        for (ExportSection section : sections) {
            if (texts.optional("privacy.section." + section.name()) == null) {
                missing.add("privacy.section." + section.name());
            }
            for (long candidate : candidates) {
                for (ExportRecord record : section.collect(new ExportSubject(candidate, true)).records()) {
                    sectionsWithRecords.add(section.name());
                    for (Map.Entry<String, Object> field : record.fields().entrySet()) {
                        if (texts.label(field.getKey()).equals(field.getKey())) {
                            missing.add("privacy.field." + field.getKey());
                        }
                        if (field.getValue() instanceof ExportCode code && texts.optional(code.messageKey()) == null) {
                            missing.add(code.messageKey());
                        }
                    }
                }
            }
        }
        // Timeline entries of every kind, whether or not the demo data has one yet.
        for (ProcessEventType type : ProcessEventType.values()) {
            if (texts.optional("privacy.event." + type.name()) == null) {
                missing.add("privacy.event." + type.name());
            }
        }
        assertThat(sectionsWithRecords).as("the check reaches the features' sections")
                .contains("candidate", "processes", "timeline", "agreements", "meetings", "weeklyPlan");
        assertThat(missing).isEmpty();
    }
}
