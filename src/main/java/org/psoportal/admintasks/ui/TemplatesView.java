package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import org.psoportal.admintasks.internal.Recurrence;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.admintasks.internal.TemplateRow;
import org.psoportal.admintasks.internal.TemplateService;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/** Recurring tasks: the list of templates with their next run, to create, edit, pause and resume them. */
@Route("board/templates")
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.HEAD})
@Menu(title = "nav.taskTemplates", order = 12, icon = "vaadin:time-forward")
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final transient TemplateService templates;
    private final transient ProjectService projects;
    private final transient TaskService tasks;
    private final transient Clock clock;
    private final Grid<TemplateRow> grid = new Grid<>();

    public TemplatesView(TemplateService templates, ProjectService projects, TaskService tasks, Clock clock) {
        this.templates = templates;
        this.projects = projects;
        this.tasks = tasks;
        this.clock = clock;
        addClassName("pso-view");
        setSizeFull();
        Button add = new Button(getTranslation("template.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-template");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("template.title")), add);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setWrap(true);

        grid.addColumn(TemplateRow::title)
                .setHeader(getTranslation("task.title"))
                .setFlexGrow(2);
        grid.addColumn(TemplateRow::projectCode)
                .setHeader(getTranslation("task.project"))
                .setAutoWidth(true);
        grid.addColumn(r -> schedule(r.recurrence()))
                .setHeader(getTranslation("template.schedule"))
                .setAutoWidth(true);
        grid.addColumn(TemplateRow::nextRun)
                .setHeader(getTranslation("template.nextRun"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::activeBadge)
                .setHeader(getTranslation("template.active"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PhoneCards.add(
                grid,
                getTranslation("template.title"),
                r -> RowCard.of(
                        r.title(),
                        List.of(
                                r.projectCode(),
                                schedule(r.recurrence()),
                                getTranslation("template.nextRun") + ": " + TimeFormats.date(r.nextRun())),
                        activeBadge(r),
                        actions(r)));
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private Span activeBadge(TemplateRow r) {
        Span s = new Span(getTranslation(r.active() ? "template.active" : "template.paused"));
        s.getElement().getThemeList().add(r.active() ? "badge success" : "badge contrast");
        return s;
    }

    private HorizontalLayout actions(TemplateRow row) {
        Button edit = new Button(getTranslation("action.edit"), e -> edit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(getTranslation(row.active() ? "template.pause" : "template.resume"), e -> {
            try {
                templates.setActive(row.id(), row.version(), !row.active());
            } catch (UserMessageException ex) {
                Notifications.error(Notifications.text(ex));
            }
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, toggle);
    }

    private void edit(TemplateRow row) {
        new TemplateDialog(
                        templates,
                        projects.activeProjects(),
                        tasks.assignees(),
                        row,
                        LocalDate.now(clock),
                        this::refresh)
                .open();
    }

    private String schedule(Recurrence r) {
        String kind = getTranslation("template.kind." + r.kind().name());
        return switch (r.kind()) {
            case MONTHLY -> kind + " " + r.dayOfMonth();
            case WEEKLY -> kind + " " + r.dayOfWeek().getDisplayName(TextStyle.FULL, getLocale());
            case EVERY_N_DAYS -> kind.replace("N", String.valueOf(r.intervalDays()));
        };
    }

    private void refresh() {
        grid.setItems(templates.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("template.title");
    }
}
