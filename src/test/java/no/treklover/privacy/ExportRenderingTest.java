package no.treklover.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.platform.pdf.TaggedPdf;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The JSON and PDF renderings know nothing about particular sections, so a feature's own section just appears. */
class ExportRenderingTest {

    private static final Instant EXPORTED = Instant.parse("2026-11-23T12:00:00Z");

    private final ExportPdf pdf = new ExportPdf(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages-privacy");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static DataExport export(List<ExportRecord> timeline) {
        ExportRecord candidate = new ExportRecord()
                .field("firstName", "Ærlig Øystein")
                .field("birthDate", LocalDate.of(1990, 3, 7))
                .field("effortGroup", ExportCode.of("effortGroup", "VARIG_TILPASSET_INNSATS"))
                .field("phone", null);
        ExportRecord consent = new ExportRecord()
                .field("item", ExportCode.of("noSuchGroup", "STRENGTHS"))
                .field("grantedAt", Instant.parse("2026-01-05T08:15:00Z"))
                .field("active", true);
        return new DataExport(7, EXPORTED, List.of(
                new DataExport.Section("candidate", ExportContent.one(candidate)),
                // A section without a Norwegian heading (a feature that forgot one) is printed under its name.
                new DataExport.Section("laterFeature", ExportContent.blocks(List.of(consent))),
                new DataExport.Section("timeline", ExportContent.lines(timeline)),
                new DataExport.Section("accessLog", ExportContent.lines(List.of()))));
    }

    @Test
    void jsonHasOnePropertyPerSectionWithCodesAndIsoDates() {
        Map<String, Object> json = ExportJson.of(export(List.of(new ExportRecord().field("type", null))));

        assertThat(json.keySet()).containsExactly("candidateId", "exportedAt", "candidate", "laterFeature", "timeline",
                "accessLog");
        assertThat(json.get("exportedAt")).isEqualTo("2026-11-23T12:00:00Z");
        @SuppressWarnings("unchecked")
        Map<String, Object> candidate = (Map<String, Object>) json.get("candidate");
        assertThat(candidate).containsEntry("birthDate", "1990-03-07")
                .containsEntry("effortGroup", "VARIG_TILPASSET_INNSATS").containsEntry("phone", null);
        assertThat((List<?>) json.get("laterFeature")).hasSize(1);
        assertThat((List<?>) json.get("accessLog")).isEmpty();
    }

    @Test
    void thePdfPrintsEverySectionInNorwegianAndRunsOverAsManyPagesAsItNeeds() {
        List<ExportRecord> timeline = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            timeline.add(new ExportRecord()
                    .field("occurredAt", Instant.parse("2026-02-01T09:30:00Z").plusSeconds(i * 3600L))
                    .field("type", ExportCode.of("privacy.event", "PHASE_FORWARD"))
                    .field("toPhase", ExportCode.of("phase", "ASSESSMENT"))
                    .field("comment", "Langt ord: " + "x".repeat(300) + " 👍🏽 \t slutt\r\nny linje"));
        }

        byte[] document = pdf.render(export(timeline));

        String text = Downloads.pdfText(document);
        int pages = Downloads.pageCount(document);
        assertThat(pages).isGreaterThan(2);
        assertThat(text).contains("Innsyn i personopplysninger", "Kandidaten", "Ærlig Øystein", "07.03.1990",
                "Varig tilpasset innsats", "Telefon –", "Tidslinje", "Flyttet videre", "Kartlegging",
                "01.02.2026 kl. 10:30", "laterFeature 1 av 1", "STRENGTHS", "05.01.2026 kl. 09:15", "Ja", "Ingen opplysninger.",
                "??", "slutt", "ny linje", "side " + pages + " av " + pages);
    }

    @Test
    void thePdfIsTaggedSoAScreenReaderReadsItsSectionsFieldsAndListsInOrder() {
        List<ExportRecord> timeline = List.of(new ExportRecord()
                .field("occurredAt", Instant.parse("2026-02-01T09:30:00Z"))
                .field("type", ExportCode.of("privacy.event", "PHASE_FORWARD"))
                .field("toPhase", ExportCode.of("phase", "ASSESSMENT"))
                .field("comment", "Godt i gang"));

        TaggedPdf tagged = TaggedPdf.read(pdf.render(export(timeline))).assertAccessible("Innsyn i personopplysninger");

        assertThat(tagged.all("H1")).extracting(TaggedPdf.Tagged::text).containsExactly("Innsyn i personopplysninger");
        assertThat(tagged.all("H2")).extracting(TaggedPdf.Tagged::text)
                .containsExactly("Kandidaten", "laterFeature", "Tidslinje", "Hvem har sett eller endret opplysningene");
        assertThat(tagged.all("H3")).extracting(TaggedPdf.Tagged::text).containsExactly("laterFeature 1 av 1");
        // the candidate's fields: each label the header of its row; the timeline: a table with column headers
        assertThat(tagged.all("TH")).filteredOn(th -> "Row".equals(th.scope())).extracting(TaggedPdf.Tagged::text)
                .contains("Fødselsdato", "Telefon");
        assertThat(tagged.all("TH")).filteredOn(th -> "Column".equals(th.scope())).hasSize(4);
        assertThat(tagged.readingOrderText()).containsSubsequence("Innsyn i personopplysninger", "Kandidaten",
                "Fødselsdato", "07.03.1990", "Tidslinje", "01.02.2026 kl. 10:30", "Flyttet videre", "Kartlegging",
                "Godt i gang", "Hvem har sett eller endret opplysningene", "Ingen opplysninger.");
    }

    @Test
    void aRecordRefusesValuesTheRenderersCannotShow() {
        assertThatThrownBy(() -> new ExportRecord().field("list", List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportContent(ExportContent.Layout.ONE,
                List.of(new ExportRecord(), new ExportRecord()))).isInstanceOf(IllegalArgumentException.class);
    }
}
