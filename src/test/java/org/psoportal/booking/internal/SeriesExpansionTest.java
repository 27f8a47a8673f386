package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;

/** Series expansion in Europe/Berlin: summer time starts 2026-03-29 and ends 2026-10-25. */
class SeriesExpansionTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final SeriesExpansion expansion = new SeriesExpansion(BERLIN);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    private List<LocalDateTime> localStarts(List<TimeRange> times) {
        return times.stream()
                .map(t -> LocalDateTime.ofInstant(t.start(), BERLIN))
                .toList();
    }

    @Test
    void weeklyKeepsTheLocalStartAcrossTheSpringChange() {
        List<TimeRange> times = expansion.expand(local("2026-03-23T10:00"), 60, SeriesPlan.times(Repetition.WEEKLY, 3));
        assertThat(localStarts(times))
                .containsExactly(
                        LocalDateTime.parse("2026-03-23T10:00"),
                        LocalDateTime.parse("2026-03-30T10:00"),
                        LocalDateTime.parse("2026-04-06T10:00"));
        // 09:00 UTC in winter, 08:00 UTC in summer: the instant moves, the local time does not
        assertThat(times.get(0).start()).isEqualTo(Instant.parse("2026-03-23T09:00:00Z"));
        assertThat(times.get(1).start()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(times).allSatisfy(t -> assertThat(t.minutes()).isEqualTo(60));
    }

    @Test
    void everyTwoWeeksKeepsTheLocalStartAcrossTheAutumnChange() {
        List<TimeRange> times =
                expansion.expand(local("2026-10-19T16:30"), 30, SeriesPlan.times(Repetition.EVERY_TWO_WEEKS, 2));
        assertThat(localStarts(times))
                .containsExactly(LocalDateTime.parse("2026-10-19T16:30"), LocalDateTime.parse("2026-11-02T16:30"));
        assertThat(times.get(1).start()).isEqualTo(Instant.parse("2026-11-02T15:30:00Z"));
    }

    @Test
    void aLocalTimeThatDoesNotExistOnTheChangeDayMovesAnHourLater() {
        List<TimeRange> times = expansion.expand(local("2026-03-22T02:30"), 30, SeriesPlan.times(Repetition.WEEKLY, 3));
        assertThat(localStarts(times))
                .containsExactly(
                        LocalDateTime.parse("2026-03-22T02:30"),
                        LocalDateTime.parse("2026-03-29T03:30"),
                        LocalDateTime.parse("2026-04-05T02:30"));
    }

    @Test
    void monthlyOnThe31stTakesTheLastDayOfShorterMonthsAndComesBack() {
        List<TimeRange> times =
                expansion.expand(local("2026-01-31T09:00"), 60, SeriesPlan.times(Repetition.MONTHLY, 5));
        assertThat(localStarts(times))
                .containsExactly(
                        LocalDateTime.parse("2026-01-31T09:00"),
                        LocalDateTime.parse("2026-02-28T09:00"),
                        LocalDateTime.parse("2026-03-31T09:00"),
                        LocalDateTime.parse("2026-04-30T09:00"),
                        LocalDateTime.parse("2026-05-31T09:00"));
        assertThat(localStarts(
                        expansion.expand(local("2028-01-31T09:00"), 60, SeriesPlan.times(Repetition.MONTHLY, 2))))
                .as("a leap year")
                .containsExactly(LocalDateTime.parse("2028-01-31T09:00"), LocalDateTime.parse("2028-02-29T09:00"));
    }

    @Test
    void untilADateIncludesThatDay() {
        List<TimeRange> times = expansion.expand(
                local("2026-12-07T10:00"), 60, SeriesPlan.until(Repetition.WEEKLY, LocalDate.parse("2026-12-28")));
        assertThat(localStarts(times))
                .extracting(LocalDateTime::toLocalDate)
                .containsExactly(
                        LocalDate.parse("2026-12-07"),
                        LocalDate.parse("2026-12-14"),
                        LocalDate.parse("2026-12-21"),
                        LocalDate.parse("2026-12-28"));
        assertThat(expansion.expand(
                        local("2026-12-07T10:00"),
                        60,
                        SeriesPlan.until(Repetition.MONTHLY, LocalDate.parse("2027-01-06"))))
                .as("the next month's date lies after the end date")
                .hasSize(1);
    }

    @Test
    void limits() {
        assertThat(expansion.expand(local("2026-01-05T10:00"), 60, SeriesPlan.times(Repetition.WEEKLY, 26)))
                .hasSize(SeriesExpansion.MAX_OCCURRENCES);
        assertRefused(SeriesPlan.times(Repetition.WEEKLY, 27), "booking.series.times");
        assertRefused(SeriesPlan.times(Repetition.WEEKLY, 1), "booking.series.times");
        assertRefused(SeriesPlan.until(Repetition.WEEKLY, LocalDate.parse("2026-07-06")), "booking.series.untilTooFar");
        assertThat(expansion.expand(
                        local("2026-01-05T10:00"),
                        60,
                        SeriesPlan.until(Repetition.WEEKLY, LocalDate.parse("2026-06-29"))))
                .as("26 Mondays from 5 January to 29 June")
                .hasSize(26);
        assertRefused(
                SeriesPlan.until(Repetition.WEEKLY, LocalDate.parse("2026-01-05")), "booking.series.untilAfterFirst");
        assertRefused(
                new SeriesPlan(Repetition.WEEKLY, 3, LocalDate.parse("2026-02-01")), "booking.series.timesOrUntil");
        assertRefused(new SeriesPlan(Repetition.WEEKLY, null, null), "booking.series.timesOrUntil");
        assertRefused(new SeriesPlan(null, 3, null), "booking.series.repetitionRequired");
    }

    private void assertRefused(SeriesPlan plan, String key) {
        assertThatThrownBy(() -> expansion.expand(local("2026-01-05T10:00"), 60, plan))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
