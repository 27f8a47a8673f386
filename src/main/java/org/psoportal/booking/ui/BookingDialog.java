package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.psoportal.booking.internal.BookingConflicts;
import org.psoportal.booking.internal.BookingRefusedException;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.SeriesOccurrenceRefusedException;
import org.psoportal.booking.internal.SeriesSummary;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/**
 * Books a free time: project, the expert's skill it is for, topic, length (and notes). Refusals stay in the dialog so
 * the user can adjust. The length list offers only lengths the booking rules accept at this start. When the chosen
 * time overlaps one of the booker's own bookings, the dialog names it and books only on a second click. "Repeat"
 * turns it into a series ({@link SeriesFields}): the dialog lists every occurrence as free or refused with the rule's
 * name and books the free ones together, or nothing.
 */
public class BookingDialog extends Dialog {

    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<String> skill = new ComboBox<>();
    private final TextField topic = new TextField();
    private final Select<Integer> length = new Select<>();
    private final TextArea notes = new TextArea();
    private final Paragraph error = new Paragraph();
    private final Paragraph overlap = new Paragraph();
    private final Button book = new Button();
    private final SeriesFields series;
    /** The time whose overlap with the booker's own bookings was shown and confirmed by a click on "Book anyway". */
    private TimeRange confirmedOverlap;
    /** Who offers the next free time when this one is taken meanwhile (null: the refusal stays in the dialog). */
    private transient Consumer<Draft> onTaken;

    /** What the person entered, to carry over to the booking of another time. */
    record Draft(ProjectSummary project, String skill, String topic, String notes) {}

    public BookingDialog(
            BookingService bookings,
            ExpertCard expert,
            ExpertSchedule schedule,
            Instant start,
            List<ProjectSummary> projects,
            String preselectedSkill,
            ZoneId zone,
            Runnable onBooked) {
        setHeaderTitle(getTranslation("booking.dialog.title", expert.name()));
        setId("booking-dialog");
        Paragraph when = new Paragraph(TimeFormats.dateTime(start, zone));
        when.setId("booking-when");

        project.setLabel(getTranslation("booking.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setRequired(true);
        project.setId("booking-project");
        if (projects.size() == 1) {
            project.setValue(projects.getFirst());
        }
        skill.setLabel(getTranslation("booking.skill"));
        skill.setItems(expert.skills());
        skill.setPlaceholder(getTranslation("booking.skill.notSaid"));
        skill.setClearButtonVisible(true);
        skill.setId("booking-skill");
        skill.setVisible(!expert.skills().isEmpty());
        expert.skills().stream()
                .filter(s -> preselectedSkill != null && s.equalsIgnoreCase(preselectedSkill))
                .findFirst()
                .or(() -> expert.skills().size() == 1
                        ? Optional.of(expert.skills().getFirst())
                        : Optional.empty())
                .ifPresent(skill::setValue);
        topic.setLabel(getTranslation("booking.topic"));
        topic.setRequired(true);
        topic.setMaxLength(200);
        topic.setId("booking-topic");
        length.setLabel(getTranslation("booking.length"));
        List<Integer> lengths = new ArrayList<>(bookings.lengthsThatFit(expert.personId(), start));
        if (lengths.isEmpty()) {
            // Taken or changed since the calendar was drawn: the shortest length, so that Book names the rule.
            lengths.add(schedule.minLengthMinutes());
            error.setText(getTranslation("booking.length.noneFits"));
        }
        length.setItems(lengths);
        length.setItemLabelGenerator(m -> getTranslation("booking.minutes", m));
        length.setValue(lengths.contains(60) ? 60 : lengths.getFirst());
        length.setId("booking-length");
        length.addValueChangeListener(e -> showOverlap(bookings, start, zone));
        notes.setLabel(getTranslation("booking.notes"));
        notes.setMaxLength(2000);
        error.addClassName("pso-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("booking-error");
        error.setVisible(!error.getText().isEmpty());
        overlap.setId("booking-overlap");
        overlap.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        overlap.getElement().setAttribute("role", "alert");

        series = new SeriesFields(bookings, start, zone, () -> request(expert, start), this::showBookButton);
        length.addValueChangeListener(e -> series.refresh());
        FormLayout form = new FormLayout(project, skill, topic, length, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(when, overlap, form, series, error);

        book.setText(getTranslation("booking.book"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SubmitButtons.guard(book, () -> book(bookings, expert, start, zone, onBooked));
        book.setId("booking-submit");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, book);
        showOverlap(bookings, start, zone);
    }

    private TimeRange chosenTime(Instant start) {
        return new TimeRange(start, start.plusSeconds(length.getValue() * 60L));
    }

    /** Names the booker's own bookings the chosen time overlaps; a changed time needs a new confirmation. */
    private List<BookingRow> showOverlap(BookingService bookings, Instant start, ZoneId zone) {
        List<BookingRow> mine = bookings.myOverlapping(chosenTime(start));
        overlap.setText(mine.stream()
                .map(b -> getTranslation(
                        "booking.overlap.one",
                        b.topic(),
                        b.expertName(),
                        TimeFormats.dateTime(b.start(), zone),
                        TimeFormats.time(b.end(), zone)))
                .reduce((a, b) -> a + " " + b)
                .map(text -> getTranslation("booking.overlap.warning", text))
                .orElse(""));
        overlap.setVisible(!mine.isEmpty());
        if (confirmedOverlap != null && !confirmedOverlap.equals(chosenTime(start))) {
            confirmedOverlap = null;
        }
        showBookButton();
        return mine;
    }

    /** "Book", "Book anyway" after the overlap warning, "Book 3 free times" for a series (hidden when none is free). */
    private void showBookButton() {
        if (series != null && series.repeats()) {
            long free = series.freeStarts().size();
            book.setVisible(free > 0 || !series.previewed());
            book.setText(
                    free == 1
                            ? getTranslation("booking.series.bookOneFree")
                            : getTranslation("booking.series.bookFree", free));
            return;
        }
        book.setVisible(true);
        book.setText(getTranslation(
                !overlap.isVisible() || confirmedOverlap == null ? "booking.book" : "booking.overlap.bookAnyway"));
    }

    private BookingRequest request(ExpertCard expert, Instant start) {
        return new BookingRequest(
                expert.personId(),
                project.isEmpty() ? 0 : project.getValue().id(),
                start,
                start.plusSeconds(length.getValue() * 60L),
                topic.getValue(),
                notes.getValue(),
                skill.getValue());
    }

    /** Preselects this length when the rules accept it at this start (else the dialog's own choice stays). */
    BookingDialog withLength(int minutes) {
        if (length.getListDataView().getItems().anyMatch(m -> m == minutes)) {
            length.setValue(minutes);
        }
        return this;
    }

    /**
     * When the booking is refused because someone took the time (or filled the expert) meanwhile, the dialog closes
     * and hands what was entered to {@code handler}, which offers the next free time instead of an error only.
     */
    BookingDialog onTaken(Consumer<Draft> handler) {
        this.onTaken = handler;
        return this;
    }

    /** Fills in what was entered for another time (the project only when it is still offered). */
    BookingDialog prefill(Draft draft) {
        if (draft.project() != null && project.getListDataView().getItems().anyMatch(p -> p.equals(draft.project()))) {
            project.setValue(draft.project());
        }
        if (draft.skill() != null
                && skill.getListDataView().getItems().anyMatch(sk -> sk.equalsIgnoreCase(draft.skill()))) {
            skill.getListDataView()
                    .getItems()
                    .filter(sk -> sk.equalsIgnoreCase(draft.skill()))
                    .findFirst()
                    .ifPresent(skill::setValue);
        }
        topic.setValue(draft.topic() == null ? "" : draft.topic());
        notes.setValue(draft.notes() == null ? "" : draft.notes());
        return this;
    }

    private Draft draft() {
        return new Draft(project.getValue(), skill.getValue(), topic.getValue(), notes.getValue());
    }

    /** Someone else took the time, or filled the expert's week, between the offer and the click. */
    private static boolean takenMeanwhile(UserMessageException e) {
        return BookingConflicts.isJustTaken(e)
                || (e instanceof BookingRefusedException r && r.rule().meansFull());
    }

    private boolean book(BookingService bookings, ExpertCard expert, Instant start, ZoneId zone, Runnable onBooked) {
        if (project.isEmpty()) {
            error.setText(getTranslation("booking.project.required"));
            error.setVisible(true);
            return false;
        }
        if (confirmedOverlap == null && !showOverlap(bookings, start, zone).isEmpty()) {
            // The first click only confirms that the user has seen the warning; the second one books.
            confirmedOverlap = chosenTime(start);
            showBookButton();
            return false;
        }
        if (series.repeats()) {
            return bookSeries(bookings, expert, start, zone, onBooked);
        }
        try {
            BookingRow row = bookings.book(request(expert, start));
            close();
            Notifications.success(getTranslation(
                    row.status() == BookingStatus.REQUESTED ? "booking.requestedMade" : "booking.made",
                    TimeFormats.dateTime(row.start(), zone),
                    expert.name()));
            onBooked.run();
            return true;
        } catch (UserMessageException e) {
            if (onTaken != null && takenMeanwhile(e)) {
                close();
                onTaken.accept(draft());
                return false;
            }
            error.setText(Notifications.text(e));
            error.setVisible(true);
            return false;
        }
    }

    private boolean bookSeries(
            BookingService bookings, ExpertCard expert, Instant start, ZoneId zone, Runnable onBooked) {
        List<Instant> free = series.freeStarts();
        if (free.isEmpty()) {
            error.setText(getTranslation("booking.series.previewFirst"));
            error.setVisible(true);
            series.refresh();
            return false;
        }
        try {
            SeriesSummary made = bookings.bookSeries(request(expert, start), series.plan(), free);
            close();
            Notifications.success(getTranslation(
                    made.occurrences().getFirst().status() == BookingStatus.REQUESTED
                            ? "booking.series.requestedMade"
                            : "booking.series.made",
                    made.occurrences().size(),
                    expert.name(),
                    TimeFormats.dateTime(made.occurrences().getFirst().start(), zone)));
            onBooked.run();
            return true;
        } catch (SeriesOccurrenceRefusedException e) {
            // taken or changed since the preview: nothing was booked; the list shows it refused now
            error.setText(getTranslation(
                    "booking.series.occurrenceRefused",
                    TimeFormats.dateTime(e.occurrence(), zone),
                    Notifications.text(e)));
            error.setVisible(true);
            series.refresh();
            return false;
        } catch (UserMessageException e) {
            error.setText(Notifications.text(e));
            error.setVisible(true);
            series.refresh();
            return false;
        }
    }

    ComboBox<ProjectSummary> project() {
        return project;
    }

    ComboBox<String> skill() {
        return skill;
    }

    TextField topic() {
        return topic;
    }

    Select<Integer> length() {
        return length;
    }
}
