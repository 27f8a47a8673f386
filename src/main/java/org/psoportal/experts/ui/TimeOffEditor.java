package org.psoportal.experts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiFunction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.psoportal.experts.BookingsInTimeOff.BookingInTimeOff;
import org.psoportal.experts.TimeOff;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The list of time-off ranges with add and remove; saved with the profile. A range is checked as it is entered: the
 * first day not in the past, the last day not before the first, each said on its field. Bookings the range would fall
 * on are named at once; the range can still be added ("Add anyway"): the expert then moves or cancels them.
 */
class TimeOffEditor extends VerticalLayout {

    private final List<TimeOff> items = new ArrayList<>();
    private final Grid<TimeOff> grid = new Grid<>();
    private final DatePicker from = TimeFormats.portalFormat(new DatePicker());
    private final DatePicker to = TimeFormats.portalFormat(new DatePicker());
    private final TextField reason = new TextField();
    private final Paragraph clashes = new Paragraph();
    private final Button add = new Button();
    private final Clock clock;
    /** The expert's bookings on the days first..last (of the expert whose profile is open). */
    private final SerializableBiFunction<LocalDate, LocalDate, List<BookingInTimeOff>> bookingsOn;

    private List<TimeOff> saved = List.of();

    TimeOffEditor(Clock clock, SerializableBiFunction<LocalDate, LocalDate, List<BookingInTimeOff>> bookingsOn) {
        this.clock = clock;
        this.bookingsOn = bookingsOn;
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
        to.setId("timeoff-to");
        to.setHelperText(getTranslation("expertProfile.timeOff.to.help"));
        from.setMin(today());
        to.setMin(today());
        // checked here with messages; the pickers' own check would mark a field red without saying why
        from.setManualValidation(true);
        to.setManualValidation(true);
        from.addValueChangeListener(e -> {
            // past days and days before the first day are greyed out in the calendars
            to.setMin(e.getValue() == null ? today() : e.getValue());
            rangeChanged();
        });
        to.addValueChangeListener(e -> rangeChanged());
        reason.setLabel(getTranslation("expertProfile.timeOff.reason"));
        reason.setMaxLength(200);
        clashes.setId("timeoff-clashes");
        clashes.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        clashes.getElement().setAttribute("role", "alert");
        clashes.setVisible(false);
        add.setText(getTranslation("expertProfile.timeOff.add"));
        add.addClickListener(e -> addRange());
        add.setId("timeoff-add");
        HorizontalLayout row = new HorizontalLayout(from, to, reason, add);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(grid, row, clashes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The range as entered when it is valid, else null (the wrong field then says why). */
    private TimeOff checkedRange(boolean firstDayRequired) {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue() == null ? first : to.getValue();
        String fromError = null;
        String toError = null;
        if (first == null) {
            fromError = firstDayRequired || to.getValue() != null ? "expert.timeOff.firstRequired" : null;
        } else if (first.isBefore(today())) {
            fromError = "expert.timeOff.past";
        } else if (last.isBefore(first)) {
            toError = "expert.timeOff.invalid";
        }
        mark(from, fromError);
        mark(to, toError);
        return first == null || fromError != null || toError != null
                ? null
                : new TimeOff(
                        first,
                        last,
                        reason.getValue().isBlank() ? null : reason.getValue().trim());
    }

    private void mark(DatePicker field, String messageKey) {
        field.setErrorMessage(messageKey == null ? null : getTranslation(messageKey));
        field.setInvalid(messageKey != null);
    }

    /** Checks the dates as they are entered and names the bookings on those days. */
    private void rangeChanged() {
        TimeOff range = checkedRange(false);
        showClashes(range == null ? List.of() : bookingsOn.apply(range.first(), range.last()));
    }

    private void showClashes(List<BookingInTimeOff> bookings) {
        clashes.setText(
                bookings.isEmpty()
                        ? ""
                        : getTranslation(
                                "expertProfile.timeOff.clashes",
                                bookings.stream().map(this::describe).collect(Collectors.joining("; "))));
        clashes.setVisible(!bookings.isEmpty());
        add.setText(
                getTranslation(bookings.isEmpty() ? "expertProfile.timeOff.add" : "expertProfile.timeOff.addAnyway"));
    }

    private String describe(BookingInTimeOff b) {
        return getTranslation(
                "expertProfile.timeOff.clash",
                TimeFormats.range(b.start(), b.end(), clock.getZone()),
                b.bookedBy(),
                getTranslation(b.confirmed() ? "expertProfile.timeOff.confirmed" : "expertProfile.timeOff.requested"));
    }

    private void addRange() {
        TimeOff range = checkedRange(true);
        if (range == null) {
            return;
        }
        items.add(range);
        grid.setItems(items);
        from.clear();
        to.clear();
        reason.clear();
        mark(from, null);
        mark(to, null);
        showClashes(List.of());
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
        showClashes(List.of());
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
