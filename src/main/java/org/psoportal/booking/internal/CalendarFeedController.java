package org.psoportal.booking.internal;

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
    /** The right-hand side of every event UID: fixed, so a calendar app never sees one booking twice. */
    private final String uidDomain;

    CalendarFeedController(
            CalendarFeedService feeds,
            @org.springframework.beans.factory.annotation.Value("${pso.calendar.uid-domain:pso-portal}")
                    String uidDomain) {
        this.feeds = feeds;
        this.uidDomain = uidDomain;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token, uidDomain)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/calendar/booking/{id}.ics")
    ResponseEntity<String> booking(@PathVariable long id) {
        String ics = feeds.bookingIcs(id, uidDomain);
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"booking-" + id + ".ics\"")
                .body(ics);
    }
}
