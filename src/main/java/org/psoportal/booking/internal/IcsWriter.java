package org.psoportal.booking.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Bookings as an RFC 5545 calendar, built with ical4j. Times are UTC instants ("...Z"), valid in every client; each
 * VEVENT has exactly one DTSTAMP, a UID, DTSTART and DTEND; lines end in CRLF and are folded at 75 octets
 * ({@code IcsWriterTest} checks this with an independent parser and a strict check written from the RFC).
 */
final class IcsWriter {

    private IcsWriter() {}

    static String write(List<BookingRow> rows, Instant stamp, String host) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//PSO Portal//Expert bookings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (BookingRow row : rows) {
            calendar.add(event(row, stamp, host));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(BookingRow row, Instant stamp, String host) {
        VEvent event = new VEvent(row.start(), row.end(), row.topic() + " · " + row.expertName());
        // A stable UID and the version as SEQUENCE let calendar apps update a rescheduled booking in place.
        event.add(new Uid("booking-" + row.id() + "@" + host));
        event.add(new Sequence((int) row.version()));
        // replace, not add: ical4j's VEvent constructor already puts a DTSTAMP (the current time) in, and RFC 5545
        // allows exactly one per VEVENT.
        event.replace(new DtStamp(stamp));
        event.add(new Description(row.projectLabel() + "\nExpert: " + row.expertName() + "\nBooked by: "
                + row.bookerName() + (row.notes() == null ? "" : "\n\n" + row.notes())));
        event.add(
                switch (row.status()) {
                    case CONFIRMED -> new Status(Status.VALUE_CONFIRMED);
                    case REQUESTED -> new Status(Status.VALUE_TENTATIVE);
                    case DECLINED, CANCELLED -> new Status(Status.VALUE_CANCELLED);
                });
        return event;
    }
}
