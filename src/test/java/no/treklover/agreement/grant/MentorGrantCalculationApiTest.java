package no.treklover.agreement.grant;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MentorGrantCalculationApiTest {

    private static final String PATH = "/api/v1/mentor-grant/calculation";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void nav_s_first_worked_example_600_000_a_year_is_308_kroner_an_hour() {
        ApiClient.Response response = api.post("veileder", PATH, object("payType", "ARSLONN", "amount", 600000,
                "positionPercent", 100, "hoursPerMonth", 20, "holidayPayRate", 0.12, "pensionRate", 0.02,
                "employerTaxRate", 0.141));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("hourlyWage").isNumber()).isTrue();
        assertThat(json.path("hourlyWage").decimalValue()).isEqualByComparingTo("308");
        // the monthly cost is computed from the whole-krone hourly wage: 308 × 20 = 6 160
        assertThat(json.path("salary").decimalValue()).isEqualByComparingTo("6160");
        assertThat(json.path("monthlyTotal").decimalValue()).isEqualByComparingTo("8029");
        assertThat(json.has("periods")).isFalse();
        assertThat(json.path("warnings").isArray()).isTrue();
        assertThat(json.path("warnings")).isEmpty();
    }

    @Test
    void nav_s_second_worked_example_is_7_821_kroner_a_month() {
        ApiClient.Response response = api.post("mentor", PATH, object("payType", "TIMELONN", "amount", 300,
                "hoursPerMonth", 20, "holidayPayRate", 0.12, "pensionRate", 0.02, "employerTaxRate", 0.141));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"hourlyWage\":300,", "\"salary\":6000.00,", "\"holidayPay\":720.00,",
                "\"pension\":134.40,", "\"employerTax\":966.47,", "\"monthlyTotal\":7821");
    }

    @Test
    void with_a_start_and_end_date_the_answer_holds_the_grant_periods() {
        ApiClient.Response response = api.post("arbeidsgiver", PATH, object("payType", "TIMELONN", "amount", 300,
                "hoursPerMonth", 20, "holidayPayRate", 0.12, "pensionRate", 0.02, "employerTaxRate", 0.141,
                "startDate", "2026-01-15", "endDate", "2026-03-10"));

        assertThat(response.status()).isEqualTo(200);
        List<String> periods = new ArrayList<>();
        response.json().path("periods").forEach(p -> periods.add(p.path("from").asString() + "/"
                + p.path("to").asString() + "/" + p.path("amount").decimalValue().toPlainString()));
        assertThat(periods).containsExactly("2026-01-15/2026-01-31/4368", "2026-02-01/2026-02-28/7821",
                "2026-03-01/2026-03-10/2570");
    }

    @Test
    void an_unusual_pension_rate_or_many_hours_is_a_warning_not_an_error() {
        ApiClient.Response response = api.post("beslutter", PATH, object("payType", "MANEDSLONN", "amount", 40000,
                "positionPercent", 80, "hoursPerMonth", 180, "holidayPayRate", 0.102, "pensionRate", 0.3,
                "employerTaxRate", 0));

        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().path("warnings").forEach(w -> {
            codes.add(w.path("code").asString() + ":" + w.path("field").asString());
            assertThat(w.path("message").asString()).isNotBlank().doesNotContain("grant.");
        });
        assertThat(codes).containsExactlyInAnyOrder("PENSION_RATE_HIGH:pensionRate",
                "HOURS_PER_MONTH_HIGH:hoursPerMonth");
    }

    @Test
    void invalid_input_is_a_400_naming_the_fields() {
        Map<String, Object> valid = object("payType", "MANEDSLONN", "amount", 50000, "positionPercent", 100,
                "hoursPerMonth", 20, "holidayPayRate", 0.12, "pensionRate", 0.02, "employerTaxRate", 0.141);
        record Case(String name, Map<String, Object> changes, String field) {
        }
        List<Case> cases = List.of(
                new Case("missing pay type", object("payType", null), "payType"),
                new Case("unknown pay type", object("payType", "PROVISJON"), "payType"),
                new Case("negative amount", object("amount", -100), "amount"),
                new Case("zero amount", object("amount", 0), "amount"),
                new Case("holiday pay not in the list", object("holidayPayRate", 0.11), "holidayPayRate"),
                new Case("employer tax not in the list", object("employerTaxRate", 0.2), "employerTaxRate"),
                new Case("pension above 100 %", object("pensionRate", 1.5), "pensionRate"),
                new Case("no position percent for a monthly salary", object("positionPercent", null),
                        "positionPercent"),
                new Case("position percent above 100", object("positionPercent", 120), "positionPercent"),
                new Case("too many hours", object("hoursPerMonth", 1000), "hoursPerMonth"),
                new Case("end before start", object("startDate", "2026-03-01", "endDate", "2026-02-28"), "endDate"),
                new Case("end without start", object("endDate", "2026-02-28"), "startDate"),
                new Case("longer than 36 months", object("startDate", "2026-01-01", "endDate", "2029-01-01"),
                        "endDate"),
                new Case("a year far away", object("startDate", "2026-01-01", "endDate", "+999999999-12-31"),
                        "endDate"),
                new Case("amount as text", object("amount", "mye"), "amount"),
                new Case("hours as a boolean", object("hoursPerMonth", true), "hoursPerMonth"),
                new Case("pay type as a number", object("payType", List.of(1)), "payType"),
                new Case("date in the wrong format", object("startDate", "15.01.2026", "endDate", "2026-02-01"),
                        "startDate"),
                new Case("rate as an object", object("pensionRate", Map.of("x", 1)), "pensionRate"));
        for (Case c : cases) {
            Map<String, Object> body = new java.util.LinkedHashMap<>(valid);
            body.putAll(c.changes());
            ApiClient.Response response = api.post("veileder", PATH, body);

            assertThat(response.status()).as(c.name() + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).as(c.name()).startsWith("application/problem+json");
            assertThat(response.errorFields()).as(c.name() + ": " + response.body()).contains(c.field());
            response.json().path("errors").forEach(error -> assertThat(error.path("message").asString())
                    .as(c.name()).isNotBlank().doesNotContain("{").doesNotContain("grant."));
        }
    }

    @Test
    void all_invalid_fields_are_named_in_one_answer_in_norwegian() {
        ApiClient.Response response = api.post("veileder", PATH, object("payType", "UKELONN", "amount", -1,
                "hoursPerMonth", 20, "holidayPayRate", 0.11, "pensionRate", 0.02, "employerTaxRate", 0.141,
                "startDate", "2026-03-01", "endDate", "2026-02-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("amount", "positionPercent", "holidayPayRate",
                "endDate");
        assertThat(response.body()).contains("Sluttdatoen kan ikke være før startdatoen.",
                "Velg en feriepengesats: 0, 10,2, 12, 12,5 eller 14,3 prosent.");
    }

    @Test
    void malformed_requests_never_produce_a_server_error() {
        List<String> bodies = List.of("", "{", "[]", "null", "42", "\"x\"", "{\"amount\":1e999999}",
                "{\"amount\":1e-999999,\"payType\":\"TIMELONN\"}", "{\"hoursPerMonth\":-1e308}",
                "{\"payType\":\"TIMELONN\",\"amount\":1E+9,\"hoursPerMonth\":999,\"holidayPayRate\":0.143,"
                        + "\"pensionRate\":1,\"employerTaxRate\":0.141,\"startDate\":\"2026-01-01\","
                        + "\"endDate\":\"2028-12-31\"}",
                "{\"payType\":\"ARSLONN\",\"amount\":999999999.99,\"positionPercent\":1,\"hoursPerMonth\":999,"
                        + "\"holidayPayRate\":0.143,\"pensionRate\":1,\"employerTaxRate\":0.141}",
                "{\"payType\":\"TIMELONN\",\"amount\":1,\"hoursPerMonth\":0,\"holidayPayRate\":0,"
                        + "\"pensionRate\":0,\"employerTaxRate\":0,\"startDate\":\"2026-02-30\"}",
                "{\"payType\":\"\",\"amount\":\"\",\"startDate\":\"\"}");
        for (String body : bodies) {
            ApiClient.Response response = api.send("veileder", "POST", PATH, body, "application/json", Map.of());

            assertThat(response.status()).as(body + " → " + response.body()).isIn(200, 400);
            if (response.status() == 400) {
                assertThat(response.contentType()).as(body).startsWith("application/problem+json");
            }
        }
        ApiClient.Response bigAmount = api.send("veileder", "POST", PATH, bodies.get(10), "application/json",
                Map.of());
        assertThat(bigAmount.status()).isEqualTo(200);
        assertThat(bigAmount.json().path("hourlyWage").decimalValue())
                .isEqualByComparingTo(new BigDecimal("51282051"));
    }

    @Test
    void only_logged_in_callers_may_calculate() {
        ApiClient.Response response = api.send(null, "POST", PATH, ApiClient.json(object("payType", "TIMELONN",
                "amount", 300, "hoursPerMonth", 20, "holidayPayRate", 0.12, "pensionRate", 0.02,
                "employerTaxRate", 0.141)), "application/json", Map.of());

        assertThat(response.status()).isEqualTo(401);
    }
}
