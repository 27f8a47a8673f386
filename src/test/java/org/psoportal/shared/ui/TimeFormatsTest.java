package org.psoportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One date and time format everywhere: 24-hour, the weekday where it helps, the year when it is not this year. */
class TimeFormatsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    @Test
    void timesAreTwentyFourHourAndDatesCarryTheWeekday() {
        Instant tenAm = Instant.parse("2026-03-23T09:00:00Z");
        assertThat(TimeFormats.time(tenAm, ZONE)).isEqualTo("10:00");
        assertThat(TimeFormats.dateTime(Instant.parse("2026-03-23T14:30:00Z"), ZONE))
                .isEqualTo("Mon 23 Mar 2026, 15:30");
        assertThat(TimeFormats.dateTimeFormat(ZONE).format(Instant.parse("2026-03-23T14:30:00Z")))
                .doesNotContain("PM");
        assertThat(TimeFormats.date(LocalDate.of(2026, 3, 23))).isEqualTo("23 Mar 2026");
    }

    @Test
    void aDateOfAnotherYearShowsItsYear() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertThat(TimeFormats.shortDate(LocalDate.of(2026, 11, 30), today)).isEqualTo("30 Nov");
        assertThat(TimeFormats.shortDate(LocalDate.of(2025, 11, 30), today)).isEqualTo("30 Nov 2025");
    }

    @Test
    void pickersShowThePortalsDateFormatAndTwentyFourHourTimes() {
        DatePicker date = TimeFormats.portalFormat(new DatePicker());
        assertThat(date.getI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
        assertThat(date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        DateTimePicker dateTime = TimeFormats.portalFormat(new DateTimePicker());
        assertThat(dateTime.getLocale().getCountry()).isEqualTo("GB");
        assertThat(dateTime.getDatePickerI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
    }
}
