package org.psoportal.training.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.psoportal.booking.CalendarEntries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/session/<id>.ics}: one session as an iCalendar file, for signed-in people (sessions are listed
 * for everyone; the security configuration requires a session). Same UID as in the personal feed, so a calendar app
 * that has both keeps one event.
 */
@RestController
class SessionIcsController {

    private static final MediaType TEXT_CALENDAR =
            new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final TrainingService training;
    private final TrainingSessionRepository sessions;
    private final Clock clock;
    private final String uidDomain;

    SessionIcsController(
            TrainingService training,
            TrainingSessionRepository sessions,
            Clock clock,
            @Value("${pso.calendar.uid-domain:pso-portal}") String uidDomain) {
        this.training = training;
        this.sessions = sessions;
        this.clock = clock;
        this.uidDomain = uidDomain;
    }

    @GetMapping("/calendar/session/{id}.ics")
    ResponseEntity<String> session(@PathVariable long id) {
        training.session(id); // the service's access check, and "not found" for an unknown id
        CalendarEntries.Entry entry =
                TrainingCalendar.entry(sessions.findById(id).orElseThrow());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session-" + id + ".ics\"")
                .body(ics(entry));
    }

    private String ics(CalendarEntries.Entry entry) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//PSO Portal//Training sessions//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
        event.add(new Uid(entry.uid() + "@" + uidDomain));
        event.add(new Sequence(entry.sequence()));
        event.replace(new DtStamp(clock.instant()));
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
