package no.treklover.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only pages of this app, as relative paths, are targets after a login: never another site. */
class LoginTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/meetings/12", "/processes/5?tab=timeline&page=2", "/my", "/", "/notifications",
            "/mentoring/7/questions"})
    void pagesOfTheAppAreTargets(String target) {
        assertThat(LoginTarget.safe(target)).contains(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "http://evil.example/meetings/1",
            "/\\evil.example", "\\\\evil.example", "///evil.example", "javascript:alert(1)", "evil.example",
            "meetings/12", "/meetings/1\r\nLocation: https://evil.example", " /meetings/1",
            "/login", "/login?error", "/logout", "/error", "/api/v1/me", "/oauth2/authorization/nav",
            "/v3/api-docs", "/calendar/feed/abc.ics", "/a/../../evil", ""})
    void anythingElseIsRefused(String target) {
        assertThat(LoginTarget.safe(target)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080/meetings/12?continue, /meetings/12",
            "https://evil.example/meetings/12?continue, /meetings/12",
            "http://localhost/processes/5?continue&tab=x, /processes/5?tab=x",
            "http://localhost/processes/5?tab=x&continue=, /processes/5?tab=x"})
    void aSavedRequestKeepsOnlyItsPathAndQuery(String address, String target) {
        assertThat(LoginTarget.fromSavedAddress(address)).contains(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/api/v1/me?continue", "http://localhost//evil.example?continue",
            "not a uri"})
    void aSavedRequestOutsideThePagesIsNoTarget(String address) {
        assertThat(LoginTarget.fromSavedAddress(address)).isEmpty();
    }
}
