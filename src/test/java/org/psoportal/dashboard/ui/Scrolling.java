package org.psoportal.dashboard.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Collection;

/** What the browser sends as the head scrolls down the dashboard ({@link LazySection}'s IntersectionObserver). */
final class Scrolling {

    private Scrolling() {}

    /** The section came within a screen of the window. */
    static void near(LazySection section) {
        var element = section.getElement();
        element.getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, LazySection.NEAR, JacksonUtils.createObjectNode()));
    }

    /** Scrolled to the end: every section came near. */
    static void toTheEnd(Collection<LazySection> sections) {
        sections.forEach(Scrolling::near);
    }
}
