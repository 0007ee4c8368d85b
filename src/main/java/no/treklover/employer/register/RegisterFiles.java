package no.treklover.employer.register;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Opens a register file as the register publishes it: JSON or CSV, gzip-compressed or plain, told by its content. */
final class RegisterFiles {

    private RegisterFiles() {
    }

    /** Counts the bytes read from the file itself (compressed), for the progress bar. */
    static final class Counting extends FilterInputStream {

        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** The rows of {@code file}: gzip by its magic bytes (1f 8b), then a JSON array by its first character, else CSV. */
    static RegisterRowSource open(InputStream file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(file, 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        BufferedInputStream content = gzip
                ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        content.mark(64);
        int c;
        do {
            c = content.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        content.reset();
        return c == '[' ? new JsonArraySource(content) : new CsvSource(content);
    }
}
