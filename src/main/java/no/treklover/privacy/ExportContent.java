package no.treklover.privacy;

import java.util.List;

/**
 * A section's records and how a document lays them out: {@link Layout#ONE} a single record (a JSON object),
 * {@link Layout#BLOCKS} records with many fields each, {@link Layout#LINES} many short records, one line each.
 */
public record ExportContent(Layout layout, List<ExportRecord> records) {

    public enum Layout { ONE, BLOCKS, LINES }

    public ExportContent {
        records = List.copyOf(records);
        if (layout == Layout.ONE && records.size() > 1) {
            throw new IllegalArgumentException("Layout ONE holds at most one record");
        }
    }

    public static ExportContent one(ExportRecord record) {
        return new ExportContent(Layout.ONE, record == null ? List.of() : List.of(record));
    }

    public static ExportContent blocks(List<ExportRecord> records) {
        return new ExportContent(Layout.BLOCKS, records);
    }

    public static ExportContent lines(List<ExportRecord> records) {
        return new ExportContent(Layout.LINES, records);
    }
}
