package org.psoportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A grid row as one card for {@link PhoneCards}: a bold title line, detail lines below it, and last the row's badges
 * and actions, which wrap. Blank details are left out, so a card has no empty lines.
 */
public final class RowCard {

    private RowCard() {}

    public static Div of(String title, List<String> details, Component... footer) {
        Span heading = new Span(title == null ? "" : title);
        heading.addClassName("pso-row-card-title");
        Div card = new Div(heading);
        card.addClassName("pso-row-card");
        for (String detail : details) {
            if (detail != null && !detail.isBlank()) {
                Span line = new Span(detail);
                line.addClassName("pso-row-card-detail");
                card.add(line);
            }
        }
        if (footer.length > 0) {
            Div actions = new Div(footer);
            actions.addClassName("pso-row-card-actions");
            card.add(actions);
        }
        return card;
    }
}
