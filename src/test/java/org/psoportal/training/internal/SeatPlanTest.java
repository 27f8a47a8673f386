package org.psoportal.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seat and waitlist transitions and the dates of a series, as pure functions. */
class SeatPlanTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void aNewcomerGetsASeatWhileSeatsAreLeftElseWaits() {
        assertThat(SeatPlan.placeFor(0, 1)).isEqualTo(RegistrationStatus.SEATED);
        assertThat(SeatPlan.placeFor(9, 10)).isEqualTo(RegistrationStatus.SEATED);
        assertThat(SeatPlan.placeFor(10, 10)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(SeatPlan.placeFor(11, 10)).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void freedSeatsGoToTheFirstWaitingInOrder() {
        List<String> waiting = List.of("first", "second", "third");
        assertThat(SeatPlan.promoted(waiting, 9, 10)).containsExactly("first");
        assertThat(SeatPlan.promoted(waiting, 5, 7)).containsExactly("first", "second");
        assertThat(SeatPlan.promoted(waiting, 0, 10)).containsExactly("first", "second", "third");
        assertThat(SeatPlan.promoted(waiting, 10, 10)).isEmpty();
        assertThat(SeatPlan.promoted(List.of(), 0, 10)).isEmpty();
    }

    @Test
    void seatsShrinkOnlyDownToTheSeated() {
        assertThat(SeatPlan.seatsAllowed(5, 5)).isTrue();
        assertThat(SeatPlan.seatsAllowed(4, 5)).isFalse();
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheDaylightSavingChange() {
        // 2026-10-25: Berlin goes from CEST (+2) to CET (+1)
        SessionForm form = form(LocalDateTime.of(2026, 10, 20, 10, 0), Repeat.WEEKLY, 3);
        List<Occurrence> dates = SessionPlan.occurrences(form, ZONE);
        assertThat(dates).hasSize(3);
        for (int i = 0; i < 3; i++) {
            ZonedDateTime local = dates.get(i).start().atZone(ZONE);
            assertThat(local.toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 10, 20, 10, 0).plusWeeks(i));
            assertThat(dates.get(i).end()).isEqualTo(dates.get(i).start().plusSeconds(90 * 60));
        }
        assertThat(dates.get(0).start().atZone(ZONE).getOffset().getTotalSeconds())
                .isEqualTo(7200);
        assertThat(dates.get(1).start().atZone(ZONE).getOffset().getTotalSeconds())
                .isEqualTo(3600);
    }

    @Test
    void everyTwoWeeksAndTheDeadlineMovesWithEachDate() {
        SessionForm form = form(LocalDateTime.of(2027, 1, 4, 9, 0), Repeat.FORTNIGHTLY, 2);
        form.setDeadline(LocalDateTime.of(2027, 1, 3, 12, 0)); // 21 hours before
        List<Occurrence> dates = SessionPlan.occurrences(form, ZONE);
        assertThat(dates.get(1).start().atZone(ZONE).toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 1, 18));
        assertThat(dates.get(1).deadline().atZone(ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 1, 17, 12, 0));
    }

    @Test
    void noRepeatIsOneDateWhateverTheCountAndTheDeadlineDefaultsToTheStart() {
        SessionForm form = form(LocalDateTime.of(2027, 2, 1, 9, 0), Repeat.NONE, 5);
        List<Occurrence> dates = SessionPlan.occurrences(form, ZONE);
        assertThat(dates).hasSize(1);
        assertThat(dates.getFirst().deadline()).isEqualTo(dates.getFirst().start());
    }

    @Test
    void aDeadlineAfterTheStartIsRefused() {
        SessionForm form = form(LocalDateTime.of(2027, 2, 1, 9, 0), Repeat.NONE, 1);
        form.setDeadline(LocalDateTime.of(2027, 2, 1, 9, 15));
        assertThatThrownBy(() -> SessionPlan.occurrences(form, ZONE)).hasMessage("training.deadline.afterStart");
    }

    private static SessionForm form(LocalDateTime start, Repeat repeat, int count) {
        SessionForm f = new SessionForm();
        f.setStart(start);
        f.setLengthMinutes(90);
        f.setRepeat(repeat);
        f.setOccurrences(count);
        return f;
    }
}
