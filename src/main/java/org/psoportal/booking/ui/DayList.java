package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.shared.ui.TimeFormats;

/** The week for a phone: one card per day with its bookings and its free start times as buttons. */
class DayList extends Div {

    DayList(WeekModel model, Consumer<Instant> onFree) {
        addClassName("pso-day-list");
        for (LocalDate day : model.days()) {
            Div card = new Div(new H4(TimeFormats.day(day)));
            card.addClassName("pso-day");
            if (model.isOff(day)) {
                card.add(new Span(getTranslation("calendar.timeOff")));
            }
            for (CalendarBlock b : model.blocksOn(day)) {
                String time = TimeFormats.time(b.time().start(), model.zone()) + "–"
                        + TimeFormats.time(b.time().end(), model.zone());
                Div entry = new Div(
                        new Span(time),
                        new Span(b.details() || b.topic() != null ? b.topic() : getTranslation("calendar.busy")));
                entry.addClassName("pso-day-entry");
                card.add(entry);
            }
            Div free = new Div();
            free.addClassName("pso-skills");
            for (LocalTime t : model.rows()) {
                if (model.isFree(day, t)) {
                    Instant start = model.instant(day, t);
                    Button b = new Button(t.toString(), e -> onFree.accept(start));
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    free.add(b);
                }
            }
            if (free.getComponentCount() > 0) {
                card.add(free);
            } else if (!model.isOff(day) && !model.worksOn(day)) {
                card.add(new Span(getTranslation("calendar.dayOff")));
            }
            add(card);
        }
    }
}
