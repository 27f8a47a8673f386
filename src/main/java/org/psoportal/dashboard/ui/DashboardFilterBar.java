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

/** Period (this week, last 30 days, this quarter, custom range) and project: tells the view when either changes. */
class DashboardFilterBar extends HorizontalLayout {

    private final Select<Kind> period = new Select<>();
    private final DatePicker from = TimeFormats.portalFormat(new DatePicker());
    private final DatePicker to = TimeFormats.portalFormat(new DatePicker());
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final LocalDate today;
    private final SerializableConsumer<DashboardFilter> onChange;
    private boolean quiet = true;

    DashboardFilterBar(LocalDate today, List<ProjectSummary> projects, SerializableConsumer<DashboardFilter> onChange) {
        this.today = today;
        this.onChange = onChange;
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
        project.setId("dashboard-project");
        project.setLabel(getTranslation("dashboard.project"));
        project.setPlaceholder(getTranslation("dashboard.allProjects"));
        project.setClearButtonVisible(true);
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectSummary::label);

        period.addValueChangeListener(e -> periodChanged());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            fire();
        });
        to.addValueChangeListener(e -> fire());
        project.addValueChangeListener(e -> fire());
        periodChanged();
        add(period, from, to, project);
        quiet = false;
    }

    DashboardFilter value() {
        Long projectId = project.getValue() == null ? null : project.getValue().id();
        if (period.getValue() == Kind.CUSTOM
                && from.getValue() != null
                && to.getValue() != null
                && !to.getValue().isBefore(from.getValue())) {
            return new DashboardFilter(DashboardPeriod.custom(from.getValue(), to.getValue()), projectId);
        }
        Kind kind =
                period.getValue() == Kind.CUSTOM || period.getValue() == null ? Kind.LAST_30_DAYS : period.getValue();
        return new DashboardFilter(DashboardPeriod.of(kind, today), projectId);
    }

    private void periodChanged() {
        boolean custom = period.getValue() == Kind.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (custom && from.isEmpty()) {
            boolean wasQuiet = quiet;
            quiet = true;
            from.setValue(today.minusDays(29));
            to.setValue(today);
            quiet = wasQuiet;
        }
        fire();
    }

    private void fire() {
        if (!quiet) {
            onChange.accept(value());
        }
    }
}
