package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.CalendarFeedService;
import org.psoportal.booking.internal.Repetition;
import org.psoportal.booking.internal.SeriesPlan;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class MyBookingsViewTest extends BrowserlessViewTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    CalendarFeedService feeds;

    @Test
    @SuppressWarnings("unchecked")
    void theCancelConfirmationNamesTheBooking() {
        long expert = fixture.newExpert(0);
        Instant start = fixture.at(4, 10, 0);
        String topic = "Phone card " + System.nanoTime();
        BookingRow booked = bookings.book(
                new BookingRequest(expert, fixture.activeProjectId(), start, start.plusSeconds(3600), topic, null));
        UI.getCurrent().navigate(MyBookingsView.class);

        Grid<BookingRow> grid = find(Grid.class).id("my-bookings-grid");
        GridTester<Grid<BookingRow>, BookingRow> rows = test(grid);
        int row = IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).id() == booked.id())
                .findFirst()
                .orElseThrow();
        assertThat(rows.getLitRendererPropertyValue(row, "actions", "changeable", Boolean.class))
                .as("Reschedule and Cancel booking are shown")
                .isTrue();
        assertThat(rows.getLitRendererPropertyValue(row, "actions", "cancelText", String.class))
                .isEqualTo("Cancel booking");
        rows.invokeLitRendererFunction(row, "actions", "cancel");

        assertThat(find(Dialog.class).single().getHeaderTitle())
                .contains(topic)
                .contains(booked.expertName())
                .contains("10:00");
    }

    @Test
    void theFeedAddressIsShownAgainWithAWebcalLink() {
        String token = feeds.regenerateToken();
        navigate(MyBookingsView.class);
        String path = "/calendar/feed/" + token + ".ics";
        assertThat(find(TextField.class).id("feed-url").getValue()).endsWith(path);
        assertThat(find(Anchor.class).id("feed-webcal").getHref())
                .startsWith("webcal://")
                .endsWith(path);

        test(find(Button.class).id("feed-generate")).click();
        String replaced = feeds.currentToken().orElseThrow();
        assertThat(replaced).isNotEqualTo(token);
        assertThat(find(TextField.class).id("feed-url").getValue()).endsWith("/calendar/feed/" + replaced + ".ics");

        navigate(MyBookingsView.class);
        assertThat(find(TextField.class).id("feed-url").getValue())
                .as("seen again on a later visit")
                .endsWith("/calendar/feed/" + replaced + ".ics");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOccurrenceOfASeriesShowsTheSeriesAndCancelsItAndTheFollowingOnes() {
        long expert = fixture.newExpert(0);
        Instant start = fixture.at(2, 8, 0);
        String topic = "Series " + System.nanoTime();
        BookingRequest first =
                new BookingRequest(expert, fixture.activeProjectId(), start, start.plusSeconds(1800), topic, null);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 3);
        var made = bookings.bookSeries(
                first,
                plan,
                bookings.previewSeries(first, plan).stream()
                        .map(o -> o.time().start())
                        .toList());
        BookingRow second = made.occurrences().get(1);
        UI.getCurrent().navigate(MyBookingsView.class);

        Grid<BookingRow> grid = find(Grid.class).id("my-bookings-grid");
        GridTester<Grid<BookingRow>, BookingRow> rows = test(grid);
        int row = IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).id() == second.id())
                .findFirst()
                .orElseThrow();
        assertThat(rows.getCellText(row, 3)).isEqualTo(topic + " · Repeats weekly");
        assertThat(rows.getLitRendererPropertyValue(row, "actions", "changeable", Boolean.class))
                .as("Reschedule and Cancel booking are shown")
                .isTrue();
        assertThat(rows.getLitRendererPropertyValue(row, "actions", "cancelText", String.class))
                .isEqualTo("Cancel booking");
        rows.invokeLitRendererFunction(row, "actions", "cancel");
        RadioButtonGroup<Boolean> which = find(RadioButtonGroup.class).id("series-cancel-which");
        test(which).selectItem("This and the following ones");
        test(find(Button.class).id("reason-confirm")).click();

        assertThat(bookings.series(second.id()).orElseThrow().occurrences())
                .extracting(BookingRow::status)
                .containsExactly(BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpcomingBookingOffersRescheduleAndItsDownloadNamesIt() {
        long expert = fixture.newExpert(0);
        Instant start = fixture.at(5, 14, 0);
        String topic = "Move me " + System.nanoTime();
        BookingRow booked = bookings.book(
                new BookingRequest(expert, fixture.activeProjectId(), start, start.plusSeconds(1800), topic, null));
        UI.getCurrent().navigate(MyBookingsView.class);
        GridTester<Grid<BookingRow>, BookingRow> rows = test(find(Grid.class).id("my-bookings-grid"));
        int row = IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).id() == booked.id())
                .findFirst()
                .orElseThrow();

        assertThat(rows.getLitRendererPropertyValue(row, "status", "statusText", String.class))
                .isEqualTo("Confirmed");
        assertThat(rows.getLitRendererPropertyValue(row, "actions", "icsLabel", String.class))
                .isEqualTo("Download \"" + topic + "\" with " + booked.expertName() + " as .ics");
        assertThat(rows.getLitRendererPropertyValue(row, "actions", "rescheduleText", String.class))
                .isEqualTo("Reschedule");
        rows.invokeLitRendererFunction(row, "actions", "reschedule");

        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Reschedule: " + topic);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pastBookingsOfferOnlyTheDownload() {
        UI.getCurrent().navigate(MyBookingsView.class);
        RadioButtonGroup<Boolean> shown = find(RadioButtonGroup.class).id("my-bookings-shown");
        test(shown).selectItem("Past");
        GridTester<Grid<BookingRow>, BookingRow> rows = test(find(Grid.class).id("my-bookings-grid"));

        assertThat(rows.size()).as("the demo sign-in has past bookings").isPositive();
        for (int row = 0; row < rows.size(); row++) {
            assertThat(rows.getLitRendererPropertyValue(row, "actions", "changeable", Boolean.class))
                    .isFalse();
            assertThat(rows.getLitRendererPropertyValue(row, "actions", "icsHref", String.class))
                    .isEqualTo("calendar/booking/" + rows.getRow(row).id() + ".ics");
        }
        rows.invokeLitRendererFunction(0, "actions", "cancel");
        assertThat(find(Dialog.class).all())
                .as("no cancel of a past booking, even when the browser asks")
                .isEmpty();
    }
}
