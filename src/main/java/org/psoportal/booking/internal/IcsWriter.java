package org.psoportal.booking.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.psoportal.booking.CalendarEntries;

/**
 * Bookings as an RFC 5545 calendar, built with ical4j. Times are UTC instants ("...Z"), valid in every client; each
 * VEVENT has exactly one DTSTAMP, a UID, DTSTART and DTEND; lines end in CRLF and are folded at 75 octets
 * ({@code IcsWriterTest} checks this with an independent parser and a strict check written from the RFC). Events
 * that still take place carry one VALARM per reminder time of the feed's owner ({@code reminders.ReminderOffsets}).
 */
final class IcsWriter {

    private IcsWriter() {}

    static String write(List<BookingRow> rows, Instant stamp, String host) {
        return write(rows, List.of(), stamp, host, List.of());
    }

    /** Bookings and other modules' events (training sessions) in one calendar, without alarms. */
    static String write(List<BookingRow> rows, List<CalendarEntries.Entry> others, Instant stamp, String host) {
        return write(rows, others, stamp, host, List.of());
    }

    /**
     * As above, each event that still takes place with an alarm this long before its start, for each of
     * {@code alarms} (the owner's reminder times).
     */
    static String write(
            List<BookingRow> rows,
            List<CalendarEntries.Entry> others,
            Instant stamp,
            String host,
            List<Duration> alarms) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//PSO Portal//Expert bookings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (BookingRow row : rows) {
            VEvent event = event(row, stamp, host);
            if (row.status().holdsTime()) {
                addAlarms(event, alarms, row.topic());
            }
            calendar.add(event);
        }
        for (CalendarEntries.Entry entry : others) {
            VEvent event = event(entry, stamp, host);
            if (!entry.cancelled()) {
                addAlarms(event, alarms, entry.summary());
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A VALARM per reminder time: ACTION:DISPLAY with TRIGGER;RELATED=START:-PT1H and the description RFC 5545
     * requires for a display alarm. None when the owner switched their reminders off. ical4j writes 24 hours as
     * {@code -P1D}: a nominal day, which before a start in UTC (as every start here) is exactly 24 hours.
     */
    static void addAlarms(VEvent event, List<Duration> before, String description) {
        for (Duration offset : before) {
            VAlarm alarm = new VAlarm();
            // RELATED=START is the default, said anyway: validators (biweekly) and some clients want it spelled out
            alarm.add(new Trigger(new ParameterList(List.of(Related.START)), offset.negated()));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(description));
            event.add(alarm);
        }
    }

    private static VEvent event(CalendarEntries.Entry entry, Instant stamp, String host) {
        VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
        event.add(new Uid(entry.uid() + "@" + host));
        event.add(new Sequence(entry.sequence()));
        event.replace(new DtStamp(stamp));
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
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
