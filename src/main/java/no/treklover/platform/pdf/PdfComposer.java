package no.treklover.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Lays out text on A4 pages top to bottom — headings, paragraphs, label–value rows and tables, wrapped to the width
 * and continued on a new page when one is full — as a tagged, accessible PDF (PDF/UA-1): every piece of text is
 * marked content of a structure element (H1–H3, P, Table with TR/TH/TD, the headers scoped), in the order it is
 * read; page footers and repeated table headers are artifacts; the document says its language (nb-NO) and its
 * title (shown as the window title), and its XMP metadata names it PDF/UA. The font is Source Sans 3 (the design
 * system's font, from the front-end build), embedded as a subset, so a screen reader and any viewer get the same
 * text.
 */
public final class PdfComposer {

    private record Style(PDFont font, float size) {
        float leading() {
            return size * 1.35f;
        }
    }

    private static final String LANGUAGE = "nb-NO";
    private static final String REGULAR_FONT = "/fonts/TTF/SourceSans3-Regular.ttf";
    private static final String SEMIBOLD_FONT = "/fonts/TTF/SourceSans3-Semibold.ttf";
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 165;
    private static final float VALUE_X = MARGIN + LABEL_WIDTH + 10;
    private static final float FOOTER_Y = 30;
    private static final float COLUMN_GAP = 8;

    private final PDDocument document = new PDDocument();
    private final String documentTitle;
    private final Style title;
    private final Style heading;
    private final Style subheading;
    private final Style body;
    private final Style label;
    private final Style small;
    private final Style smallBold;
    private final PdfSafeText safe;
    private final PDStructureTreeRoot structure = new PDStructureTreeRoot();
    private final PDStructureElement root;
    /** Per page, the structure element of each marked-content id (the parent tree). */
    private final List<List<PDStructureElement>> marked = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    /** The structure element whose marked content is open, continued on the next page at a page break. */
    private PDStructureElement open;
    /** The table the label–value rows of {@link #field} go into, until something else is written. */
    private PDStructureElement fieldTable;
    /** The header row of the table being written, repeated (as an artifact) at the top of each further page. */
    private Runnable repeatHeader;

    public PdfComposer(String documentTitle) {
        PDFont regular = font(REGULAR_FONT);
        PDFont semibold = font(SEMIBOLD_FONT);
        title = new Style(semibold, 18);
        heading = new Style(semibold, 14);
        subheading = new Style(semibold, 11.5f);
        body = new Style(regular, 10.5f);
        label = new Style(semibold, 10.5f);
        small = new Style(regular, 9);
        smallBold = new Style(semibold, 9);
        safe = new PdfSafeText(regular);
        this.documentTitle = safe.clean(documentTitle);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(this.documentTitle);
        info.setCreator("Trekløver");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        catalog.setStructureTreeRoot(structure);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, structure);
        root.setLanguage(LANGUAGE);
        structure.appendKid(root);
        newPage();
    }

    public void title(String text) {
        block(StandardStructureTypes.H1, wrap(text, title, WIDTH), title);
        y -= 6;
    }

    public void heading(String text) {
        y -= 12;
        List<String> lines = wrap(text, heading, WIDTH);
        keepSpace(lines.size() * heading.leading() + 3 * body.leading());
        block(StandardStructureTypes.H2, lines, heading);
        y -= 2;
    }

    public void subheading(String text) {
        y -= 6;
        List<String> lines = wrap(text, subheading, WIDTH);
        keepSpace(lines.size() * subheading.leading() + 2 * body.leading());
        block(StandardStructureTypes.H3, lines, subheading);
    }

    public void paragraph(String text) {
        block(StandardStructureTypes.P, wrap(text, body, WIDTH), body);
        y -= 4;
    }

    /** A compact line (a list of periods, say); {@code header} sets it in bold. */
    public void listLine(String text, boolean header) {
        Style style = header ? smallBold : small;
        block(StandardStructureTypes.P, wrap(text, style, WIDTH), style);
        y -= 2;
    }

    /**
     * A label on the left and its value on the right, both wrapped in their own column. Consecutive fields are one
     * table of two columns, each label the header of its row.
     */
    public void field(String labelText, String value) {
        if (fieldTable == null) {
            fieldTable = element(StandardStructureTypes.TABLE, root);
        }
        PDStructureElement row = element(StandardStructureTypes.TR, fieldTable);
        PDStructureElement header = headerCell(row, PDTableAttributeObject.SCOPE_ROW);
        PDStructureElement cell = element(StandardStructureTypes.TD, row);
        List<String> labelLines = wrap(labelText, label, LABEL_WIDTH);
        List<String> valueLines = wrap(value, body, PAGE.getWidth() - MARGIN - VALUE_X);
        keepSpace(Math.max(labelLines.size(), valueLines.size()) * body.leading());
        float top = y;
        int firstPage = marked.size();
        begin(header);
        for (String line : labelLines) {
            y -= body.leading();
            show(line, label, MARGIN);
        }
        end();
        float belowLabel = y;
        y = top;
        begin(cell);
        for (String line : valueLines) {
            nextLine(body.leading());
            show(line, body, VALUE_X);
        }
        end();
        if (marked.size() == firstPage) {
            y = Math.min(y, belowLabel);
        }
        y -= 2;
    }

    /**
     * A table with a header row: the columns as wide as their text needs, the widest sharing what is left, each cell
     * wrapped in its column; a row is never split over two pages, and a page it continues on repeats the headers.
     */
    public void table(List<String> headers, List<List<String>> rows) {
        closeFieldTable();
        PDStructureElement table = element(StandardStructureTypes.TABLE, root);
        float[] widths = columnWidths(headers, rows);
        List<List<String>> wrappedHeaders = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            wrappedHeaders.add(wrap(headers.get(i), smallBold, widths[i]));
        }
        keepSpace(rowHeight(wrappedHeaders, smallBold) + small.leading() * 3);
        PDStructureElement headerRow = element(StandardStructureTypes.TR, table);
        List<PDStructureElement> headerCells = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            headerCells.add(headerCell(headerRow, PDTableAttributeObject.SCOPE_COLUMN));
        }
        drawRow(wrappedHeaders, widths, smallBold, headerCells);
        repeatHeader = () -> drawRow(wrappedHeaders, widths, smallBold, null);
        for (List<String> cells : rows) {
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                wrapped.add(wrap(i < cells.size() ? cells.get(i) : "", small, widths[i]));
            }
            PDStructureElement row = element(StandardStructureTypes.TR, table);
            List<PDStructureElement> rowCells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                rowCells.add(element(StandardStructureTypes.TD, row));
            }
            float height = rowHeight(wrapped, small);
            if (height > PAGE.getHeight() - 2 * MARGIN - 3 * small.leading()) {
                stackedRow(wrapped, rowCells);
            } else {
                keepSpace(height);
                drawRow(wrapped, widths, small, rowCells);
            }
        }
        repeatHeader = null;
        y -= 4;
    }

    /** Finishes the document with a footer on every page; {@code footer} gets the page number and the page count. */
    public byte[] finish(BiFunction<Integer, Integer, String> footer) {
        try (document) {
            closeFieldTable();
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    COSDictionary pagination = new COSDictionary();
                    pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                    pagination.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
                    footerStream.beginMarkedContent(ARTIFACT, PDPropertyList.create(pagination));
                    footerStream.setNonStrokingColor(0.35f);
                    footerStream.beginText();
                    footerStream.setFont(small.font(), small.size());
                    footerStream.newLineAtOffset(MARGIN, FOOTER_Y);
                    footerStream.showText(safe.clean(footer.apply(i + 1, pages)));
                    footerStream.endText();
                    footerStream.endMarkedContent();
                }
            }
            parentTree();
            document.getDocumentCatalog().setMetadata(metadata());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    // ---------------------------------------------------------------- structure

    private PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        if (parent instanceof PDStructureElement parentElement) {
            parentElement.appendKid(element);
        } else {
            ((PDStructureTreeRoot) parent).appendKid(element);
        }
        return element;
    }

    private PDStructureElement headerCell(PDStructureElement row, String scope) {
        PDStructureElement header = element(StandardStructureTypes.TH, row);
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(scope);
        header.addAttribute(attributes);
        return header;
    }

    /** Lines of one structure element (a heading, a paragraph) at the left margin, continued over page breaks. */
    private void block(String type, List<String> lines, Style style) {
        closeFieldTable();
        begin(element(type, root));
        for (String line : lines) {
            nextLine(style.leading());
            show(line, style, MARGIN);
        }
        end();
    }

    private void closeFieldTable() {
        fieldTable = null;
    }

    /** Opens marked content for the element on the current page and records it in the element and the parent tree. */
    private void begin(PDStructureElement element) {
        open = element;
        List<PDStructureElement> parents = marked.get(marked.size() - 1);
        int id = parents.size();
        parents.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        try {
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()),
                    PDPropertyList.create(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(id);
        element.appendKid(reference);
    }

    private void end() {
        try {
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open = null;
    }

    /** Content that is not part of the text (rules, repeated headers): marked as an artifact, outside the structure. */
    private void artifact(Runnable draw) {
        try {
            stream.beginMarkedContent(ARTIFACT);
            draw.run();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void parentTree() {
        Map<Integer, COSObjectable> parents = new HashMap<>();
        for (int i = 0; i < marked.size(); i++) {
            COSArray elements = new COSArray();
            marked.get(i).forEach(e -> elements.add(e.getCOSObject()));
            parents.put(i, elements);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parents);
        structure.setParentTree(tree);
        structure.setParentTreeNextKey(marked.size());
    }

    /** XMP with the title (dc:title), the language and the PDF/UA-1 identification. */
    private PDMetadata metadata() throws IOException {
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreatorTool>Trekløver</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(documentTitle), LANGUAGE);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        return metadata;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------- layout

    private void drawRow(List<List<String>> cells, float[] widths, Style style, List<PDStructureElement> elements) {
        float top = y;
        float bottom = top;
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            y = top;
            List<String> lines = cells.get(i);
            float cellX = x;
            if (elements == null) {
                artifact(() -> linesAt(lines, style, cellX));
            } else if (!lines.isEmpty() && !(lines.size() == 1 && lines.get(0).isEmpty())) {
                begin(elements.get(i));
                linesAt(lines, style, cellX);
                end();
            }
            bottom = Math.min(bottom, y);
            x += widths[i] + COLUMN_GAP;
        }
        y = bottom - 3;
    }

    private void linesAt(List<String> lines, Style style, float x) {
        for (String line : lines) {
            y -= style.leading();
            show(line, style, x);
        }
    }

    /** A row too tall for a page: each cell below the other, full width, continued over page breaks. */
    private void stackedRow(List<List<String>> cells, List<PDStructureElement> elements) {
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = wrap(String.join(" ", cells.get(i)), small, WIDTH);
            begin(elements.get(i));
            for (String line : lines) {
                nextLine(small.leading());
                show(line, small, MARGIN);
            }
            end();
        }
        y -= 3;
    }

    private static float rowHeight(List<List<String>> cells, Style style) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * style.leading() + 3;
    }

    /** Columns as wide as their widest text where that fits an equal share; the rest share what is left equally. */
    private float[] columnWidths(List<String> headers, List<List<String>> rows) {
        int columns = headers.size();
        float[] natural = new float[columns];
        for (int i = 0; i < columns; i++) {
            natural[i] = widest(headers.get(i), smallBold);
            for (List<String> row : rows) {
                if (i < row.size()) {
                    natural[i] = Math.max(natural[i], widest(row.get(i), small));
                }
            }
        }
        float[] widths = new float[columns];
        boolean[] settled = new boolean[columns];
        float left = WIDTH - COLUMN_GAP * (columns - 1);
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float share = left / open;
            for (int i = 0; i < columns; i++) {
                if (!settled[i] && natural[i] <= share) {
                    widths[i] = natural[i];
                    settled[i] = true;
                    left -= natural[i];
                    open--;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            if (!settled[i]) {
                widths[i] = left / open;
            }
        }
        return widths;
    }

    private float widest(String text, Style style) {
        float widest = 0;
        for (String line : text.split("\\R")) {
            widest = Math.max(widest, width(safe.clean(line), style));
        }
        return widest;
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
        if (y - needed < MARGIN && y < PAGE.getHeight() - MARGIN) {
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

    /** A new page; marked content that was open goes on there, and a table's header row is repeated. */
    private void newPage() {
        try {
            PDStructureElement continued = open;
            if (stream != null) {
                if (continued != null) {
                    stream.endMarkedContent();
                }
                stream.close();
            }
            page = new PDPage(PAGE);
            page.setStructParents(marked.size());
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            document.addPage(page);
            marked.add(new ArrayList<>());
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
            if (repeatHeader != null && continued == null) {
                Runnable header = repeatHeader;
                repeatHeader = null;
                header.run();
                repeatHeader = header;
            }
            if (continued != null) {
                begin(continued);
            }
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

    /** Source Sans 3 from the class path (the build copies it from the front-end packages), embedded as a subset. */
    private PDFont font(String resource) {
        try (InputStream in = PdfComposer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + resource + " is not on the class path; the Maven "
                        + "build copies it from frontend/node_modules/source-sans (run the build once).");
            }
            return PDType0Font.load(document, new ByteArrayInputStream(FontWithoutLigatures.read(in)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the PDF font " + resource, e);
        }
    }
}
