package no.treklover.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a screen reader and a PDF/UA checker see of a PDF, read back with PDFBox: the catalog's marks, language, title
 * and viewer preference, the XMP metadata, every structure element with its text in structure order (the reading
 * order), the fonts, and any content drawn outside marked content (neither tagged nor an artifact).
 */
public record TaggedPdf(boolean marked, String language, boolean displayDocTitle, String infoTitle, String xmpTitle,
        String pdfUaPart, List<Tagged> elements, List<String> fontsNotEmbedded, int untaggedOperators,
        String visibleText) {

    /** One structure element: its type, the text of its own marked content, and a table header's scope. */
    public record Tagged(String type, String text, String scope) {
    }

    public static TaggedPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            boolean displayTitle = catalog.getViewerPreferences() != null
                    && catalog.getViewerPreferences().displayDocTitle();
            String xmpTitle = null;
            String part = null;
            if (catalog.getMetadata() != null) {
                try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
                    Document xmp = xml(in.readAllBytes());
                    xmpTitle = firstText(xmp, "http://purl.org/dc/elements/1.1/", "title");
                    part = firstText(xmp, "http://www.aiim.org/pdfua/ns/id/", "part");
                }
            }
            Map<String, String> texts = markedTexts(document);
            List<Tagged> elements = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                walk(catalog.getStructureTreeRoot(), document, texts, elements);
            }
            List<String> notEmbedded = new ArrayList<>();
            int untagged = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
                untagged += untaggedOperators(page);
            }
            return new TaggedPdf(marked, catalog.getLanguage(), displayTitle,
                    document.getDocumentInformation().getTitle(), xmpTitle, part, elements, notEmbedded, untagged,
                    pageText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless the PDF meets what PDF/UA-1 asks of the document as a whole: marked, tagged from a structure tree
     * (a Document element first), language nb-NO, this title in the info and as dc:title with DisplayDocTitle, the
     * pdfuaid part in XMP, every font embedded, no content outside marked content, and a structure that reads in the
     * order the pages are drawn.
     */
    public TaggedPdf assertAccessible(String title) {
        assertThat(marked).as("MarkInfo /Marked").isTrue();
        assertThat(elements).as("structure elements").isNotEmpty();
        assertThat(elements.get(0).type()).isEqualTo("Document");
        assertThat(language).as("/Lang").isEqualTo("nb-NO");
        assertThat(displayDocTitle).as("ViewerPreferences /DisplayDocTitle").isTrue();
        assertThat(infoTitle).as("the info's title").isEqualTo(title);
        assertThat(xmpTitle).as("dc:title").isEqualTo(title);
        assertThat(pdfUaPart).as("pdfuaid:part").isEqualTo("1");
        assertThat(fontsNotEmbedded).as("fonts not embedded").isEmpty();
        assertThat(untaggedOperators).as("content neither tagged nor an artifact").isZero();
        assertThat(firstWordOutOfOrder()).as("first word read out of the pages' order").isNull();
        return this;
    }

    /** The structure elements of this type, in reading order. */
    public List<Tagged> all(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** All tagged text in reading order, words separated by single spaces. */
    public String readingOrderText() {
        return String.join(" ", elements.stream().map(Tagged::text).filter(t -> !t.isBlank()).toList());
    }

    /**
     * Null when the structure reads in the order the pages are drawn: each word of the tagged text, in structure
     * order, is found on the pages after the one before it (artifacts such as footers in between); otherwise the
     * first word that is not.
     */
    public String firstWordOutOfOrder() {
        String[] drawn = visibleText.strip().split("\\s+");
        int at = 0;
        for (String word : readingOrderText().split("\\s+")) {
            while (at < drawn.length && !drawn[at].equals(word)) {
                at++;
            }
            if (at == drawn.length) {
                return word;
            }
            at++;
        }
        return null;
    }

    private static void walk(PDStructureNode node, PDDocument document, Map<String, String> texts,
            List<Tagged> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                StringBuilder own = new StringBuilder();
                for (Object part : element.getKids()) {
                    if (part instanceof PDMarkedContentReference reference) {
                        PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                        String text = texts.get(document.getPages().indexOf(page) + ":" + reference.getMCID());
                        if (text != null) {
                            own.append(own.isEmpty() ? "" : " ").append(text);
                        }
                    } else if (part instanceof Integer mcid) {
                        String text = texts.get(document.getPages().indexOf(element.getPage()) + ":" + mcid);
                        if (text != null) {
                            own.append(own.isEmpty() ? "" : " ").append(text);
                        }
                    }
                }
                String scope = null;
                for (int i = 0; i < element.getAttributes().size(); i++) {
                    PDAttributeObject attribute = element.getAttributes().getObject(i);
                    if (attribute instanceof PDTableAttributeObject table) {
                        scope = table.getScope();
                    }
                }
                out.add(new Tagged(element.getStructureType(), own.toString().strip(), scope));
                walk(element, document, texts, out);
            }
        }
    }

    /** The pages' text in drawing order, with the same closely kerned pairs kept as in {@link #markedTexts}. */
    private static String pageText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSuppressDuplicateOverlappingText(false);
        return stripper.getText(document);
    }

    /** The text of each marked-content sequence, by "page index:MCID". */
    private static Map<String, String> markedTexts(PDDocument document) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            // closely kerned pairs (Source Sans's "ft") would otherwise be dropped as "overlapping duplicates"
            extractor.setSuppressDuplicateOverlappingText(false);
            extractor.processPage(document.getPage(i));
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    texts.put(i + ":" + content.getMCID(), text(content));
                }
            }
        }
        return texts;
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        float lastY = Float.NaN;
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                if (!Float.isNaN(lastY) && Math.abs(position.getY() - lastY) > 0.5f) {
                    text.append(' ');
                }
                text.append(position.getUnicode());
                lastY = position.getY();
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Drawing and text operators outside any marked content (BDC/BMC … EMC). */
    private static int untaggedOperators(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        Deque<String> open = new ArrayDeque<>();
        int untagged = 0;
        for (Object token : parser.parse()) {
            if (token instanceof Operator operator) {
                switch (operator.getName()) {
                    case "BDC", "BMC" -> open.push(operator.getName());
                    case "EMC" -> open.pop();
                    case "Tj", "TJ", "'", "\"", "re", "l", "c", "Do", "S", "f", "F", "B" -> {
                        if (open.isEmpty()) {
                            untagged++;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return untagged;
    }

    private static Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException("The XMP metadata is not XML", e);
        }
    }

    private static String firstText(Document xmp, String namespace, String name) {
        NodeList elements = xmp.getElementsByTagNameNS(namespace, name);
        if (elements.getLength() > 0) {
            return ((Element) elements.item(0)).getTextContent().strip();
        }
        // the attribute form: <rdf:Description pdfuaid:part="1"/>
        NodeList descriptions = xmp.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            String value = ((Element) descriptions.item(i)).getAttributeNS(namespace, name);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
