package no.treklover.meeting;

import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.platform.errors.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed at a secret address, for calendar apps that cannot log in: reachable without a login,
 * only with the token; a wrong or revoked token is a plain 404. What it lists is decided as for the logged-in user.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar/feed/";

    private final CalendarFeedTokens tokens;
    private final UserAccountRepository accounts;
    private final MeetingService meetings;

    CalendarFeedController(CalendarFeedTokens tokens, UserAccountRepository accounts, MeetingService meetings) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.meetings = meetings;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        UserAccount account = tokens.owner(token).flatMap(accounts::findById).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new NotFoundException("calendar-feed", "token"));
        CurrentUser user = CurrentUser.withoutCredentials(account);
        return ResponseEntity.ok().contentType(MeetingApiController.CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(meetings.feed(user));
    }
}
