package no.treklover.market;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The market work's settings. {@code contactWarningDays}: how many days back (Oslo calendar days, today counted as
 * 0) another NAV person's contact with an employer is shown as a warning before someone logs or plans a new one; plans
 * of others due within as many days before or after today warn too.
 */
@ConfigurationProperties("treklover.market")
public record MarketSettings(@DefaultValue("14") int contactWarningDays) {

    public MarketSettings {
        if (contactWarningDays < 0 || contactWarningDays > 365) {
            throw new IllegalArgumentException("treklover.market.contact-warning-days must be 0 to 365");
        }
    }
}
