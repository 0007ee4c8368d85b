package no.treklover.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code treklover.privacy.*}: how long data is kept after a candidate's last process ended, and how many
 * candidates the anonymisation job handles per transaction. The job's schedule is
 * {@code treklover.privacy.anonymisation-cron} (read by {@link AnonymisationJob}).
 */
@ConfigurationProperties("treklover.privacy")
record PrivacyProperties(@DefaultValue("P5Y") String retention, @DefaultValue("500") int anonymisationBatchSize) {

    PrivacyProperties {
        RetentionPeriod.parse(retention);
        if (anonymisationBatchSize < 1) {
            throw new IllegalArgumentException("treklover.privacy.anonymisation-batch-size must be at least 1");
        }
    }

    RetentionPeriod retentionPeriod() {
        return RetentionPeriod.parse(retention);
    }
}
