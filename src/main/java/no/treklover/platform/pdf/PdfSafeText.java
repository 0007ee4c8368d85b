package no.treklover.platform.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text a PDF font can show. The standard Helvetica (WinAnsiEncoding) has æ, ø, å and the rest of Western
 * European text but not emoji, Arabic and the like; those become '?' rather than failing the whole export.
 */
public final class PdfSafeText {

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    public PdfSafeText(PDFont font) {
        this.font = font;
    }

    /** One line of text: composed to NFC (so "å" typed as a + ring still shows), controls and tabs as spaces. */
    public String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                clean.append(' ');
            } else if (canShow(codePoint)) {
                clean.appendCodePoint(codePoint);
            } else {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private boolean canShow(int codePoint) {
        return encodable.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException notInFont) {
                return false;
            }
        });
    }
}
