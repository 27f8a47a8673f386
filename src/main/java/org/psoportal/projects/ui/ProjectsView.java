package org.psoportal.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.psoportal.people.PersonService;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.projects.internal.ProjectRow;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.DestructiveActions;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;

/** Project administration for the head of the PSO: create, edit, close and reopen. */
@Route("admin/projects")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.projects", order = 81, icon = "vaadin:briefcase")
public class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient PersonService people;
    private final Grid<ProjectRow> grid = new Grid<>();

    public ProjectsView(ProjectService projects, PersonService people) {
        this.projects = projects;
        this.people = people;
        addClassName("pso-view");
        setSizeFull();

        Button add = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-project");
        // a plain link, not a RouterLink: the import module depends on projects, not the other way round
        Anchor importLink = new Anchor("admin/import?kind=PROJECTS", getTranslation("projects.import"));
        importLink.setId("import-projects");
        HorizontalLayout header =
                new HorizontalLayout(new H1(getTranslation("projects.title")), new Div(importLink, add));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setWrap(true);

        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProjectRow::code)
                .setHeader(getTranslation("project.code"))
                .setAutoWidth(true);
        grid.addColumn(ProjectRow::name)
                .setHeader(getTranslation("project.name"))
                .setFlexGrow(2);
        grid.addColumn(ProjectRow::managerName)
                .setHeader(getTranslation("project.manager"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("project.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PhoneCards.add(
                grid,
                getTranslation("projects.title"),
                row -> RowCard.of(row.code(), List.of(row.name(), row.managerName()), statusBadge(row), actions(row)));
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private Span statusBadge(ProjectRow row) {
        boolean active = row.status() == ProjectStatus.ACTIVE;
        Span badge = new Span(getTranslation("project.status." + row.status().name()));
        badge.getElement().getThemeList().add(active ? "badge success" : "badge contrast");
        return badge;
    }

    private HorizontalLayout actions(ProjectRow row) {
        Button edit = new Button(getTranslation("action.edit"), e -> openEditor(row));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean active = row.status() == ProjectStatus.ACTIVE;
        Button toggle = new Button(getTranslation(active ? "project.close" : "project.reopen"), e -> {
            if (active) {
                confirmClose(row);
            } else {
                setStatus(row, ProjectStatus.ACTIVE);
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, toggle);
    }

    /** Closing stops new work on the project, so the head first reads what happens to the work it already has. */
    private void confirmClose(ProjectRow row) {
        DestructiveActions.confirm(
                "close-project",
                getTranslation("project.close.confirm.title", row.code()),
                getTranslation("project.close.confirm.text", row.code()),
                getTranslation("project.close.confirm.action", row.code()),
                () -> setStatus(row, ProjectStatus.CLOSED));
    }

    private void setStatus(ProjectRow row, ProjectStatus status) {
        try {
            projects.setStatus(row.id(), status);
            Notifications.success(
                    getTranslation(status == ProjectStatus.ACTIVE ? "project.reopened" : "project.closed", row.code()));
            refresh();
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
        }
    }

    private void openEditor(ProjectRow row) {
        new ProjectEditorDialog(projects, people, row, this::refresh).open();
    }

    private void refresh() {
        // Projects stay few (hundreds), so the grid holds the list; people grids are lazy.
        grid.setItems(projects.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " · " + getTranslation("app.name");
    }
}
