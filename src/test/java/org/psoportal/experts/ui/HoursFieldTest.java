package org.psoportal.experts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.psoportal.experts.WorkingHours;
import org.psoportal.shared.UserMessageException;

class HoursFieldTest {

    private static final DayOfWeek WEDNESDAY = DayOfWeek.WEDNESDAY;

    @Test
    void severalIntervalsOfADayAreReadInOrder() {
        assertThat(HoursField.parse("13:00-17:00, 9:00 - 12:00", WEDNESDAY))
                .containsExactly(
                        new WorkingHours(WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new WorkingHours(WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        assertThat(HoursField.parse("  ", WEDNESDAY)).isEmpty();
    }

    @Test
    void anIntervalEndingBeforeItStartsIsRefusedNamingIt() {
        assertThatThrownBy(() -> HoursField.parse("09:00-12:00, 17:00-13:00", WEDNESDAY))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("expert.hours.endBeforeStart");
                    assertThat(e.args()).containsExactly("17:00-13:00");
                });
        assertThatThrownBy(() -> HoursField.parse("09:00-09:00", WEDNESDAY))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("expert.hours.endBeforeStart"));
    }

    @Test
    void textThatIsNotATimeRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> HoursField.parse("09:00-12:00, lunch", WEDNESDAY))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("expert.hours.invalid");
                    assertThat(e.args()).containsExactly("lunch");
                });
        assertThatThrownBy(() -> HoursField.parse("9-12", WEDNESDAY))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.args()).containsExactly("9-12"));
    }

    @Test
    void overlappingIntervalsAreRefusedNamingBoth() {
        assertThatThrownBy(() -> HoursField.parse("09:00-12:00, 11:00-13:00", WEDNESDAY))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("expert.hours.overlap");
                    assertThat(e.args()).containsExactly("09:00-12:00", "11:00-13:00");
                });
    }
}
