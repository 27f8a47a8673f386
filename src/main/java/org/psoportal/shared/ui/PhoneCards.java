package org.psoportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A grid that shows each row as one card on a phone: a single column whose cell holds everything the row's columns
 * show (its date, person and actions together), instead of columns that scroll sideways and show an Approve or
 * Cancel without the row it belongs to. The other columns come back when the window is wider than
 * {@link #MAX_PHONE_WIDTH}.
 */
public final class PhoneCards<T> {

    /** The widest window treated as a phone, in CSS pixels (the same breakpoint as the stylesheets use). */
    public static final int MAX_PHONE_WIDTH = 600;

    private final Grid<T> grid;
    private final Grid.Column<T> cardColumn;
    private final ComponentRenderer<Component, T> cardRenderer;
    private boolean phone;

    private PhoneCards(Grid<T> grid, String header, ValueProvider<T, Component> card) {
        this.grid = grid;
        // A hidden component column still builds its component for every row the grid sends: on a desktop the card
        // (the row's texts and its action buttons once more) was built and kept for nothing, 2.2 MB per session of
        // an expert's schedule of 100 rows (docs/performance.md); an empty span instead still cost a state node a
        // row. Until the window is a phone the column has a renderer that builds nothing and sends nothing per row.
        this.cardRenderer = new ComponentRenderer<>(card);
        this.cardColumn = grid.addColumn(noCards()).setHeader(header).setFlexGrow(1);
        cardColumn.setVisible(false);
        grid.addClassName("pso-phone-cards");
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(resized -> fit(resized.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Adds the card column (call it after the other columns); while the window is a phone the card is built per row,
     * like any component column, and on a wider window not at all.
     */
    public static <T> PhoneCards<T> add(Grid<T> grid, String header, ValueProvider<T, Component> card) {
        return new PhoneCards<>(grid, header, card);
    }

    private void fit(int windowWidth) {
        if (windowWidth > 0) {
            showCards(windowWidth <= MAX_PHONE_WIDTH);
        }
    }

    /** Cards (one column) or the usual columns; the rows are sent again when that changes, to build the cards. */
    public void showCards(boolean cards) {
        boolean changed = phone != cards;
        phone = cards;
        if (changed) {
            cardColumn.setRenderer(cards ? cardRenderer : noCards());
        }
        List<Grid.Column<T>> columns = grid.getColumns();
        for (Grid.Column<T> column : columns) {
            column.setVisible(column == cardColumn ? cards : !cards);
        }
        if (changed) {
            grid.getDataProvider().refreshAll();
        }
    }

    /** The card column's renderer on a wider window: an empty template, no component and no data per row. */
    private static <T> Renderer<T> noCards() {
        return LitRenderer.of("");
    }

    public boolean showsCards() {
        return phone;
    }

    public Grid.Column<T> cardColumn() {
        return cardColumn;
    }
}
