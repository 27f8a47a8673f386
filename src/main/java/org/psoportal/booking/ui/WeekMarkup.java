package org.psoportal.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.shared.ui.Markup;
import tools.jackson.databind.JsonNode;

/**
 * A week drawn as escaped markup in one element ({@link Markup}): the desktop's {@link WeekGrid} and the phone's
 * {@link DayList}. Its free times carry their start ({@code data-start}) and the bookings one may open their id
 * ({@code data-booking}, class {@code open}); a click on either is heard once, on this element, and the browser
 * names what was clicked.
 *
 * <p>Public for the load tests' protocol client, which clicks as a browser would.
 *
 * <p>What the browser sends is not trusted: a start is acted on only if it is a free time this element shows, a
 * booking only if it is one shown as openable. The booking itself is checked again by the service.
 */
public abstract class WeekMarkup extends Div {

    /** The event data naming the free time clicked. */
    public static final String START = "event.target.getAttribute('data-start')";

    /**
     * The event data naming the booking clicked: the phone's entry is a button around two texts, so the click may
     * arrive on one of them.
     */
    public static final String BOOKING =
            "event.target.closest('.open[data-booking]')?.getAttribute('data-booking') ?? null";

    /** Only clicks on a free time or on a booking that opens make a round trip. */
    public static final String ON_FREE_OR_OPEN =
            "event.target.matches('[data-start]') || event.target.closest('.open[data-booking]') !== null";

    private final Map<String, Instant> freeShown = new HashMap<>();
    private final Map<String, CalendarBlock> openShown = new HashMap<>();

    WeekMarkup(Consumer<Instant> onFree, Consumer<CalendarBlock> onOpen) {
        getElement()
                .addEventListener("click", event -> clicked(event, onFree, onOpen))
                .addEventData(START)
                .addEventData(BOOKING)
                .setFilter(ON_FREE_OR_OPEN);
    }

    /** Remembers a free time as shown and returns its {@code data-start}. */
    String free(Instant start) {
        String value = start.toString();
        freeShown.put(value, start);
        return value;
    }

    /** Remembers a booking as shown and openable. */
    void openable(CalendarBlock block) {
        openShown.put(String.valueOf(block.id()), block);
    }

    void draw(List<Markup.Node> nodes) {
        Markup.render(getElement(), nodes);
    }

    /** The week as the browser gets it. */
    String markup() {
        return Markup.rendered(getElement());
    }

    private void clicked(DomEvent event, Consumer<Instant> onFree, Consumer<CalendarBlock> onOpen) {
        Instant start = freeShown.get(text(event.getEventData().get(START)));
        if (start != null) {
            onFree.accept(start);
            return;
        }
        CalendarBlock block = openShown.get(text(event.getEventData().get(BOOKING)));
        if (block != null) {
            onOpen.accept(block);
        }
    }

    private static String text(JsonNode value) {
        return value != null && value.isString() ? value.asString() : null;
    }
}
