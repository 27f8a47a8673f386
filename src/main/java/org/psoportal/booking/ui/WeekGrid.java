package org.psoportal.booking.ui;

import org.psoportal.shared.ui.TimeFormats;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.psoportal.booking.BookingStatus;
import org.psoportal.booking.CalendarBlock;

/**
 * The week as a CSS grid of plain Divs: a time column and seven day columns, one row per slot. Working hours are
 * shaded, time off hatched, bookings are blocks spanning their rows; a click on a free cell asks to book it.
 */
class WeekGrid extends Div {

    WeekGrid(WeekModel model, Consumer<Instant> onFree, Consumer<CalendarBlock> onBlock) {
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
                add(cell(model, days.get(d), time, r, d, onFree));
            }
        }
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

    private Div cell(WeekModel model, LocalDate day, LocalTime time, int r, int d, Consumer<Instant> onFree) {
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
            cell.getElement().setAttribute("title", getTranslation("calendar.book", TimeFormats.dateTime(start,
                    model.zone())));
            cell.addClickListener(e -> onFree.accept(start));
        }
        return cell;
    }

    private Div block(WeekModel model, CalendarBlock b, int d, Consumer<CalendarBlock> onBlock) {
        String time = TimeFormats.time(b.time().start(), model.zone()) + "–" + TimeFormats.time(b.time().end(),
                model.zone());
        Div block = new Div();
        block.addClassName("pso-cal-block");
        if (b.details()) {
            block.setText(time + " " + b.topic() + " · " + b.bookerName());
            block.getElement().setAttribute("title", b.topic() + "\n" + b.bookerName() + "\n" + b.projectLabel());
            block.getStyle().set("cursor", "pointer");
            block.addClickListener(e -> onBlock.accept(b));
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
