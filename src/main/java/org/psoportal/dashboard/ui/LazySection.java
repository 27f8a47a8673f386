package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Optional;

/**
 * A dashboard section below the first screen, made when the browser scrolls near it, as Grafana loads the panels out
 * of view only when they come into it. Three of the dashboard's five sections are below a desktop's first screen,
 * and a head who only glances at today's figures and the admin work paid for all of them: they were a quarter of a
 * dashboard session's memory and three fifths of the bytes its page load sent (docs/performance.md, issue 17).
 *
 * <p>The browser watches the placeholder with an {@code IntersectionObserver} and says {@value #NEAR} once it is
 * within a screen's height of the window, so the section is drawn before it is seen, and a keyboard user tabbing
 * through the section above finds it there. The placeholder keeps room for it, so the page does not jump.
 */
final class LazySection extends Div {

    /** The DOM event the browser sends when the section comes near the window. */
    static final String NEAR = "pso-near";

    private final SerializableSupplier<DashboardSection> make;
    private final SerializableConsumer<DashboardSection> onMade;
    private DashboardSection section;

    LazySection(String id, SerializableSupplier<DashboardSection> make, SerializableConsumer<DashboardSection> onMade) {
        this.make = make;
        this.onMade = onMade;
        setId(id);
        addClassName("pso-lazy-section");
        Span waiting = new Span(getTranslation("dashboard.section.loading"));
        waiting.addClassName("pso-figure-hint");
        add(waiting);
        getElement().addEventListener(NEAR, near -> make());
        addAttachListener(attach -> {
            if (section == null) {
                watch();
            }
        });
    }

    /**
     * Asks the browser to say {@value #NEAR} once. The margins reach a screen below the window, and past the edge
     * of any scrolling area the section is in ({@code scrollMargin}), so it is made a screen ahead of the reader.
     */
    private void watch() {
        getElement().executeJs("""
                const el = this;
                if (el.psoNear) {
                  el.psoNear.disconnect();
                }
                el.psoNear = new IntersectionObserver(entries => {
                  if (entries.some(e => e.isIntersecting)) {
                    el.psoNear.disconnect();
                    el.dispatchEvent(new CustomEvent($0));
                  }
                }, {rootMargin: '0px 0px 100% 0px', scrollMargin: '0px 0px 100% 0px'});
                el.psoNear.observe(el);
                """, NEAR);
    }

    /** Makes and shows the section, once; later calls do nothing. */
    void make() {
        if (section != null) {
            return;
        }
        section = make.get();
        removeAll();
        removeClassName("pso-lazy-section");
        add(section);
        onMade.accept(section);
    }

    /** The section, once it was made. */
    Optional<DashboardSection> section() {
        return Optional.ofNullable(section);
    }
}
