package org.psoportal.booking;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCalendar endpoints. {@code /calendar/feed/<token>.ics} is open to calendar apps (no session; a wrong
 * token is a plain 404 that tells nothing); {@code /calendar/booking/<id>.ics} needs a signed-in session.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        return feeds.feed(token, request.getServerName())
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/calendar/booking/{id}.ics")
    ResponseEntity<String> booking(@PathVariable long id, HttpServletRequest request) {
        String ics = feeds.bookingIcs(id, request.getServerName());
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"booking-" + id + ".ics\"")
                .body(ics);
    }
}
