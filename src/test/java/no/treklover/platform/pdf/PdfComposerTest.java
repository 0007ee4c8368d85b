package no.treklover.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composer's PDFs are tagged PDF/UA documents: structure, language, title, reading order, embedded fonts. */
class PdfComposerTest {

    private static final String TITLE = "Innsyn i personopplysninger & <mer>";

    private static byte[] sample(int tableRows) {
        PdfComposer pdf = new PdfComposer(TITLE);
        pdf.title(TITLE);
        pdf.paragraph("Dette er en kopi av opplysningene. " + "Lang tekst som brytes over flere linjer. ".repeat(8));
        pdf.heading("Kandidaten");
        pdf.field("Fornavn", "Ærlig Øystein");
        pdf.field("Ønsker", "Bake brød 🍞 og kaker مرحبا\nny linje");
        pdf.subheading("Tiltak 1 av 1");
        pdf.field("Tiltak", "Mentor");
        pdf.heading("Tidslinje");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < tableRows; i++) {
            rows.add(List.of("01.02.2026 10:" + String.format("%02d", i % 60), "Flyttet videre",
                    "Rad " + i + " " + "med en lengre kommentar ".repeat(i % 4)));
        }
        pdf.table(List.of("Tidspunkt", "Hendelse", "Kommentar"), rows);
        pdf.paragraph("Slutt.");
        return pdf.finish((page, pages) -> "side " + page + " av " + pages);
    }

    @Test
    void theDocumentIsMarkedInNorwegianWithItsTitleShownAndNamedPdfUa() {
        TaggedPdf.read(sample(3)).assertAccessible(TITLE);
    }

    @Test
    void everyTextIsInAStructureElementInReadingOrder() {
        TaggedPdf pdf = TaggedPdf.read(sample(3));

        assertThat(pdf.all("H1")).extracting(TaggedPdf.Tagged::text).containsExactly(TITLE);
        assertThat(pdf.all("H2")).extracting(TaggedPdf.Tagged::text).containsExactly("Kandidaten", "Tidslinje");
        assertThat(pdf.all("H3")).extracting(TaggedPdf.Tagged::text).containsExactly("Tiltak 1 av 1");
        assertThat(pdf.all("P")).extracting(TaggedPdf.Tagged::text)
                .first().asString().startsWith("Dette er en kopi av opplysningene. Lang tekst");
        assertThat(pdf.all("Table")).hasSize(3);
        assertThat(pdf.all("TH")).extracting(TaggedPdf.Tagged::text, TaggedPdf.Tagged::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Fornavn", "Row"),
                org.assertj.core.groups.Tuple.tuple("Ønsker", "Row"),
                org.assertj.core.groups.Tuple.tuple("Tiltak", "Row"),
                org.assertj.core.groups.Tuple.tuple("Tidspunkt", "Column"),
                org.assertj.core.groups.Tuple.tuple("Hendelse", "Column"),
                org.assertj.core.groups.Tuple.tuple("Kommentar", "Column"));
        assertThat(pdf.all("TD")).extracting(TaggedPdf.Tagged::text).startsWith("Ærlig Øystein",
                "Bake brød ? og kaker ????? ny linje", "Mentor", "01.02.2026 10:00", "Flyttet videre", "Rad 0");
        // the order a screen reader follows is the order on the page
        String reading = pdf.readingOrderText();
        assertThat(reading).containsSubsequence(TITLE, "Dette er en kopi", "Kandidaten", "Fornavn", "Ærlig Øystein",
                "Ønsker", "Bake brød", "Tiltak 1 av 1", "Tidslinje", "Tidspunkt", "Hendelse", "Kommentar",
                "01.02.2026 10:00", "Rad 0", "01.02.2026 10:01", "Rad 1", "Slutt.");
        assertThat(reading).as("the footer is an artifact").doesNotContain("side 1 av");
        assertThat(pdf.visibleText()).contains("side 1 av 1");
    }

    @Test
    void wordsWithLigatureLettersReadBackAsWritten() {
        PdfComposer composer = new PdfComposer(TITLE);
        composer.title(TITLE);
        composer.paragraph("Bedriften fikk offisielt tilbud, flott effektiv oppfølging");
        composer.heading("Effektiv oppfølging i bedriften");
        TaggedPdf pdf = TaggedPdf.read(composer.finish((page, pages) -> ""));

        assertThat(pdf.visibleText()).contains("Bedriften fikk offisielt tilbud, flott effektiv oppfølging",
                "Effektiv oppfølging i bedriften");
        assertThat(pdf.all("H2")).extracting(TaggedPdf.Tagged::text)
                .containsExactly("Effektiv oppfølging i bedriften");
    }

    @Test
    void theReadingOrderCheckCatchesAStructureOutOfPageOrder() {
        TaggedPdf swapped = new TaggedPdf(true, "nb-NO", true, "T", "T", "1",
                List.of(new TaggedPdf.Tagged("P", "andre avsnitt", null), new TaggedPdf.Tagged("P", "første", null)),
                List.of(), 0, "første\nside 1 av 1\nandre avsnitt\n");
        assertThat(swapped.firstWordOutOfOrder()).isEqualTo("første");
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeadersRepeatedButTaggedOnce() {
        int rows = 160;
        TaggedPdf pdf = TaggedPdf.read(sample(rows)).assertAccessible(TITLE);

        assertThat(pdf.visibleText()).contains("side 3 av");
        assertThat(pdf.visibleText().split("Kommentar", -1).length - 1)
                .as("the header row is printed on each page of the table").isGreaterThan(2);
        assertThat(pdf.all("TH").stream().filter(th -> th.text().equals("Kommentar"))).hasSize(1);
        assertThat(pdf.all("TR")).hasSize(3 + 1 + rows);
        List<String> firstCells = new ArrayList<>();
        List<TaggedPdf.Tagged> cells = pdf.all("TD");
        for (int i = 3; i < cells.size(); i += 3) {
            firstCells.add(cells.get(i + 2).text().split(" med")[0]);
        }
        assertThat(firstCells).hasSize(rows).startsWith("Rad 0", "Rad 1").endsWith("Rad " + (rows - 1));
    }

    @Test
    void aValueLongerThanAPageContinuesInTheSameCell() {
        PdfComposer composer = new PdfComposer("Lang");
        composer.title("Lang");
        composer.field("Kommentar", "ord ".repeat(3000) + "slutt");
        composer.table(List.of("A", "B"), List.of(List.of("x", "ord ".repeat(2500) + "siste")));
        TaggedPdf pdf = TaggedPdf.read(composer.finish((page, pages) -> page + "/" + pages)).assertAccessible("Lang");

        assertThat(pdf.visibleText()).as("several pages").containsPattern("1/[3-9]");
        assertThat(pdf.all("TD")).extracting(TaggedPdf.Tagged::text)
                .satisfiesExactly(
                        value -> assertThat(value).startsWith("ord ord").endsWith("slutt"),
                        x -> assertThat(x).isEqualTo("x"),
                        value -> assertThat(value).startsWith("ord ord").endsWith("siste"));
    }
}
