package no.treklover.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoModeTest {

    @ParameterizedTest(name = "enabled=''{0}'', external database={1} -> demo {2}")
    @CsvSource({
            "'',    false, true",
            "'',    true,  false",
            "true,  true,  true",
            "TRUE,  false, true",
            "false, false, false",
            "false, true,  false"
    })
    void demoDataOnlyGoesIntoAnExternalDatabaseWhenAskedFor(String enabled, boolean external, boolean active) {
        assertEquals(active, DemoMode.isActive(new DemoProperties(enabled, 300).enabled(), external));
    }

    @ParameterizedTest
    @CsvSource({"yes", "1", "on"})
    void unclearSettingsAreRejected(String enabled) {
        assertThrows(IllegalArgumentException.class, () -> new DemoProperties(enabled, 300));
    }
}
