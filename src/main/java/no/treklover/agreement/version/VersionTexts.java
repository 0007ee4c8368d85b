package no.treklover.agreement.version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import no.treklover.platform.text.NorwegianFormat;
import java.util.Locale;
import java.util.Set;
import no.treklover.agreement.grant.PayType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Norwegian labels and values of agreement fields for the version pages and PDFs: dates dd.MM.yyyy, times in Oslo,
 * rates as percent, amounts in kroner, codes by their labels.
 */
@Component("agreementVersionTexts")
public class VersionTexts {

    static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Set<String> RATES = Set.of("holidayPayRate", "otpRate", "agaRate");
    private static final Set<String> KRONER = Set.of("payAmount");
    private static final String NONE = "–";

    private final MessageSource messages;

    VersionTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, NB);
    }

    public String label(String field) {
        return text("agreementversion.field." + field);
    }

    /** A field's value as shown; "–" when empty. */
    public String value(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return NONE;
        }
        if (value instanceof BigDecimal number) {
            if (RATES.contains(field)) {
                return decimal(number.movePointRight(2)) + " %";
            }
            if (field.equals("positionPercent")) {
                return decimal(number) + " %";
            }
            return KRONER.contains(field) ? decimal(number) + " kr" : decimal(number);
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "agreementversion.yes" : "agreementversion.no");
        }
        if (value instanceof LocalDate date) {
            return NorwegianFormat.date(date);
        }
        if (value instanceof Instant instant) {
            return NorwegianFormat.dateTime(instant);
        }
        if (value instanceof PayType payType) {
            return text("agreement.payType." + payType.name());
        }
        return value.toString();
    }

    /** In place of a field the candidate has not consented to share with the reader. */
    public String notShared() {
        return text(no.treklover.agreement.AgreementResponse.NOT_SHARED_KEY);
    }

    public String date(LocalDate date) {
        return date == null ? NONE : NorwegianFormat.date(date);
    }

    public String time(Instant instant) {
        return instant == null ? NONE : NorwegianFormat.dateTime(instant);
    }

    public String kroner(BigDecimal amount) {
        return amount == null ? NONE : decimal(amount) + " kr";
    }

    /** The version's change as a short text: "Forlenget", or "Inngått" for version 1. */
    public String changeType(ChangeType type) {
        return type == null ? text("agreementversion.type.CONCLUDED") : text(type.messageKey());
    }

    /** The reason of a shortening with its free text, or empty. */
    public String reason(ShorteningReason reason, String reasonText) {
        if (reason == null) {
            return "";
        }
        String label = text(reason.messageKey());
        return reasonText == null || reasonText.isBlank() ? label : label + ": " + reasonText;
    }

    private static String decimal(BigDecimal number) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(NB);
        symbols.setGroupingSeparator(' '); // a plain space: the PDF fonts lack the narrow no-break space
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}
