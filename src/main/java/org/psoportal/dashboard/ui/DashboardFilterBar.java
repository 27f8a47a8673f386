package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.List;
import org.psoportal.dashboard.internal.DashboardFilter;
import org.psoportal.dashboard.internal.DashboardPeriod;
import org.psoportal.dashboard.internal.DashboardPeriod.Kind;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.ui.TimeFormats;

/**
 * Period (this week, last 30 days, this quarter, custom range) and project: tells the view when either changes. A
 * custom range that is not a valid range (a day missing, the end before the start) is said on the field that is wrong,
 * and the dashboard goes on showing the last valid period instead of silently switching to another one.
 */
class DashboardFilterBar extends HorizontalLayout {

    private final Select<Kind> period = new Select<>();
    private final DatePicker from = TimeFormats.portalFormat(new DatePicker());
    private final DatePicker to = TimeFormats.portalFormat(new DatePicker());
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final LocalDate today;
    private final SerializableConsumer<DashboardFilter> onChange;
    /** The period the figures show: the chosen one, or the last valid one while the custom range is not valid. */
    private DashboardPeriod shown;

    private boolean quiet = true;

    DashboardFilterBar(LocalDate today, List<ProjectSummary> projects, SerializableConsumer<DashboardFilter> onChange) {
        this.today = today;
        this.onChange = onChange;
        this.shown = DashboardPeriod.of(Kind.LAST_30_DAYS, today);
        addClassName("pso-dashboard-filter");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        period.setId("dashboard-period");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(Kind.values());
        period.setItemLabelGenerator(k -> getTranslation("dashboard.period." + k.name()));
        period.setValue(Kind.LAST_30_DAYS);
        from.setId("dashboard-from");
        from.setLabel(getTranslation("dashboard.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.to"));
        // The range is checked here, with messages; the picker's own check would mark "To" red without saying why.
        from.setManualValidation(true);
        to.setManualValidation(true);
        project.setId("dashboard-project");
        project.setLabel(getTranslation("dashboard.project"));
        project.setPlaceholder(getTranslation("dashboard.allProjects"));
        project.setClearButtonVisible(true);
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectSummary::label);

        period.addValueChangeListener(e -> periodChanged());
        from.addValueChangeListener(e -> {
            // days before the start are greyed out in the "To" calendar
            to.setMin(e.getValue());
            rangeChanged();
        });
        to.addValueChangeListener(e -> rangeChanged());
        project.addValueChangeListener(e -> fire());
        periodChanged();
        add(period, from, to, project);
        quiet = false;
    }

    DashboardFilter value() {
        Long projectId = project.getValue() == null ? null : project.getValue().id();
        return new DashboardFilter(shown, projectId);
    }

    private void periodChanged() {
        Kind kind = period.getValue() == null ? Kind.LAST_30_DAYS : period.getValue();
        boolean custom = kind == Kind.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (!custom) {
            from.setInvalid(false);
            to.setInvalid(false);
            shown = DashboardPeriod.of(kind, today);
            fire();
            return;
        }
        if (from.isEmpty() && to.isEmpty()) {
            boolean wasQuiet = quiet;
            quiet = true;
            from.setValue(today.minusDays(29));
            to.setValue(today);
            quiet = wasQuiet;
        }
        rangeChanged();
    }

    /** Shows the custom range when it is valid; otherwise says what is wrong and keeps the figures as they are. */
    private void rangeChanged() {
        if (period.getValue() != Kind.CUSTOM) {
            return;
        }
        boolean fromMissing = from.getValue() == null;
        boolean toMissing = to.getValue() == null;
        boolean endsBeforeStart = !fromMissing && !toMissing && to.getValue().isBefore(from.getValue());
        mark(from, fromMissing, "dashboard.from.required");
        mark(to, toMissing || endsBeforeStart, toMissing ? "dashboard.to.required" : "dashboard.to.beforeFrom");
        if (!fromMissing && !toMissing && !endsBeforeStart) {
            shown = DashboardPeriod.custom(from.getValue(), to.getValue());
            fire();
        }
    }

    private void mark(DatePicker field, boolean wrong, String messageKey) {
        field.setErrorMessage(wrong ? getTranslation(messageKey) : null);
        field.setInvalid(wrong);
    }

    private void fire() {
        if (!quiet) {
            onChange.accept(value());
        }
    }
}
