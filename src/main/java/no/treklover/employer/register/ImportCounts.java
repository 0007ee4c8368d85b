package no.treklover.employer.register;

/** What an import has done so far. {@code rowsRead} counts every row, the rejected ones too. */
public record ImportCounts(long bytesRead, long rowsRead, long inserted, long updated, long unchanged, long rejected,
        long markedMissing) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);
}
