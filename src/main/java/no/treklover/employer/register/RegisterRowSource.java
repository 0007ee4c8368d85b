package no.treklover.employer.register;

import java.io.Closeable;
import java.io.IOException;

/** The rows of one register file, read one at a time so that a file of any size needs little memory. */
interface RegisterRowSource extends Closeable {

    /**
     * The next row, null at the end. A row that cannot be read is returned as malformed and reading goes on; when
     * the file cannot be read any further, {@link RegisterFileException} says where and why.
     */
    RawRow next() throws IOException;

    /** Whether the file's own structure says it holds underenheter (null: it does not say). */
    Boolean looksLikeSubUnits();
}
