package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.LitRendererTestUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.StateNode;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.Repetition;
import org.psoportal.booking.internal.SeriesPlan;
import org.psoportal.booking.internal.SeriesSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The expert's schedule: its status badges and actions are drawn in the browser by Lit renderers, so these tests
 * read what a row shows from the renderer's properties and press a button by calling the renderer's function for
 * the row, as the button's click does. Each test signs in as a fresh expert of its own, whose schedule holds only the
 * test's bookings.
 */
@WithUserDetails(DemoAccounts.EXPERT)
class ScheduleViewTest extends BrowserlessViewTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void approveIsOfferedOnlyForARequestedBookingAndConfirmsIt() {
        long expert = fixture.newExpert(0);
        String staff = fixture.newStaff();
        BookingRow confirmed = book(staff, expert, fixture.at(3, 9, 0), "Confirmed " + System.nanoTime());
        approvalRequired(expert);
        BookingRow requested = book(staff, expert, fixture.at(3, 11, 0), "Requested " + System.nanoTime());
        signInAs(expert);
        GridTester<Grid<BookingRow>, BookingRow> rows = schedule();

        int confirmedRow = rowOf(rows, confirmed);
        assertThat(actions(rows, confirmedRow, "requested", Boolean.class))
                .as("no Approve or Decline for a confirmed booking")
                .isFalse();
        assertThat(actions(rows, confirmedRow, "cancellable", Boolean.class)).isTrue();
        assertThat(actions(rows, confirmedRow, "cancelText", String.class)).isEqualTo("Cancel booking");
        assertThat(status(rows, confirmedRow, "statusText")).isEqualTo("Confirmed");
        assertThat(status(rows, confirmedRow, "statusTheme")).isEqualTo("badge success");

        int requestedRow = rowOf(rows, requested);
        assertThat(actions(rows, requestedRow, "requested", Boolean.class)).isTrue();
        assertThat(actions(rows, requestedRow, "approveText", String.class)).isEqualTo("Approve");
        assertThat(actions(rows, requestedRow, "declineText", String.class)).isEqualTo("Decline");
        assertThat(status(rows, requestedRow, "statusText")).isEqualTo("Requested");
        assertThat(status(rows, requestedRow, "statusTheme")).isEqualTo("badge");

        rows.invokeLitRendererFunction(requestedRow, "actions", "approve");

        assertThat(lastNotification()).isEqualTo("The booking is confirmed.");
        assertThat(bookings.details(requested.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        int approvedRow = rowOf(rows, requested);
        assertThat(status(rows, approvedRow, "statusText"))
                .as("the grid is refreshed")
                .isEqualTo("Confirmed");
        assertThat(actions(rows, approvedRow, "requested", Boolean.class)).isFalse();
    }

    /**
     * A double click sends the function twice for the row the browser was shown (Flow resolves its key to the row as
     * it was sent, still requested): the second approve is refused with a message, not a stack trace.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSecondApproveOfTheSameRowSaysTheBookingIsNoLongerWaiting() {
        long expert = fixture.newExpert(0);
        approvalRequired(expert);
        BookingRow requested = book(fixture.newStaff(), expert, fixture.at(4, 9, 0), "Twice " + System.nanoTime());
        signInAs(expert);
        GridTester<Grid<BookingRow>, BookingRow> rows = schedule();
        BookingRow shown = rows.getRow(rowOf(rows, requested));

        LitRenderer<BookingRow> actions =
                (LitRenderer<BookingRow>) rows.getColumn("actions").getRenderer();
        invoke(actions, shown, "approve");
        assertThat(lastNotification()).isEqualTo("The booking is confirmed.");
        invoke(actions, shown, "approve");

        assertThat(lastNotification()).isEqualTo("This booking is no longer waiting for approval.");
        assertThat(find(Notification.class).last().getThemeNames()).contains("error");
        assertThat(bookings.details(requested.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void declineAsksForAReasonAndTheBadgeSaysWhoDeclinedAndWhy() {
        long expert = fixture.newExpert(0);
        approvalRequired(expert);
        String topic = "Decline me " + System.nanoTime();
        BookingRow requested = book(fixture.newStaff(), expert, fixture.at(5, 10, 0), topic);
        signInAs(expert);
        GridTester<Grid<BookingRow>, BookingRow> rows = schedule();

        rows.invokeLitRendererFunction(rowOf(rows, requested), "actions", "decline");

        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle())
                .startsWith("Decline booking: " + topic + " from " + requested.bookerName())
                .contains("10:00");
        assertThat(bookings.details(requested.id()).status())
                .as("nothing is declined before the reason is confirmed")
                .isEqualTo(BookingStatus.REQUESTED);
        test(find(TextArea.class).id("reason")).setValue("On leave that week");
        test(find(Button.class).id("reason-confirm")).click();

        assertThat(lastNotification()).isEqualTo("The booking is declined.");
        assertThat(bookings.details(requested.id()).status()).isEqualTo(BookingStatus.DECLINED);
        int row = rowOf(rows, requested);
        assertThat(status(rows, row, "statusText")).isEqualTo("Declined");
        assertThat(status(rows, row, "statusTheme")).isEqualTo("badge contrast");
        assertThat(status(rows, row, "statusWhy")).endsWith(": On leave that week");
        assertThat(actions(rows, row, "requested", Boolean.class)).isFalse();
        assertThat(actions(rows, row, "cancellable", Boolean.class)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestedSeriesIsApprovedAsAWhole() {
        long expert = fixture.newExpert(0);
        approvalRequired(expert);
        String staff = fixture.newStaff();
        var made = fixture.runAs(staff, () -> bookSeries(expert, fixture.at(2, 13, 0), "Weekly " + System.nanoTime()));
        BookingRow second = made.occurrences().get(1);
        signInAs(expert);
        GridTester<Grid<BookingRow>, BookingRow> rows = schedule();
        int row = rowOf(rows, second);
        assertThat(actions(rows, row, "approveText", String.class)).isEqualTo("Approve series");
        assertThat(actions(rows, row, "declineText", String.class)).isEqualTo("Decline series");

        rows.invokeLitRendererFunction(row, "actions", "approve");

        assertThat(lastNotification()).isEqualTo("The series is confirmed.");
        assertThat(bookings.series(second.id()).orElseThrow().occurrences())
                .extracting(BookingRow::status)
                .containsOnly(BookingStatus.CONFIRMED);
    }

    @Test
    void cancellingAnOccurrenceOfASeriesAsksWhichOnes() {
        long expert = fixture.newExpert(0);
        var made = fixture.runAs(
                fixture.newStaff(), () -> bookSeries(expert, fixture.at(2, 15, 0), "Series " + System.nanoTime()));
        BookingRow second = made.occurrences().get(1);
        signInAs(expert);
        GridTester<Grid<BookingRow>, BookingRow> rows = schedule();

        rows.invokeLitRendererFunction(rowOf(rows, second), "actions", "cancel");

        assertThat(find(Dialog.class).single().getHeaderTitle()).startsWith("Cancel booking: " + second.topic());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> which = find(RadioButtonGroup.class).id("series-cancel-which");
        test(which).selectItem("This and the following ones");
        test(find(Button.class).id("reason-confirm")).click();
        assertThat(bookings.series(second.id()).orElseThrow().occurrences())
                .extracting(BookingRow::status)
                .containsExactly(BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
    }

    @Test
    void theIcsLinkNamesTheBookingItDownloads() {
        long expert = fixture.newExpert(0);
        String topic = "Calendar " + System.nanoTime();
        BookingRow booked = book(fixture.newStaff(), expert, fixture.at(6, 8, 0), topic);
        signInAs(expert);
        GridTester<Grid<BookingRow>, BookingRow> rows = schedule();
        int row = rowOf(rows, booked);

        assertThat(actions(rows, row, "icsHref", String.class)).isEqualTo("calendar/booking/" + booked.id() + ".ics");
        assertThat(actions(rows, row, "icsText", String.class)).isEqualTo(".ics");
        assertThat(actions(rows, row, "icsTitle", String.class)).isEqualTo("Download for your calendar");
        assertThat(actions(rows, row, "icsLabel", String.class))
                .isEqualTo("Download \"" + topic + "\" with " + booked.expertName() + " as .ics");
    }

    /**
     * The memory of issue 17: the rows a grid sends build nothing on the server. Before, each row of the schedule
     * built a status badge and a layout with a link and buttons (about nine state nodes a row, 903 for 100 rows).
     */
    @Test
    void aScheduleWithRowsHasNoMoreStateNodesThanAnEmptyOne() {
        long empty = fixture.newExpert(0);
        long expert = fixture.newExpert(0);
        String staff = fixture.newStaff();
        book(staff, expert, fixture.at(7, 9, 0), "Nodes one");
        approvalRequired(expert);
        book(staff, expert, fixture.at(7, 10, 0), "Nodes two");
        book(staff, expert, fixture.at(7, 11, 0), "Nodes three");

        signInAs(empty);
        int withoutRows = scheduleNodes();
        UI.getCurrent().navigate(MyBookingsView.class);
        signInAs(expert);
        int withRows = scheduleNodes();

        assertThat(test(find(Grid.class).id("schedule-grid")).size()).isEqualTo(3);
        assertThat(withRows).isEqualTo(withoutRows);
    }

    /** The state nodes of the schedule view once the grid has sent its first rows. */
    private int scheduleNodes() {
        UI.getCurrent().navigate(ScheduleView.class);
        roundTrip();
        return nodes(find(ScheduleView.class).single().getElement().getNode());
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private void approvalRequired(long expert) {
        jdbc.update("UPDATE expert_profile SET requires_approval = TRUE WHERE person_id = ?", expert);
    }

    private BookingRow book(String staff, long expert, Instant start, String topic) {
        return fixture.runAs(
                staff,
                () -> bookings.book(new BookingRequest(
                        expert, fixture.activeProjectId(), start, start.plusSeconds(1800), topic, null)));
    }

    private SeriesSummary bookSeries(long expert, Instant start, String topic) {
        BookingRequest first =
                new BookingRequest(expert, fixture.activeProjectId(), start, start.plusSeconds(1800), topic, null);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 3);
        return bookings.bookSeries(
                first,
                plan,
                bookings.previewSeries(first, plan).stream()
                        .map(o -> o.time().start())
                        .toList());
    }

    /** From here on the test acts as this expert (the view, its services and their checks). */
    private void signInAs(long personId) {
        String email = jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, personId);
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<BookingRow>, BookingRow> schedule() {
        UI.getCurrent().navigate(ScheduleView.class);
        return test(find(Grid.class).id("schedule-grid"));
    }

    private static int rowOf(GridTester<Grid<BookingRow>, BookingRow> rows, BookingRow booking) {
        return IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).id() == booking.id())
                .findFirst()
                .orElseThrow();
    }

    private static <V> V actions(GridTester<Grid<BookingRow>, BookingRow> rows, int row, String name, Class<V> type) {
        return rows.getLitRendererPropertyValue(row, "actions", name, type);
    }

    private static String status(GridTester<Grid<BookingRow>, BookingRow> rows, int row, String name) {
        return rows.getLitRendererPropertyValue(row, "status", name, String.class);
    }

    /** The renderer's function called for this row object, as Flow calls it for the key the browser sends. */
    private static void invoke(LitRenderer<BookingRow> renderer, BookingRow row, String function) {
        LitRendererTestUtil.invokeFunction(
                renderer, ScheduleViewTest::field, i -> row, 0, function, JacksonUtils.createArrayNode());
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    private static int nodes(StateNode root) {
        AtomicInteger count = new AtomicInteger();
        root.visitNodeTree(n -> count.incrementAndGet());
        return count.get();
    }
}
