package no.treklover.platform.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Decimal form fields as Norwegians type them: "20,5", "7 821" (spaces, also non-breaking, between digit groups);
 * an empty field is "not given". Absurdly large or precise numbers are refused like any other non-number, so the
 * form shows its field message instead of storing them.
 */
public class NorwegianDecimalEditor extends PropertyEditorSupport {

    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_FRACTION_DIGITS = 6;

    @Override
    public void setAsText(String text) {
        String s = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (s.isEmpty()) {
            setValue(null);
            return;
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
                throw new IllegalArgumentException("out of range: " + s);
            }
            setValue(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + s, e);
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString().replace('.', ',');
    }
}
