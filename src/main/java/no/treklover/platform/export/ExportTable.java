package no.treklover.platform.export;

import java.util.List;

/**
 * A table to download as CSV or XLSX: its title (a sheet's name, a CSV section), the column names and the rows, each
 * cell text, a whole number, a decimal ({@link java.math.BigDecimal}) or null for an empty cell.
 */
public record ExportTable(String title, List<String> header, List<List<Object>> rows) {

    public ExportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
