package no.treklover.demo;

import no.treklover.platform.database.DatabaseProperties;
import org.springframework.stereotype.Component;

/** Whether this run is a demo: demo data is loaded and demo conveniences (such as HTTP Basic) are allowed. */
@Component
public class DemoMode {

    private final boolean active;

    public DemoMode(DemoProperties demo, DatabaseProperties database) {
        this.active = isActive(demo.enabled(), database.external());
    }

    static boolean isActive(String enabled, boolean externalDatabase) {
        String value = enabled == null ? "" : enabled.strip();
        if (value.isEmpty()) {
            return !externalDatabase;
        }
        return Boolean.parseBoolean(value);
    }

    public boolean isActive() {
        return active;
    }
}
