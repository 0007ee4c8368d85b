package no.treklover.platform.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV as Norwegian spreadsheets read it: semicolons between cells, a decimal comma, UTF-8 with a byte-order mark so
 * that Excel reads æøå; text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The tables one after the other, each headed by its title on a line of its own and parted by a blank line. */
    public static String of(List<ExportTable> tables) {
        StringBuilder out = new StringBuilder(BOM);
        for (ExportTable table : tables) {
            if (out.length() > BOM.length()) {
                out.append("\r\n");
            }
            out.append(cell(table.title())).append("\r\n");
            line(out, List.copyOf(table.header()));
            table.rows().forEach(row -> line(out, row));
        }
        return out.toString();
    }

    /** One table without a title: its header line, then its rows. */
    public static String of(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell: numbers as they are (decimal comma), text quoted where it must be and never as a formula. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
