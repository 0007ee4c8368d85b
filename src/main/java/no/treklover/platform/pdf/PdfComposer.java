package no.treklover.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out text on A4 pages top to bottom: headings, paragraphs and label–value rows, wrapped to the width and
 * continued on a new page when one is full. Uses the PDF standard fonts, so nothing has to be embedded.
 */
public final class PdfComposer {

    private record Style(PDType1Font font, float size) {
        float leading() {
            return size * 1.35f;
        }
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 165;
    private static final float VALUE_X = MARGIN + LABEL_WIDTH + 10;
    private static final float FOOTER_Y = 30;

    private final PDDocument document = new PDDocument();
    private final Style title;
    private final Style heading;
    private final Style subheading;
    private final Style body;
    private final Style label;
    private final Style small;
    private final Style smallBold;
    private final PdfSafeText safe;
    private PDPageContentStream stream;
    private float y;

    public PdfComposer(String documentTitle) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        title = new Style(bold, 18);
        heading = new Style(bold, 14);
        subheading = new Style(bold, 11);
        body = new Style(regular, 10);
        label = new Style(bold, 10);
        small = new Style(regular, 8.5f);
        smallBold = new Style(bold, 8.5f);
        safe = new PdfSafeText(regular);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(safe.clean(documentTitle));
        info.setCreator("Trekløver");
        document.getDocumentCatalog().setLanguage("nb-NO");
        newPage();
    }

    public void title(String text) {
        lines(wrap(text, title, WIDTH), title, MARGIN);
        y -= 6;
    }

    public void heading(String text) {
        y -= 12;
        List<String> lines = wrap(text, heading, WIDTH);
        keepSpace(lines.size() * heading.leading() + 3 * body.leading());
        lines(lines, heading, MARGIN);
        y -= 2;
    }

    public void subheading(String text) {
        y -= 6;
        List<String> lines = wrap(text, subheading, WIDTH);
        keepSpace(lines.size() * subheading.leading() + 2 * body.leading());
        lines(lines, subheading, MARGIN);
    }

    public void paragraph(String text) {
        lines(wrap(text, body, WIDTH), body, MARGIN);
        y -= 4;
    }

    /** A compact line of a list (timeline, access log); {@code header} sets it in bold. */
    public void listLine(String text, boolean header) {
        Style style = header ? smallBold : small;
        lines(wrap(text, style, WIDTH), style, MARGIN);
        y -= 2;
    }

    /** A label on the left and its value on the right, both wrapped in their own column. */
    public void field(String labelText, String value) {
        List<String> labelLines = wrap(labelText, label, LABEL_WIDTH);
        List<String> valueLines = wrap(value, body, PAGE.getWidth() - MARGIN - VALUE_X);
        for (int i = 0; i < Math.max(labelLines.size(), valueLines.size()); i++) {
            nextLine(body.leading());
            if (i < labelLines.size()) {
                show(labelLines.get(i), label, MARGIN);
            }
            if (i < valueLines.size()) {
                show(valueLines.get(i), body, VALUE_X);
            }
        }
        y -= 2;
    }

    /** Finishes the document with a footer on every page; {@code footer} gets the page number and the page count. */
    public byte[] finish(BiFunction<Integer, Integer, String> footer) {
        try (document) {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    footerStream.setNonStrokingColor(0.35f);
                    footerStream.beginText();
                    footerStream.setFont(small.font(), small.size());
                    footerStream.newLineAtOffset(MARGIN, FOOTER_Y);
                    footerStream.showText(safe.clean(footer.apply(i + 1, pages)));
                    footerStream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private void lines(List<String> lines, Style style, float x) {
        for (String line : lines) {
            nextLine(style.leading());
            show(line, style, x);
        }
    }

    private void nextLine(float leading) {
        y -= leading;
        if (y < MARGIN) {
            newPage();
            y -= leading;
        }
    }

    /** Starts a new page unless this much room is left, so a heading is not left alone at the bottom. */
    private void keepSpace(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void show(String text, Style style, float x) {
        if (text.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(style.font(), style.size());
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Safe text broken into lines that fit the width: at line breaks, between words, or inside a too-long word. */
    private List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : safe.clean(paragraph).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, style) > width) {
                    int fits = fittingPrefix(word, style, width);
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fittingPrefix(String word, Style style, float width) {
        int end = 1;
        while (end < word.length() && width(word.substring(0, end + 1), style) <= width) {
            end++;
        }
        return end;
    }

    private static float width(String text, Style style) {
        try {
            return style.font().getStringWidth(text) / 1000 * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
