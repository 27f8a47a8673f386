package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.booking.internal.WeekCalendar;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.TimeOff;
import org.psoportal.experts.WorkingHours;
import org.psoportal.security.XssPayloads;

/**
 * The week is set as its element's {@code innerHTML} (WeekMarkup, Markup), and what it draws is user data: the
 * expert's name (in every free time's label), a booking's topic, booker and project, a training session's title.
 * With a payload in each, the week parsed as the browser parses it holds only the elements and attributes the week
 * draws, and the payload comes back as written.
 */
class WeekMarkupXssTest {

    static final List<String> PAYLOADS = XssPayloads.ALL;

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    private static final Set<String> DRAWN = Set.of("body", "div", "h4", "span", "button");
    private static final Set<String> DRAWN_ATTRIBUTES = Set.of(
            "class",
            "style",
            "data-start",
            "data-row",
            "data-day",
            "data-booking",
            "role",
            "tabindex",
            "title",
            "aria-label",
            "type");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void aPayloadInATopicBookerProjectSessionOrExpertNameStaysText(String payload) {
        WeekModel model = new WeekModel(
                week(payload), ZONE, MONDAY.minusDays(7).atStartOfDay(ZONE).toInstant());

        WeekGrid grid = new WeekGrid(model, payload, start -> {}, block -> {});
        Element body = drawnOnly(grid);
        assertThat(body.select(".pso-cal-block.open").text()).contains(payload);
        assertThat(body.select(".pso-cal-block.open").attr("title")).startsWith(payload + "\n");
        assertThat(body.select(".pso-cal-block.session").text()).endsWith(payload);
        // the free times' labels are translations with the expert's name in them (no translations outside a portal
        // here): that the name stays inside the attribute is what drawnOnly checks
        assertThat(body.select(".free")).isNotEmpty();
        assertThat(body.select(".free").eachAttr("style"))
                .as("only the grid's own placement")
                .allMatch(style -> style.matches("grid-area:\\d+/\\d+(/span \\d+)?"));

        DayList list = new DayList(model, payload, start -> {}, block -> {});
        Element phone = drawnOnly(list);
        assertThat(phone.select(".pso-day-entry").text()).contains(payload);
        assertThat(phone.select("button.pso-day-entry.open").text())
                .as("one's own booking opens, named with its topic and booker")
                .contains(payload);
        assertThat(phone.select("button.pso-slot")).isNotEmpty();
    }

    private static Element drawnOnly(WeekMarkup week) {
        return XssPayloads.parsedWithOnly(week.markup(), DRAWN, DRAWN_ATTRIBUTES);
    }

    /** A week of 09:00-17:00 every weekday with one's own booking, someone else's and a session's hold on Tuesday. */
    private static WeekCalendar week(String payload) {
        List<WorkingHours> hours = Arrays.stream(DayOfWeek.values())
                .limit(5)
                .map(d -> new WorkingHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .toList();
        ExpertSchedule schedule = new ExpertSchedule(
                7, true, 30, 0, 365, 0, 30, 30, 120, false, hours, List.of(new TimeOff(MONDAY, MONDAY, payload)));
        LocalDate tuesday = MONDAY.plusDays(1);
        return new WeekCalendar(
                MONDAY,
                schedule,
                List.of(
                        new CalendarBlock(1, at(tuesday, 9), BookingStatus.CONFIRMED, true, payload, payload, payload),
                        new CalendarBlock(2, at(tuesday, 11), BookingStatus.REQUESTED, false, null, null, null),
                        new CalendarBlock(3, at(tuesday, 14), BookingStatus.CONFIRMED, false, payload, null, null)));
    }

    private static TimeRange at(LocalDate day, int hour) {
        Instant start = day.atTime(hour, 0).atZone(ZONE).toInstant();
        return new TimeRange(start, start.plusSeconds(3600));
    }
}
