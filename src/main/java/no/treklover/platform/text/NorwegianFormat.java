package no.treklover.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Numbers and dates as Norwegians write them, in one place for pages, notifications, e-mails and PDFs:
 * {@code 520 000}, {@code 20}, {@code 1 234,50}, {@code 14,1 %}, {@code 11.12.2026}, {@code 11.12.2026–31.12.2026},
 * {@code 11.12.2026 kl. 09:30}. Digit groups are separated by a no-break space so that an amount never wraps.
 * Templates use the bean as {@code ${@nf.amount(x)}}; Java code calls the static methods.
 */
@Component("nf")
public class NorwegianFormat {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final char GROUP_SEPARATOR = '\u00a0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", NORWEGIAN);

    /** An amount or count: no decimals when whole ({@code 520 000}), else two ({@code 1 234,50}); "" for null. */
    public static String amount(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = toDecimal(value);
        boolean whole = decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        return pattern(whole ? "#,##0" : "#,##0.00").format(decimal);
    }

    /** A number with at most {@code maxFractionDigits} decimals, trailing zeros dropped: {@code 37,5}, {@code 20}. */
    public static String number(Number value, int maxFractionDigits) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = pattern("#,##0");
        format.setMaximumFractionDigits(maxFractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(toDecimal(value));
    }

    /** A percentage given in percent (14.1 → {@code 14,1 %}), at most one decimal. */
    public static String percent(Number percent) {
        return percent == null ? "" : number(percent, 1) + GROUP_SEPARATOR + "%";
    }

    public static String date(TemporalAccessor date) {
        return date == null ? "" : DATE.format(inOslo(date));
    }

    /** A period, open at the end when {@code to} is null: {@code 11.12.2026–31.12.2026}, {@code 11.12.2026–}. */
    public static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return date(from) + "–" + date(to);
    }

    public static String dateTime(TemporalAccessor when) {
        return when == null ? "" : DATE_TIME.format(inOslo(when));
    }

    public static String time(TemporalAccessor when) {
        return when == null ? "" : TIME.format(inOslo(when));
    }

    /** A month in words: {@code desember 2026}. */
    public static String month(TemporalAccessor when) {
        return when == null ? "" : MONTH.format(inOslo(when));
    }

    private static TemporalAccessor inOslo(TemporalAccessor when) {
        if (when instanceof java.time.Instant instant) {
            return instant.atZone(OSLO);
        }
        if (when instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(OSLO);
        }
        if (when instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(OSLO);
        }
        return when;
    }

    private static BigDecimal toDecimal(Number value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(NORWEGIAN);
        symbols.setGroupingSeparator(GROUP_SEPARATOR);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
