package no.treklover.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one sheet per table in Office Open XML (SpreadsheetML), written directly: text as inline strings,
 * numbers as numbers, the header row bold. Small on purpose; what it writes opens in Excel, LibreOffice and Apache
 * POI (the tests read it with POI).
 */
public final class Xlsx {

    private static final int MAX_SHEET_NAME = 31;

    private Xlsx() {
    }

    public static void write(List<ExportTable> tables, OutputStream target) {
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes(tables.size()));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            entry(zip, "xl/workbook.xml", workbook(tables));
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRelations(tables.size()));
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
                    <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill>\
                    <fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                    </styleSheet>""");
            for (int i = 0; i < tables.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                Writer out = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                sheet(tables.get(i), out);
                out.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(ExportTable table, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        row(out, 1, List.copyOf(table.header()), true);
        for (int r = 0; r < table.rows().size(); r++) {
            row(out, r + 2, table.rows().get(r), false);
        }
        out.write("</sheetData></worksheet>");
    }

    private static void row(Writer out, int number, List<?> cells, boolean header) throws IOException {
        out.write("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            String ref = column(c) + number;
            String style = header ? " s=\"1\"" : "";
            if (value instanceof Number n) {
                String text = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
                out.write("<c r=\"" + ref + "\"" + style + "><v>" + text + "</v></c>");
            } else {
                out.write("<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + escape(value.toString()) + "</t></is></c>");
            }
        }
        out.write("</row>");
    }

    /** A, B, … Z, AA, AB, …: the column's letters. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    private static String contentTypes(int sheets) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= sheets; i++) {
            out.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return out.append("</Types>").toString();
    }

    private static String workbook(List<ExportTable> tables) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            out.append("<sheet name=\"").append(escape(sheetName(tables.get(i).title(), i, used)))
                    .append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return out.append("</sheets></workbook>").toString();
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    static String sheetName(String title, int index, Set<String> used) {
        String name = (title == null || title.isBlank() ? "Ark " + (index + 1) : title).replaceAll("[\\[\\]:*?/\\\\]", " ")
                .strip();
        if (name.length() > MAX_SHEET_NAME) {
            name = name.substring(0, MAX_SHEET_NAME).strip();
        }
        String unique = name;
        for (int n = 2; !used.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return unique;
    }

    private static String workbookRelations(int sheets) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets; i++) {
            out.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        out.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"http://schemas.openxmlformats.org/")
                .append("officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return out.append("</Relationships>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** XML text: the five entities, and no control characters XML 1.0 forbids. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
