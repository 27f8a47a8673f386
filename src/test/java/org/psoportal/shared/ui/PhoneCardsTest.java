package org.psoportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
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
}
