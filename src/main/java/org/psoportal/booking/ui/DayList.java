package org.psoportal.booking.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.shared.ui.Markup;
import org.psoportal.shared.ui.Markup.Node;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The week for a phone: one card per day with its bookings and its free start times as buttons (native buttons in
 * markup, {@link WeekMarkup}; each named with day, time and expert for a screen reader). One's own bookings (for the
 * expert, every booking) are buttons that open them, as the desktop's blocks do.
 */
class DayList extends WeekMarkup {

    DayList(WeekModel model, String expertName, Consumer<Instant> onFree, Consumer<CalendarBlock> onOpen) {
        super(onFree, onOpen);
        addClassName("pso-day-list");
        List<Node> nodes = new ArrayList<>();
        for (LocalDate day : model.days()) {
            Node card =
                    Markup.el("div", "class", "pso-day").append(Markup.el("h4").text(TimeFormats.day(day)));
            if (model.isOff(day)) {
                card.append(Markup.el("span").text(getTranslation("calendar.timeOff")));
            }
            for (CalendarBlock b : model.blocksOn(day)) {
                card.append(entry(model, b));
            }
            Node free = Markup.el("div", "class", "pso-day-free");
            boolean any = false;
            for (LocalTime t : model.rows()) {
                if (model.isFree(day, t)) {
                    Instant start = model.instant(day, t);
                    free.append(Markup.el(
                                    "button",
                                    "type",
                                    "button",
                                    "class",
                                    "pso-slot",
                                    "data-start",
                                    free(start),
                                    "aria-label",
                                    getTranslation(
                                            "calendar.bookWith", TimeFormats.dateTime(start, model.zone()), expertName))
                            .text(t.toString()));
                    any = true;
                }
            }
            if (any) {
                card.append(free);
            } else if (!model.isOff(day) && !model.worksOn(day)) {
                card.append(Markup.el("span").text(getTranslation("calendar.dayOff")));
            }
            nodes.add(card);
        }
        draw(nodes);
    }

    private Node entry(WeekModel model, CalendarBlock b) {
        String time = TimeFormats.time(b.time().start(), model.zone()) + "–"
                + TimeFormats.time(b.time().end(), model.zone());
        String what = b.details() || b.topic() != null ? b.topic() : getTranslation("calendar.busy");
        if (!b.details()) {
            return Markup.el("div", "class", "pso-day-entry")
                    .append(Markup.el("span").text(time))
                    .append(Markup.el("span").text(what));
        }
        openable(b);
        return Markup.el(
                        "button",
                        "type",
                        "button",
                        "class",
                        "pso-day-entry open",
                        "data-booking",
                        String.valueOf(b.id()))
                .append(Markup.el("span").text(time))
                .append(Markup.el("span").text(what + " · " + b.bookerName()));
    }
}
