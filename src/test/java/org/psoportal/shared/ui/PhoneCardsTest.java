package org.psoportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;

class PhoneCardsTest {

    @Test
    void onAPhoneTheGridShowsOnlyTheCardColumnAndOnAWiderScreenOnlyTheUsualColumns() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> when = grid.addColumn(s -> s);
        Grid.Column<String> actions = grid.addComponentColumn(Span::new);
        PhoneCards<String> cards = PhoneCards.add(grid, "Bookings", Span::new);

        assertThat(cards.cardColumn().isVisible())
                .as("no card column until the window is known")
                .isFalse();
        assertThat(when.isVisible()).isTrue();

        cards.showCards(true);
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(cards.cardColumn());
        assertThat(cards.showsCards()).isTrue();

        cards.showCards(false);
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(when, actions);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCardOfARowIsBuiltOnlyWhileTheGridShowsCards() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s);
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        PhoneCards<String> cards = PhoneCards.add(grid, "Bookings", s -> {
            built.incrementAndGet();
            return new Span(s);
        });
        assertThat(cards.cardColumn().getRenderer())
                .as("on a wide screen a renderer that builds no component per row")
                .isNotInstanceOf(ComponentRenderer.class);
        assertThat(cards.cardColumn().getRenderer()).isInstanceOf(LitRenderer.class);
        assertThat(((LitRenderer<String>) cards.cardColumn().getRenderer()).getValueProviders())
                .as("and sends nothing per row")
                .isEmpty();
        assertThat(built).hasValue(0);

        cards.showCards(true);
        ComponentRenderer<?, String> cell =
                (ComponentRenderer<?, String>) cards.cardColumn().getRenderer();
        assertThat(cell.createComponent("row").getElement().getText()).isEqualTo("row");
        assertThat(built).hasValue(1);

        cards.showCards(false);
        assertThat(cards.cardColumn().getRenderer()).isNotInstanceOf(ComponentRenderer.class);
    }
}
