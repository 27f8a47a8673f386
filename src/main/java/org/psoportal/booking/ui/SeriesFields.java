package org.psoportal.booking.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.Repetition;
import org.psoportal.booking.internal.SeriesExpansion;
import org.psoportal.booking.internal.SeriesOccurrence;
import org.psoportal.booking.internal.SeriesPlan;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The booking dialog's "Repeat": does not repeat (the dialog books one time, as always), weekly, every two weeks or
 * monthly, a number of times or until a day. Every change lists the occurrences again, each free or refused with the
 * rule's message, so the person sees before booking which times the series will hold.
 */
class SeriesFields extends Div {

    private final Select<Repetition> repeat = new Select<>();
    private final RadioButtonGroup<Boolean> endsAfterTimes = new RadioButtonGroup<>();
    private final IntegerField times = new IntegerField();
    private final DatePicker until = new DatePicker();
    private final Paragraph monthEnd = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final transient BookingService bookings;
    private final transient Supplier<BookingRequest> request;
    private final transient Runnable onChange;
    private final transient ZoneId zone;
    private final Instant start;
    private transient List<SeriesOccurrence> previewed = List.of();
    private boolean previewOk;

    SeriesFields(
            BookingService bookings, Instant start, ZoneId zone, Supplier<BookingRequest> request, Runnable onChange) {
        this.bookings = bookings;
        this.request = request;
        this.onChange = onChange;
        this.zone = zone;
        this.start = start;
        setId("booking-series");
        repeat.setLabel(getTranslation("booking.repeat"));
        repeat.setItems(Repetition.values());
        repeat.setEmptySelectionAllowed(true);
        repeat.setEmptySelectionCaption(getTranslation("booking.repeat.NONE"));
        repeat.setItemLabelGenerator(
                r -> r == null ? getTranslation("booking.repeat.NONE") : getTranslation(r.labelKey()));
        repeat.setId("booking-repeat");
        repeat.setWidthFull();
        endsAfterTimes.setLabel(getTranslation("booking.repeat.ends"));
        endsAfterTimes.setItems(true, false);
        endsAfterTimes.setItemLabelGenerator(
                t -> getTranslation(t ? "booking.repeat.afterTimes" : "booking.repeat.onDate"));
        endsAfterTimes.setValue(true);
        endsAfterTimes.setId("booking-repeat-ends");
        times.setLabel(getTranslation("booking.repeat.times"));
        times.setMin(2);
        times.setMax(SeriesExpansion.MAX_OCCURRENCES);
        times.setStepButtonsVisible(true);
        times.setValue(4);
        times.setId("booking-repeat-times");
        until.setLabel(getTranslation("booking.repeat.until"));
        LocalDate firstDay = LocalDate.ofInstant(start, zone);
        until.setMin(firstDay.plusDays(1));
        until.setValue(firstDay.plusMonths(2));
        until.setId("booking-repeat-until");
        TimeFormats.portalFormat(until);
        monthEnd.setText(getTranslation("booking.repeat.monthEnd"));
        problem.setId("booking-series-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        list.setId("booking-series-preview");
        list.getElement().setAttribute("aria-label", getTranslation("booking.series.occurrences"));
        // read out when the list changes after a change of the repetition (WCAG 4.1.3)
        list.getElement().setAttribute("aria-live", "polite");
        list.getStyle().set("padding-inline-start", "1.2em").set("margin", "0");
        add(repeat, endsAfterTimes, times, until, monthEnd, problem, list);
        repeat.addValueChangeListener(e -> refresh());
        endsAfterTimes.addValueChangeListener(e -> refresh());
        times.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        refresh();
    }

    boolean repeats() {
        return repeat.getValue() != null;
    }

    /** True when the last change listed the occurrences (false when the repetition itself was refused). */
    boolean previewed() {
        return previewOk;
    }

    SeriesPlan plan() {
        return Boolean.TRUE.equals(endsAfterTimes.getValue())
                ? new SeriesPlan(repeat.getValue(), times.getValue() == null ? 0 : times.getValue(), null)
                : new SeriesPlan(repeat.getValue(), null, until.getValue());
    }

    /** The starts of the occurrences the last preview found free: exactly those are booked. */
    List<Instant> freeStarts() {
        return previewed.stream()
                .filter(SeriesOccurrence::free)
                .map(o -> o.time().start())
                .toList();
    }

    /** Lists the occurrences again (after any change of the repetition, the length, or a refused booking). */
    void refresh() {
        boolean on = repeats();
        endsAfterTimes.setVisible(on);
        times.setVisible(on && Boolean.TRUE.equals(endsAfterTimes.getValue()));
        until.setVisible(on && !Boolean.TRUE.equals(endsAfterTimes.getValue()));
        monthEnd.setVisible(on
                && repeat.getValue() == Repetition.MONTHLY
                && LocalDate.ofInstant(start, zone).getDayOfMonth() > 28);
        list.removeAll();
        problem.setText("");
        previewed = List.of();
        previewOk = false;
        if (on) {
            try {
                previewed = bookings.previewSeries(request.get(), plan());
                previewOk = true;
                previewed.forEach(o -> list.add(item(o)));
                if (freeStarts().isEmpty()) {
                    problem.setText(getTranslation("booking.series.noneFree"));
                }
            } catch (UserMessageException e) {
                problem.setText(Notifications.text(e));
            }
        }
        problem.setVisible(!problem.getText().isEmpty());
        list.setVisible(!previewed.isEmpty());
        onChange.run();
    }

    private ListItem item(SeriesOccurrence o) {
        Span when = new Span(TimeFormats.dateTime(o.time().start(), zone) + ": ");
        Span outcome = new Span(
                o.free()
                        ? getTranslation("booking.series.free")
                        : getTranslation(
                                o.refusedBy().messageKey(), o.refusalArgs().toArray()));
        outcome.getStyle().set("color", o.free() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        ListItem item = new ListItem(when, outcome);
        item.addClassName(o.free() ? "pso-series-free" : "pso-series-refused");
        return item;
    }
}
