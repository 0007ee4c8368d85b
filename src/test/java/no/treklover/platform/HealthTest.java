package no.treklover.platform;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The load balancer's health check: open to anyone, UP only with the database, its parts only to the signed-in. */
@IntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpForAnAnonymousCallerWhoSeesOnlyTheStatus() {
        ApiClient.Response health = new ApiClient(port).get(null, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        // Issue 10: which components exist (database, disk) and how they are is not for anonymous callers; only the
        // status is (and the names of the probe groups, which say nothing about the system).
        assertThat(health.json().has("components")).isFalse();
        assertThat(health.json().has("details")).isFalse();
    }

    @Test
    void aSignedInUserSeesTheDatabaseIsUpButNoDetails() {
        ApiClient.Response health = new ApiClient(port).get("veileder", "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        // Details (database product, validation query) stay hidden from everyone.
        assertThat(health.json().path("components").path("db").has("details")).isFalse();
    }
}
