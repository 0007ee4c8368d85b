package no.treklover.platform;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The load balancer's health check: open to anyone, and UP only with the database. */
@IntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithTheDatabaseForAnAnonymousCaller() {
        ApiClient.Response health = new ApiClient(port).get(null, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        // Details (database product, validation query) stay hidden from the anonymous caller.
        assertThat(health.json().path("components").path("db").has("details")).isFalse();
    }
}
