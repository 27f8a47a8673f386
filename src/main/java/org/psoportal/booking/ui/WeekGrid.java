package org.psoportal.booking.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The week as a CSS grid of plain Divs: a time column and seven day columns, one row per slot. Working hours are
 * shaded, time off hatched, bookings are blocks spanning their rows; a click on a free cell asks to book it.
 *
 * <p>For the keyboard every free cell is a button named with day, time and expert ("Book Wed 9 Dec, 10:00 with Priya
 * Nair"). The week is one Tab stop (a roving tabindex, as in the WAI-ARIA grid pattern): arrow keys move between free
 * cells, Enter or Space books the focused one.
 */
class WeekGrid extends Div {

    private boolean focusableCellPlaced;

    WeekGrid(WeekModel model, String expertName, Consumer<Instant> onFree, Consumer<CalendarBlock> onBlock) {
        addClassName("pso-week");
        setId("week-grid");
        List<LocalTime> rows = model.rows();
        List<LocalDate> days = model.days();
        getStyle().set("grid-template-columns", "56px repeat(7, minmax(80px, 1fr))");
        getStyle().set("grid-template-rows", "auto repeat(" + rows.size() + ", minmax(22px, auto))");

        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            Div head = place(new Div(TimeFormats.day(day)), 1, d + 2, 1);
            head.addClassName("pso-cal-head");
            add(head);
            if (day.equals(model.today())) {
                head.addClassName("today");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            LocalTime time = rows.get(r);
            Div label = place(new Div(time.getMinute() == 0 ? time.toString() : ""), r + 2, 1, 1);
            label.addClassName("pso-cal-time");
            add(label);
            for (int d = 0; d < days.size(); d++) {
                add(cell(model, expertName, days.get(d), time, r, d, onFree));
            }
        }
        // arrow keys move the focus to the next free cell in their direction, skipping busy ones; Enter/Space click it
        getElement().executeJs("""
                    const grid = this;
                    grid.addEventListener('keydown', e => {
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
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            if (model.isOff(day)) {
                Div off = place(new Div(getTranslation("calendar.timeOff")), 2, d + 2, 1);
                off.addClassName("pso-cal-off-label");
                add(off);
            }
            for (CalendarBlock b : model.blocksOn(day)) {
                add(block(model, b, d, onBlock));
            }
        }
    }

    private Div cell(
            WeekModel model, String expertName, LocalDate day, LocalTime time, int r, int d, Consumer<Instant> onFree) {
        Div cell = place(new Div(), r + 2, d + 2, 1);
        cell.addClassName("pso-cal-cell");
        if (model.isOff(day)) {
            cell.addClassName("off");
        } else if (model.isWork(day, time)) {
            cell.addClassName("work");
        }
        if (model.isFree(day, time)) {
            Instant start = model.instant(day, time);
            cell.addClassName("free");
            cell.getElement().setAttribute("data-start", start.toString());
            cell.getElement()
                    .setAttribute("title", getTranslation("calendar.book", TimeFormats.dateTime(start, model.zone())));
            cell.getElement().setAttribute("role", "button");
            cell.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation("calendar.bookWith", TimeFormats.dateTime(start, model.zone()), expertName));
            cell.getElement().setAttribute("data-row", String.valueOf(r));
            cell.getElement().setAttribute("data-day", String.valueOf(d));
            cell.getElement().setAttribute("tabindex", focusableCellPlaced ? "-1" : "0");
            focusableCellPlaced = true;
            cell.addClickListener(e -> onFree.accept(start));
        }
        return cell;
    }

    private Div block(WeekModel model, CalendarBlock b, int d, Consumer<CalendarBlock> onBlock) {
        String time = TimeFormats.time(b.time().start(), model.zone()) + "–"
                + TimeFormats.time(b.time().end(), model.zone());
        Div block = new Div();
        block.addClassName("pso-cal-block");
        if (b.details()) {
            block.setText(time + " " + b.topic() + " · " + b.bookerName());
            block.getElement().setAttribute("title", b.topic() + "\n" + b.bookerName() + "\n" + b.projectLabel());
            block.getStyle().set("cursor", "pointer");
            block.addClickListener(e -> onBlock.accept(b));
        } else if (b.topic() != null) {
            // a hold (training session): public, so its title instead of "Busy"
            block.setText(time + " " + b.topic());
            block.addClassName("busy");
            block.addClassName("session");
        } else {
            block.setText(time + " " + getTranslation("calendar.busy"));
            block.addClassName("busy");
        }
        if (b.status() == BookingStatus.REQUESTED) {
            block.addClassName("requested");
        }
        block.getElement().setAttribute("data-booking", String.valueOf(b.id()));
        return place(block, model.rowOf(b.time().start()) + 2, d + 2, model.span(b));
    }

    private static Div place(Div div, int row, int column, int span) {
        div.getStyle().set("grid-row", row + " / span " + span);
        div.getStyle().set("grid-column", String.valueOf(column));
        return div;
    }
}
