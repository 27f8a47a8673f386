package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.psoportal.admintasks.CardClock;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.ui.PhoneCards;

/**
 * The board's filters; every change is reported as a whole new {@link BoardFilter}. A "Filters" button says how
 * many are set ("Filters (2)") and folds the fields away; on a phone they start folded, so the board comes first.
 * "Clear filters" (while any is set) shows the whole board again.
 */
class BoardFilterBar extends Div {

    /** Stands for "no assignee" in the assignee picker (the URL says assignee=none). */
    private static final PersonSummary UNASSIGNED = new PersonSummary(-1, "", "");

    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<PersonSummary> assignee = new ComboBox<>();
    private final Select<TaskType> type = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final TextField text = new TextField();
    private final Select<BoardColumn> column = new Select<>();
    private final Select<CardClock.Tone> sla = new Select<>();
    private final Select<Boolean> sort = new Select<>();
    private final Button toggle = new Button();
    private final Button clear = new Button();
    private final Div fields = new Div();
    private final SerializableFunction<Long, ProjectSummary> projectById;
    private boolean expanded = true;
    /** Set once the user opened or closed the fields: the window's width then no longer decides. */
    private boolean toggled;

    private boolean updating;
    private BoardFilter filter = BoardFilter.NONE;

    /**
     * {@code projects} finds the projects whose label contains a text, {@code projectById} one project. The project
     * picker asks for its items when it opens instead of keeping every project of the organisation in each open
     * board (a few hundred records per session, docs/performance.md "Memory per session").
     */
    BoardFilterBar(
            SerializableFunction<String, List<ProjectSummary>> projects,
            SerializableFunction<Long, ProjectSummary> projectById,
            List<PersonSummary> assignees,
            Consumer<BoardFilter> onChange) {
        this.projectById = projectById;
        addClassName("pso-board-filters");
        project.setPlaceholder(getTranslation("board.filter.project"));
        project.setAriaLabel(getTranslation("board.filter.project"));
        project.setItems(query -> projects.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setClearButtonVisible(true);
        project.setId("filter-project");

        List<PersonSummary> people = new ArrayList<>();
        people.add(UNASSIGNED);
        people.addAll(assignees);
        assignee.setPlaceholder(getTranslation("board.filter.assignee"));
        assignee.setAriaLabel(getTranslation("board.filter.assignee"));
        assignee.setItems(people);
        assignee.setItemLabelGenerator(p -> p == UNASSIGNED ? getTranslation("board.filter.unassigned") : p.fullName());
        assignee.setClearButtonVisible(true);
        assignee.setId("filter-assignee");

        type.setPlaceholder(getTranslation("board.filter.type"));
        type.setAriaLabel(getTranslation("board.filter.type"));
        type.setItems(TaskType.values());
        type.setEmptySelectionAllowed(true);
        type.setItemLabelGenerator(t -> t == null ? getTranslation("board.filter.type") : getTranslation(t.labelKey()));
        type.setId("filter-type");

        column.setPlaceholder(getTranslation("board.filter.column"));
        column.setAriaLabel(getTranslation("board.filter.column"));
        column.setItems(BoardColumn.values());
        column.setEmptySelectionAllowed(true);
        column.setItemLabelGenerator(
                c -> c == null ? getTranslation("board.filter.column") : getTranslation(c.labelKey()));
        column.setId("filter-column");

        sla.setPlaceholder(getTranslation("board.filter.sla"));
        sla.setAriaLabel(getTranslation("board.filter.sla"));
        sla.setItems(CardClock.Tone.AT_RISK, CardClock.Tone.BREACHED);
        sla.setEmptySelectionAllowed(true);
        sla.setItemLabelGenerator(t -> t == null
                ? getTranslation("board.filter.sla")
                : getTranslation(
                        t == CardClock.Tone.AT_RISK ? "board.filter.sla.atrisk" : "board.filter.sla.breached"));
        sla.setId("filter-sla");

        sort.setAriaLabel(getTranslation("board.filter.sort"));
        sort.setItems(false, true);
        sort.setItemLabelGenerator(b ->
                getTranslation(Boolean.TRUE.equals(b) ? "board.filter.sort.timeleft" : "board.filter.sort.position"));
        sort.setValue(false);
        sort.setId("filter-sort");

        mine.setLabel(getTranslation("board.filter.mine"));
        mine.setId("filter-mine");
        overdue.setLabel(getTranslation("board.filter.overdue"));
        overdue.setId("filter-overdue");
        text.setPlaceholder(getTranslation("board.filter.search"));
        text.setAriaLabel(getTranslation("board.filter.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("filter-text");

        // Each field changes only its own part of the filter, so the rest stays exactly as the URL said.
        project.addValueChangeListener(e -> change(
                onChange,
                f -> f.withProject(e.getValue() == null ? null : e.getValue().id())));
        assignee.addValueChangeListener(e -> change(
                onChange,
                f -> f.withAssignee(
                        e.getValue() == null || e.getValue() == UNASSIGNED
                                ? null
                                : e.getValue().id(),
                        e.getValue() == UNASSIGNED)));
        type.addValueChangeListener(e -> change(onChange, f -> f.withType(e.getValue())));
        column.addValueChangeListener(e -> change(onChange, f -> f.withColumn(e.getValue())));
        sla.addValueChangeListener(e -> change(onChange, f -> f.withSla(e.getValue())));
        sort.addValueChangeListener(e -> change(onChange, f -> f.withTimeLeftOrder(Boolean.TRUE.equals(e.getValue()))));
        mine.addValueChangeListener(e -> change(onChange, f -> f.withMine(e.getValue())));
        overdue.addValueChangeListener(e -> change(onChange, f -> f.withOverdue(e.getValue())));
        text.addValueChangeListener(e -> change(onChange, f -> f.withText(e.getValue())));

        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.setId("filter-toggle");
        toggle.getElement().setAttribute("aria-controls", "board-filter-fields");
        toggle.addClickListener(e -> {
            toggled = true;
            setExpanded(!expanded);
        });
        clear.setText(getTranslation("board.filter.clear"));
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filter-clear");
        clear.addClickListener(e -> {
            show(BoardFilter.NONE);
            onChange.accept(filter);
            toggle.focus(); // the Clear button disappears with the last filter: keep the keyboard user's place
        });
        Div bar = new Div(toggle, clear);
        bar.addClassName("pso-board-filter-bar");
        fields.setId("board-filter-fields");
        fields.addClassName("pso-board-filter-fields");
        fields.add(text, project, assignee, type, column, sla, sort, mine, overdue);
        add(bar, fields);
        showCount();
        setExpanded(true);
        addAttachListener(e ->
                e.getUI().getPage().retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth())));
    }

    /** A phone-wide window starts with the fields folded (unless the user has opened or closed them already). */
    void fitWidth(int windowWidth) {
        if (!toggled && windowWidth > 0) {
            setExpanded(windowWidth > PhoneCards.MAX_PHONE_WIDTH);
        }
    }

    private void setExpanded(boolean expanded) {
        this.expanded = expanded;
        fields.setVisible(expanded);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(expanded));
    }

    /** "Filters" or "Filters (2)", and "Clear filters" only while there is something to clear. */
    private void showCount() {
        int n = filter.activeCount();
        toggle.setText(n == 0 ? getTranslation("board.filter.toggle") : getTranslation("board.filter.toggleCount", n));
        clear.setVisible(n > 0);
    }

    /** Shows a filter (from the URL) without reporting it back as a change. */
    void show(BoardFilter f) {
        updating = true;
        filter = f;
        try {
            project.setValue(f.projectId() == null ? null : projectById.apply(f.projectId()));
            assignee.setValue(
                    f.unassigned()
                            ? UNASSIGNED
                            : f.assigneeId() == null
                                    ? null
                                    : assignee.getListDataView()
                                            .getItems()
                                            .filter(p -> p.id() == f.assigneeId())
                                            .findFirst()
                                            .orElse(null));
            type.setValue(f.type());
            column.setValue(f.column());
            sla.setValue(f.sla());
            sort.setValue(f.byTimeLeft());
            mine.setValue(f.mine());
            overdue.setValue(f.overdue());
            text.setValue(f.text() == null ? "" : f.text());
        } finally {
            updating = false;
        }
        showCount();
    }

    private void change(Consumer<BoardFilter> onChange, java.util.function.UnaryOperator<BoardFilter> edit) {
        if (!updating) {
            filter = edit.apply(filter);
            showCount();
            onChange.accept(filter);
        }
    }
}
