package org.psoportal.booking.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.shared.ui.Markup;
import org.psoportal.shared.ui.Markup.Node;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The week as a CSS grid: a time column and seven day columns, one row per slot. Working hours are shaded, time off
 * hatched, bookings are blocks spanning their rows; a click on a free cell asks to book it, a click on one's own
 * booking opens it.
 *
 * <p>For the keyboard every free cell is a button named with day, time and expert ("Book Wed 9 Dec, 10:00 with Priya
 * Nair"). The week is one Tab stop (a roving tabindex, as in the WAI-ARIA grid pattern): arrow keys move between free
 * cells, Enter or Space books the focused one. One's own bookings are buttons too (Tab, Enter, Space).
 *
 * <p>The cells are drawn as markup in one element ({@link WeekMarkup}): a component per cell made a week about 600
 * server-side elements and 0.9 MB of memory a session (docs/performance.md, issue 17).
 */
class WeekGrid extends WeekMarkup {

    WeekGrid(WeekModel model, String expertName, Consumer<Instant> onFree, Consumer<CalendarBlock> onOpen) {
        super(onFree, onOpen);
        addClassName("pso-week");
        setId("week-grid");
        List<LocalTime> rows = model.rows();
        List<LocalDate> days = model.days();
        getStyle().set("grid-template-columns", "56px repeat(7, minmax(80px, 1fr))");
        getStyle().set("grid-template-rows", "auto repeat(" + rows.size() + ", minmax(22px, auto))");
        // the keyboard, in the browser: arrow keys move the focus to the next free cell in their direction, skipping
        // busy ones; Enter or Space click a free cell or one's own booking (the listener stays with the element)
        getElement().executeJs("""
                const grid = this;
                grid.addEventListener('keydown', e => {
                  const block = e.target.closest && e.target.closest('.pso-cal-block.open');
                  if (block && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); block.click(); return; }
                  const cell = e.target.closest && e.target.closest('.pso-cal-cell.free');
                  if (!cell) { return; }
                  if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); cell.click(); return; }
                  const step = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]}[e.key];
                  if (!step) { return; }
                  e.preventDefault();
                  const free = new Map([...grid.querySelectorAll('.pso-cal-cell.free')]
                      .map(c => [c.dataset.row + ':' + c.dataset.day, c]));
                  let row = +cell.dataset.row, day = +cell.dataset.day;
                  for (let i = 0; i < 400; i++) {
                    row += step[0]; day += step[1];
                    if (row < 0 || row > $0 || day < 0 || day > 6) { return; }
                    const next = free.get(row + ':' + day);
                    if (next) { cell.tabIndex = -1; next.tabIndex = 0; next.focus(); return; }
                  }
                });
                """, rows.size() - 1);

        List<Node> nodes = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            nodes.add(place(
                            Markup.el(
                                    "div", "class", day.equals(model.today()) ? "pso-cal-head today" : "pso-cal-head"),
                            1,
                            d + 2,
                            1)
                    .text(TimeFormats.day(day)));
        }
        boolean focusablePlaced = false;
        for (int r = 0; r < rows.size(); r++) {
            LocalTime time = rows.get(r);
            nodes.add(place(Markup.el("div", "class", "pso-cal-time"), r + 2, 1, 1)
                    .text(time.getMinute() == 0 ? time.toString() : ""));
            for (int d = 0; d < days.size(); d++) {
                Node cell = cell(model, days.get(d), time, r, d, expertName, !focusablePlaced);
                focusablePlaced |= cell.attr("data-start") != null;
                nodes.add(cell);
            }
        }
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            if (model.isOff(day)) {
                nodes.add(place(Markup.el("div", "class", "pso-cal-off-label"), 2, d + 2, 1)
                        .text(getTranslation("calendar.timeOff")));
            }
            for (CalendarBlock b : model.blocksOn(day)) {
                nodes.add(block(model, b, d));
            }
        }
        draw(nodes);
    }

    private Node cell(
            WeekModel model, LocalDate day, LocalTime time, int r, int d, String expertName, boolean firstFree) {
        String kind = model.isOff(day) ? " off" : model.isWork(day, time) ? " work" : "";
        if (!model.isFree(day, time)) {
            return place(Markup.el("div", "class", "pso-cal-cell" + kind), r + 2, d + 2, 1);
        }
        Instant start = model.instant(day, time);
        String when = TimeFormats.dateTime(start, model.zone());
        return place(
                Markup.el(
                        "div",
                        "class",
                        "pso-cal-cell" + kind + " free",
                        "data-start",
                        free(start),
                        "data-row",
                        String.valueOf(r),
                        "data-day",
                        String.valueOf(d),
                        "role",
                        "button",
                        "tabindex",
                        firstFree ? "0" : "-1",
                        "title",
                        getTranslation("calendar.book", when),
                        "aria-label",
                        getTranslation("calendar.bookWith", when, expertName)),
                r + 2,
                d + 2,
                1);
    }

    private Node block(WeekModel model, CalendarBlock b, int d) {
        String time = TimeFormats.time(b.time().start(), model.zone()) + "–"
                + TimeFormats.time(b.time().end(), model.zone());
        Node block = Markup.el("div", "data-booking", String.valueOf(b.id()));
        String kind;
        if (b.details()) {
            // one's own booking (or, for its expert, any): it opens on click, Enter or Space
            kind = "open";
            openable(b);
            block.text(time + " " + b.topic() + " · " + b.bookerName())
                    .attr("title", b.topic() + "\n" + b.bookerName() + "\n" + b.projectLabel())
                    .attr("role", "button")
                    .attr("tabindex", "0");
        } else if (b.topic() != null) {
            // a hold (training session): public, so its title instead of "Busy"
            kind = "busy session";
            block.text(time + " " + b.topic());
        } else {
            kind = "busy";
            block.text(time + " " + getTranslation("calendar.busy"));
        }
        block.attr("class", "pso-cal-block " + kind + (b.status() == BookingStatus.REQUESTED ? " requested" : ""));
        return place(block, model.rowOf(b.time().start()) + 2, d + 2, model.span(b));
    }

    /** Its place in the grid: first row and column (1-based) and the rows it spans. */
    private static Node place(Node node, int row, int column, int span) {
        return node.attr("style", "grid-area:" + row + "/" + column + (span > 1 ? "/span " + span : ""));
    }
}
