package org.psoportal.booking.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import tools.jackson.databind.node.ObjectNode;

/** What a browser shows of a week drawn as markup ({@link WeekMarkup}) and what it sends when one clicks in it. */
final class WeekMarkupClicks {

    private WeekMarkupClicks() {}

    /** The elements of the week's markup matching a CSS selector, as the browser parses them. */
    static Elements select(WeekMarkup week, String cssQuery) {
        return Jsoup.parseBodyFragment(week.markup()).select(cssQuery);
    }

    /** A click on the free time starting at {@code start} (or Enter or Space on it). */
    static void clickFree(WeekMarkup week, Instant start) {
        click(week, start.toString(), null);
    }

    /** A click on the booking block with this id. */
    static void clickBooking(WeekMarkup week, String bookingId) {
        click(week, null, bookingId);
    }

    static void click(WeekMarkup week, String start, String bookingId) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(WeekMarkup.ON_FREE_OR_OPEN, true);
        if (start != null) {
            data.put(WeekMarkup.START, start);
        } else {
            data.putNull(WeekMarkup.START);
        }
        if (bookingId != null) {
            data.put(WeekMarkup.BOOKING, bookingId);
        } else {
            data.putNull(WeekMarkup.BOOKING);
        }
        week.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(week.getElement(), "click", data));
    }
}
