package org.psoportal.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/** Columns shared by "My bookings" and "My schedule". */
final class BookingColumns {

    private BookingColumns() {}

    /**
     * The columns of a list of bookings, as both lists show them: when, the other person (the expert or who booked),
     * project and topic, status and the row's actions; on a phone each row is a card with the same actions as
     * components ({@link PhoneCards}). Texts wrap in their cells instead of ending in "CRM-2…".
     */
    static void addAll(
            Grid<BookingRow> grid,
            ZoneId zone,
            String personHeader,
            Function<BookingRow, String> person,
            LitRenderer<BookingRow> actions,
            String actionsId,
            String phoneTitle,
            Function<BookingRow, Component> phoneActions) {
        when(grid, zone);
        grid.addColumn(person::apply).setHeader(personHeader).setAutoWidth(true);
        projectAndTopic(grid);
        status(grid);
        grid.addColumn(actions)
                .setHeader(grid.getTranslation("grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions")
                .setId(actionsId);
        PhoneCards.add(grid, phoneTitle, r -> card(grid, r, zone, person.apply(r), phoneActions.apply(r)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
    }

    private static void when(Grid<BookingRow> grid, ZoneId zone) {
        // the date above the times when it must wrap, leaving the width to project and topic
        grid.addColumn(r -> TimeFormats.range(r.start(), r.end(), zone))
                .setHeader(grid.getTranslation("booking.when"))
                .setWidth("11rem")
                .setFlexGrow(0);
    }

    private static void projectAndTopic(Grid<BookingRow> grid) {
        // wide enough for a project code and a topic's words on one line each; longer texts wrap
        grid.addColumn(BookingRow::projectLabel)
                .setHeader(grid.getTranslation("booking.project"))
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(r -> topic(grid, r))
                .setHeader(grid.getTranslation("booking.topic"))
                .setWidth("8rem")
                .setFlexGrow(2);
    }

    /**
     * The status badge, drawn in the browser from the row's texts: a component per row kept a {@code Span} on the
     * server for every row sent (issue 17). Lit binds the texts as text, never as markup.
     */
    private static void status(Grid<BookingRow> grid) {
        grid.addColumn(LitRenderer.<BookingRow>of(BADGE)
                        .withProperty("statusText", r -> statusText(grid, r))
                        .withProperty("statusTheme", BookingColumns::statusTheme)
                        .withProperty("statusWhy", r -> statusWhy(grid, r)))
                .setHeader(grid.getTranslation("booking.status"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("status");
    }

    /** A badge with a {@code title} only when the booking was cancelled or declined by someone or for a reason. */
    private static final String BADGE = """
            ${item.statusWhy \
            ? html`<span theme="${item.statusTheme}" title="${item.statusWhy}">${item.statusText}</span>` \
            : html`<span theme="${item.statusTheme}">${item.statusText}</span>`}""";

    private static Span statusBadge(Component owner, BookingRow r) {
        Span badge = new Span(statusText(owner, r));
        badge.getElement().setAttribute("theme", statusTheme(r));
        String why = statusWhy(owner, r);
        if (!why.isEmpty()) {
            badge.getElement().setAttribute("title", why);
        }
        return badge;
    }

    private static String statusText(Component owner, BookingRow r) {
        return owner.getTranslation("booking.status." + r.status().name());
    }

    private static String statusTheme(BookingRow r) {
        return switch (r.status()) {
            case CONFIRMED -> "badge success";
            case REQUESTED -> "badge";
            case DECLINED, CANCELLED -> "badge contrast";
        };
    }

    /** Who cancelled (or declined) and why, or "" when nobody did. */
    private static String statusWhy(Component owner, BookingRow r) {
        if (r.cancelReason() == null && r.cancelledByName() == null) {
            return "";
        }
        return owner.getTranslation(
                "booking.cancelledBy",
                r.cancelledByName(),
                r.cancelledAt(),
                r.cancelReason() == null ? "" : r.cancelReason());
    }

    /**
     * A row as a phone shows it ({@link PhoneCards}): when, with whom, project and topic, its status, and then its
     * actions, so an Approve or Cancel is always seen with the booking it acts on.
     */
    private static Component card(Grid<BookingRow> grid, BookingRow r, ZoneId zone, String person, Component actions) {
        return RowCard.of(
                TimeFormats.range(r.start(), r.end(), zone),
                List.of(person + " · " + r.projectLabel(), topic(grid, r)),
                statusBadge(grid, r),
                actions);
    }

    /** "Cancel booking: Topic with Erik Engel, Mon 23 Mar 2026, 10:00–11:00": the confirmation names the booking. */
    static String named(Component owner, String key, BookingRow r, String person, ZoneId zone) {
        return owner.getTranslation(key, r.topic(), person, TimeFormats.range(r.start(), r.end(), zone));
    }

    /** The topic, and "Repeats weekly" for an occurrence of a series, so the list shows which bookings belong together. */
    static String topic(Component owner, BookingRow r) {
        return r.repetition() == null
                ? r.topic()
                : r.topic() + " · "
                        + owner.getTranslation(
                                "booking.series.label",
                                owner.getTranslation(r.repetition().labelKey()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The cancel confirmation of a booking: for an occurrence of a series it asks "only this one" or "this and the
     * following ones".
     */
    static Dialog cancelDialog(
            Component owner, BookingService bookings, BookingRow r, String person, ZoneId zone, Runnable onDone) {
        String title = named(owner, "booking.cancel.named", r, person, zone);
        if (r.inSeries()) {
            return new SeriesCancelDialog(title, bookings, r, onDone);
        }
        return new ReasonDialog(title, owner.getTranslation("booking.cancel.confirm"), reason -> {
            try {
                bookings.cancel(r.id(), reason);
                Notifications.success(owner.getTranslation("booking.cancelled"));
            } catch (UserMessageException e) {
                Notifications.error(Notifications.text(e));
            }
            onDone.run();
        });
    }

    /** The .ics link of a row as a component (a phone's card, built only at phone width). */
    static Anchor ics(BookingRow r) {
        Anchor a = new Anchor(icsHref(r), "booking.ics");
        a.setText(a.getTranslation("booking.ics"));
        a.getElement().setAttribute("download", true);
        a.getElement().setAttribute("title", a.getTranslation("booking.ics.tooltip"));
        a.setAriaLabel(icsLabel(a, r));
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }

    /**
     * The same .ics link as {@link #ics} in a Lit template, drawn in the browser; {@link #withIcs} adds the properties
     * it binds.
     */
    private static final String ICS_LINK = """
            <a href="${item.icsHref}" download router-ignore title="${item.icsTitle}" \
            aria-label="${item.icsLabel}">${item.icsText}</a>""";

    static LitRenderer<BookingRow> withIcs(Component owner, LitRenderer<BookingRow> renderer) {
        String text = owner.getTranslation("booking.ics");
        String title = owner.getTranslation("booking.ics.tooltip");
        return renderer.withProperty("icsHref", BookingColumns::icsHref)
                .withProperty("icsText", r -> text)
                .withProperty("icsTitle", r -> title)
                .withProperty("icsLabel", r -> icsLabel(owner, r));
    }

    private static String icsHref(BookingRow r) {
        return "calendar/booking/" + r.id() + ".ics";
    }

    /** Eleven ".ics" links in a list must say which booking each one downloads (WCAG 2.4.4). */
    private static String icsLabel(Component owner, BookingRow r) {
        return owner.getTranslation("booking.ics.named", r.topic(), r.expertName());
    }

    /**
     * A row's action buttons in a Lit template: {@code <vaadin-button>}s in a horizontal layout after the .ics link,
     * as the components looked. The template's {@code ${...}} parts must be the row's properties and the renderer's
     * functions only.
     */
    static String actionsTemplate(String buttons) {
        return "<vaadin-horizontal-layout theme=\"spacing\" style=\"align-items: center\">" + ICS_LINK + buttons
                + "</vaadin-horizontal-layout>";
    }

    static boolean holdsTime(BookingRow r) {
        return r.status().holdsTime();
    }
}
