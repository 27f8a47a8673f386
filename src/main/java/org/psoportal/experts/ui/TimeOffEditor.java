package org.psoportal.experts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.experts.TimeOff;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/** The list of time-off ranges with add and remove; saved with the profile. */
class TimeOffEditor extends VerticalLayout {

    private final List<TimeOff> items = new ArrayList<>();
    private final Grid<TimeOff> grid = new Grid<>();
    private final DatePicker from = TimeFormats.portalFormat(new DatePicker());
    private final DatePicker to = TimeFormats.portalFormat(new DatePicker());
    private final TextField reason = new TextField();
    private List<TimeOff> saved = List.of();

    TimeOffEditor() {
        setPadding(false);
        grid.addColumn(t -> TimeFormats.date(t.first())).setHeader(getTranslation("expertProfile.timeOff.from"));
        grid.addColumn(t -> TimeFormats.date(t.last())).setHeader(getTranslation("expertProfile.timeOff.to"));
        grid.addColumn(TimeOff::reason).setHeader(getTranslation("expertProfile.timeOff.reason"));
        grid.addComponentColumn(this::removeButton);
        PhoneCards.add(
                grid,
                getTranslation("expertProfile.timeOff"),
                t -> RowCard.of(
                        TimeFormats.date(t.first()) + " – " + TimeFormats.date(t.last()),
                        List.of(t.reason() == null ? "" : t.reason()),
                        removeButton(t)));
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        from.setLabel(getTranslation("expertProfile.timeOff.from"));
        from.setId("timeoff-from");
        to.setLabel(getTranslation("expertProfile.timeOff.to"));
        reason.setLabel(getTranslation("expertProfile.timeOff.reason"));
        reason.setMaxLength(200);
        Button add = new Button(getTranslation("expertProfile.timeOff.add"), e -> {
            if (from.getValue() != null) {
                items.add(new TimeOff(
                        from.getValue(),
                        to.getValue() == null ? from.getValue() : to.getValue(),
                        reason.getValue().isBlank() ? null : reason.getValue().trim()));
                grid.setItems(items);
                from.clear();
                to.clear();
                reason.clear();
            }
        });
        add.setId("timeoff-add");
        HorizontalLayout row = new HorizontalLayout(from, to, reason, add);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(grid, row);
    }

    private Button removeButton(TimeOff t) {
        Button remove = new Button(getTranslation("expertProfile.timeOff.remove"), e -> {
            items.remove(t);
            grid.setItems(items);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    void setValue(List<TimeOff> value) {
        items.clear();
        items.addAll(value);
        grid.setItems(items);
        markSaved();
    }

    /** What is shown now is what is stored. */
    void markSaved() {
        saved = List.copyOf(items);
    }

    /** Ranges added or removed since the profile was loaded or saved, or a range typed but not yet added. */
    boolean hasChanges() {
        return !items.equals(saved) || !from.isEmpty() || !to.isEmpty() || !reason.isEmpty();
    }

    List<TimeOff> getValue() {
        return List.copyOf(items);
    }
}
