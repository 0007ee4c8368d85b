package no.treklover.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a TrueType font with its glyph substitution table (GSUB) renamed out of the way.
 *
 * <p>PDFBox 3 applies the font's Latin ligatures (ft, fi, ff) when it draws text, but writes no Unicode mapping
 * for a ligature glyph, so a screen reader or a copy from the PDF reads "bedriften" as "bedrien". Without the
 * table every character is drawn as its own glyph and reads back exactly as written; the table is renamed, not
 * removed, so no offset in the file moves.
 */
final class FontWithoutLigatures {

    private static final int TABLE_COUNT_OFFSET = 4;
    private static final int TABLE_RECORDS_OFFSET = 12;
    private static final int TABLE_RECORD_SIZE = 16;
    private static final byte[] SUBSTITUTIONS = "GSUB".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IGNORED = "gsub".getBytes(StandardCharsets.US_ASCII);

    private FontWithoutLigatures() {
    }

    static byte[] read(InputStream in) throws IOException {
        return withoutSubstitutions(in.readAllBytes());
    }

    static byte[] withoutSubstitutions(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(TABLE_COUNT_OFFSET));
        for (int i = 0; i < tables; i++) {
            int record = TABLE_RECORDS_OFFSET + i * TABLE_RECORD_SIZE;
            if (tagAt(font, record, SUBSTITUTIONS)) {
                System.arraycopy(IGNORED, 0, font, record, IGNORED.length);
            }
        }
        return font;
    }

    private static boolean tagAt(byte[] font, int offset, byte[] tag) {
        for (int i = 0; i < tag.length; i++) {
            if (font[offset + i] != tag[i]) {
                return false;
            }
        }
        return true;
    }
}
