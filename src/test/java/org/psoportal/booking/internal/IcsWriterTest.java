package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VAlarm;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.CalendarEntries;

/**
 * The .ics the portal writes (booking download and calendar feed, both {@link IcsWriter}) is valid RFC 5545,
 * checked twice without ical4j (which writes it): by biweekly, an independent parser and validator, and by a
 * strict check written from the RFC (CRLF line endings, lines of at most 75 octets folded with CRLF + space,
 * exactly one DTSTAMP/UID/DTSTART per VEVENT, ACTION/TRIGGER/DESCRIPTION per VALARM, PRODID and VERSION once per
 * VCALENDAR). The reminders' alarms also go through ical4j and back unchanged.
 */
class IcsWriterTest {

    static final Instant STAMP = Instant.parse("2026-12-04T10:15:30Z");

    static BookingRow row(long id, String topic, String notes, BookingStatus status) {
        return new BookingRow(
                id,
                7,
                "Erika Mustermann-Überlänge",
                8,
                "Max Booker",
                3,
                "ADV-2026-07 · Advisory platform with a rather long project name that needs folding",
                Instant.parse("2026-12-10T09:00:00Z"),
                Instant.parse("2026-12-10T10:30:00Z"),
                topic,
                notes,
                status,
                null,
                null,
                null,
                4);
    }

    static final List<BookingRow> ROWS = List.of(
            row(
                    1,
                    "Kick-off; scope, budget & risks: a topic long enough to need folding at seventy-five octets",
                    "Line one\nLine two, with a comma; and semicolon\\ and backslash\n\nÄÖÜ € 😀",
                    BookingStatus.CONFIRMED),
            row(2, "Short", null, BookingStatus.REQUESTED),
            row(3, "Cancelled one", null, BookingStatus.CANCELLED));

    @Test
    void theStrictRfcCheckPasses() {
        String ics = IcsWriter.write(ROWS, STAMP, "pso.test");
        assertThat(strictProblems(ics)).isEmpty();
    }

    @Test
    void anIndependentParserReadsItWithoutWarnings() {
        String ics = IcsWriter.write(ROWS, STAMP, "pso.test");
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertThat(calendars).hasSize(1);
        ICalendar calendar = calendars.getFirst();
        ValidationWarnings warnings = calendar.validate(biweekly.ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
        assertThat(calendar.getEvents()).hasSize(3);
        VEvent first = calendar.getEvents().getFirst();
        assertThat(first.getProperties(biweekly.property.DateTimeStamp.class)).hasSize(1);
        assertThat(first.getDateTimeStamp().getValue()).isEqualTo(Date.from(STAMP));
        assertThat(first.getUid().getValue()).isEqualTo("booking-1@pso.test");
        assertThat(first.getDateStart().getValue())
                .isEqualTo(Date.from(ROWS.getFirst().start()));
        assertThat(first.getDateEnd().getValue())
                .isEqualTo(Date.from(ROWS.getFirst().end()));
        assertThat(first.getSummary().getValue()).isEqualTo(ROWS.getFirst().topic() + " · Erika Mustermann-Überlänge");
        assertThat(first.getDescription().getValue())
                .contains("Line two, with a comma; and semicolon\\ and backslash")
                .contains("ÄÖÜ € 😀");
    }

    @Test
    void theStrictCheckCatchesWhatItShould() {
        String good = IcsWriter.write(List.of(ROWS.get(1)), STAMP, "pso.test");
        assertThat(strictProblems(good.replace("\r\n", "\n"))).isNotEmpty();
        String doubled = good.replaceFirst("(DTSTAMP:[^\r]*\r\n)", "$1$1");
        assertThat(strictProblems(doubled)).anySatisfy(p -> assertThat(p).contains("DTSTAMP"));
        assertThat(strictProblems(good.replaceFirst("UID:[^\r]*\r\n", "")))
                .anySatisfy(p -> assertThat(p).contains("UID"));
        assertThat(strictProblems(good.replace("PRODID", "X-PRODID"))).isNotEmpty();
        String alarmed = IcsWriter.write(List.of(ROWS.get(1)), List.of(), STAMP, "pso.test", REMINDERS);
        assertThat(strictProblems(alarmed.replaceFirst("TRIGGER[^\r]*\r\n", "")))
                .anySatisfy(p -> assertThat(p).contains("VALARM").contains("TRIGGER"));
        assertThat(strictProblems(alarmed.replaceFirst("ACTION:DISPLAY\r\n", "")))
                .anySatisfy(p -> assertThat(p).contains("ACTION"));
        String longLine = good.replace("SUMMARY:Short", "SUMMARY:" + "x".repeat(100));
        assertThat(strictProblems(longLine)).anySatisfy(p -> assertThat(p).contains("75 octets"));
    }

    static final List<Duration> REMINDERS = List.of(Duration.ofHours(24), Duration.ofHours(1));

    /** Another module's events in the same feed (training sessions): one that takes place, one cancelled. */
    static final List<CalendarEntries.Entry> ENTRIES = List.of(
            new CalendarEntries.Entry(
                    "training-session-5",
                    Instant.parse("2026-12-11T13:00:00Z"),
                    Instant.parse("2026-12-11T15:00:00Z"),
                    "Training: CRM basics",
                    null,
                    "Room 2",
                    false,
                    0),
            new CalendarEntries.Entry(
                    "training-session-6",
                    Instant.parse("2026-12-12T13:00:00Z"),
                    Instant.parse("2026-12-12T15:00:00Z"),
                    "Training: called off",
                    null,
                    null,
                    true,
                    1));

    @Test
    void eachBookingThatTakesPlaceCarriesOneDisplayAlarmPerReminderTime() throws Exception {
        String ics = IcsWriter.write(ROWS, ENTRIES, STAMP, "pso.test", REMINDERS);
        assertThat(strictProblems(ics)).isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(alarms(events.get(0))).containsExactly("DISPLAY -P1D", "DISPLAY -PT1H");
        assertThat(alarms(events.get(1)))
                .as("a request waiting for the expert")
                .containsExactly("DISPLAY -P1D", "DISPLAY -PT1H");
        assertThat(alarms(events.get(2))).as("cancelled: nothing to remind of").isEmpty();
        assertThat(alarms(events.get(3))).as("a training session").containsExactly("DISPLAY -P1D", "DISPLAY -PT1H");
        assertThat(alarms(events.get(4))).as("a cancelled session").isEmpty();
        assertThat(events.get(0)
                        .<VAlarm>getComponents(Component.VALARM)
                        .getFirst()
                        .getDescription()
                        .getValue())
                .isEqualTo(ROWS.getFirst().topic());

        assertThat(alarms(new CalendarBuilder()
                        .build(new StringReader(IcsWriter.write(ROWS, ENTRIES, STAMP, "pso.test", List.of())))
                        .<net.fortuna.ical4j.model.component.VEvent>getComponents(Component.VEVENT)
                        .getFirst()))
                .as("reminders switched off: no alarms")
                .isEmpty();
    }

    @Test
    void theFeedWithAlarmsParsesWithIcal4jAndRoundTripsUnchanged() throws Exception {
        String ics = IcsWriter.write(ROWS, ENTRIES, STAMP, "pso.test", REMINDERS);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        parsed.validate();
        StringWriter again = new StringWriter();
        new CalendarOutputter(false).output(parsed, again);

        assertThat(again.toString()).isEqualTo(ics);
        assertThat(new CalendarBuilder().build(new StringReader(again.toString())))
                .isEqualTo(parsed);
        // and an independent parser reads the alarms too, without warnings
        ICalendar independent = Biweekly.parse(ics).first();
        ValidationWarnings warnings = independent.validate(biweekly.ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
        assertThat(independent.getEvents().getFirst().getAlarms())
                .extracting(a -> a.getTrigger().getDuration().toMillis())
                .containsExactly(-24 * 3600_000L, -3600_000L);
    }

    private static List<String> alarms(net.fortuna.ical4j.model.component.VEvent event) {
        return event.<VAlarm>getComponents(Component.VALARM).stream()
                .map(a -> a.getAction().orElseThrow().getValue() + " "
                        + a.getTrigger().orElseThrow().getValue())
                .toList();
    }

    /** Problems found by reading the text as RFC 5545 section 3.1 and 3.6 say. */
    static List<String> strictProblems(String ics) {
        List<String> problems = new ArrayList<>();
        if (!ics.endsWith("\r\n")) {
            problems.add("does not end with CRLF");
        }
        String[] physical = ics.split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                problems.add("line " + (i + 1) + " has a bare LF or CR");
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                problems.add("line " + (i + 1) + " is longer than 75 octets");
            }
        }
        // Unfold: a CRLF followed by one space or tab continues the previous line.
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        if (lines.isEmpty()
                || !lines.getFirst().equals("BEGIN:VCALENDAR")
                || !lines.getLast().equals("END:VCALENDAR")) {
            problems.add("not one VCALENDAR");
            return problems;
        }
        List<String> calendarProps = new ArrayList<>();
        List<String> event = null;
        List<String> alarm = null;
        int events = 0;
        for (String line : lines.subList(1, lines.size() - 1)) {
            if (!line.matches("[A-Za-z0-9-]+([;:].*)?")) {
                problems.add("not a content line: " + line);
                continue;
            }
            String name = line.split("[;:]", 2)[0].toUpperCase();
            if (line.equals("BEGIN:VALARM")) {
                if (event == null) {
                    problems.add("VALARM outside a VEVENT");
                }
                alarm = new ArrayList<>();
            } else if (line.equals("END:VALARM")) {
                checkAlarm(alarm, events, problems);
                alarm = null;
            } else if (alarm != null) {
                alarm.add(name);
            } else if (line.equals("BEGIN:VEVENT")) {
                event = new ArrayList<>();
                events++;
            } else if (line.equals("END:VEVENT")) {
                checkEvent(event, events, problems);
                event = null;
            } else if (event != null) {
                event.add(name);
            } else {
                calendarProps.add(name);
            }
        }
        for (String once : List.of("PRODID", "VERSION")) {
            if (calendarProps.stream().filter(once::equals).count() != 1) {
                problems.add("VCALENDAR needs exactly one " + once);
            }
        }
        if (!lines.contains("VERSION:2.0")) {
            problems.add("VERSION is not 2.0");
        }
        return problems;
    }

    /** RFC 5545 3.6.6: ACTION and TRIGGER exactly once; a DISPLAY alarm (the only kind written) needs DESCRIPTION. */
    private static void checkAlarm(List<String> props, int event, List<String> problems) {
        if (props == null) {
            problems.add("END:VALARM without BEGIN");
            return;
        }
        for (String once : List.of("ACTION", "TRIGGER", "DESCRIPTION")) {
            if (props.stream().filter(once::equals).count() != 1) {
                problems.add("VALARM of VEVENT " + event + " needs exactly one " + once);
            }
        }
    }

    private static void checkEvent(List<String> props, int number, List<String> problems) {
        if (props == null) {
            problems.add("END:VEVENT without BEGIN");
            return;
        }
        for (String once : List.of("DTSTAMP", "UID", "DTSTART")) {
            if (props.stream().filter(once::equals).count() != 1) {
                problems.add("VEVENT " + number + " needs exactly one " + once);
            }
        }
        for (String atMostOnce : List.of("DTEND", "SUMMARY", "DESCRIPTION", "SEQUENCE", "STATUS")) {
            if (props.stream().filter(atMostOnce::equals).count() > 1) {
                problems.add("VEVENT " + number + " has more than one " + atMostOnce);
            }
        }
        if (props.contains("DTEND") && props.contains("DURATION")) {
            problems.add("VEVENT " + number + " has both DTEND and DURATION");
        }
    }
}
