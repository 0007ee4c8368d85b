package no.treklover.privacy;

import java.util.List;
import java.util.Map;
import no.treklover.platform.pdf.PdfComposer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A data export as a readable, tagged A4 PDF (PDF/UA, so a screen reader reads it too): a heading per section,
 * Norwegian labels and values, a record's fields as a two-column table and many short records as a table.
 */
@Component
class ExportPdf {

    private final MessageSource messages;

    ExportPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(DataExport export) {
        ExportTexts texts = new ExportTexts(messages);
        PdfComposer pdf = new PdfComposer(texts.text("privacy.pdf.title"));
        pdf.title(texts.text("privacy.pdf.title"));
        pdf.paragraph(texts.text("privacy.pdf.intro", String.valueOf(export.candidateId()),
                texts.time(export.exportedAt())));
        for (DataExport.Section section : export.sections()) {
            pdf.heading(texts.section(section.name()));
            String intro = texts.optional("privacy.section." + section.name() + ".intro");
            if (intro != null) {
                pdf.paragraph(intro);
            }
            render(pdf, texts, section);
        }
        return pdf.finish((page, pages) -> texts.text("privacy.pdf.footer", page, pages));
    }

    private static void render(PdfComposer pdf, ExportTexts texts, DataExport.Section section) {
        ExportContent content = section.content();
        if (content.records().isEmpty()) {
            pdf.paragraph(texts.text("privacy.pdf.empty"));
            return;
        }
        switch (content.layout()) {
            case ONE -> fields(pdf, texts, content.records().get(0));
            case BLOCKS -> {
                int count = content.records().size();
                for (int i = 0; i < count; i++) {
                    pdf.subheading(texts.text("privacy.pdf.item", texts.section(section.name()), i + 1, count));
                    fields(pdf, texts, content.records().get(i));
                }
            }
            case LINES -> pdf.table(
                    content.records().get(0).fields().keySet().stream().map(texts::label).toList(),
                    content.records().stream().map(record -> cells(texts, record.fields())).toList());
        }
    }

    private static void fields(PdfComposer pdf, ExportTexts texts, ExportRecord record) {
        record.fields().forEach((name, value) -> pdf.field(texts.label(name), texts.value(value)));
    }

    private static List<String> cells(ExportTexts texts, Map<String, Object> fields) {
        return fields.values().stream().map(texts::value).toList();
    }
}
