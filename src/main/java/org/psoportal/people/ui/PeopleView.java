package org.psoportal.people.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.DirectorySyncService;
import org.psoportal.people.internal.PersonFilter;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.DestructiveActions;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;

/** People administration for the head of the PSO: a lazy, filterable grid with create, edit and (de)activate. */
@Route("admin/people")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.people", order = 80, icon = "vaadin:users")
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final transient PersonService people;
    private final Grid<PersonRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Role> roleFilter = new ComboBox<>();
    private final Checkbox activeOnly = new Checkbox();

    /** Whether people have portal passwords (PSO_LOCAL_LOGIN); without them the editor has no password field. */
    private final boolean passwords;

    public PeopleView(
            PersonService people,
            DirectorySyncService directorySync,
            java.time.ZoneId zone,
            org.psoportal.security.LocalPasswords localPasswords) {
        this.people = people;
        this.passwords = localPasswords.enabled();
        addClassName("pso-view");
        setSizeFull();
        add(new H1(getTranslation("people.title")), toolbar(), grid);
        configureGrid();
        refresh();
        if (directorySync.configured()) {
            // the grid keeps its height; the directory's reports follow below it
            grid.setMinHeight("24rem");
            setSizeUndefined();
            setWidthFull();
            add(new DirectorySyncPanel(
                    directorySync, zone, () -> grid.getDataProvider().refreshAll()));
        }
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("people.search"));
        search.setAriaLabel(getTranslation("people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setId("people-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        roleFilter.setPlaceholder(getTranslation("people.anyRole"));
        roleFilter.setAriaLabel(getTranslation("people.roles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(e -> refresh());

        activeOnly.setLabel(getTranslation("people.activeOnly"));
        activeOnly.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-person");

        // a plain link, not a RouterLink: the import module depends on people, not the other way round
        Anchor importLink = new Anchor("admin/import?kind=PEOPLE", getTranslation("people.import"));
        importLink.setId("import-people");
        HorizontalLayout bar = new HorizontalLayout(search, roleFilter, activeOnly, importLink, add);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.expand(search);
        return bar;
    }

    private void configureGrid() {
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PersonRow::fullName)
                .setHeader(getTranslation("person.name"))
                .setFlexGrow(2);
        // an e-mail address has nowhere to wrap: room for a usual one on one line
        grid.addColumn(PersonRow::email)
                .setHeader(getTranslation("person.email"))
                .setWidth("17rem")
                .setFlexGrow(2);
        grid.addColumn(this::roles).setHeader(getTranslation("people.roles")).setFlexGrow(2);
        // a fixed width: auto width measures only the first rows (often all active), and "Deactivated" then wrapped
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("person.status"))
                .setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PhoneCards.add(grid, getTranslation("people.title"), this::card);
        grid.setSizeFull();
    }

    /** A person as a phone shows them: name, e-mail, roles, status and the actions together. */
    private Div card(PersonRow row) {
        return RowCard.of(row.fullName(), List.of(row.email(), roles(row)), statusBadge(row), actions(row));
    }

    private String roles(PersonRow row) {
        return row.roles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private Span statusBadge(PersonRow row) {
        Span badge = new Span(getTranslation(row.active() ? "person.active" : "person.inactive"));
        badge.getElement().getThemeList().add(row.active() ? "badge success" : "badge contrast");
        badge.getStyle().set("white-space", "nowrap");
        return badge;
    }

    private HorizontalLayout actions(PersonRow row) {
        Button edit = new Button(getTranslation("action.edit"), e -> openEditor(row));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(getTranslation(row.active() ? "person.deactivate" : "person.reactivate"), e -> {
            if (row.active()) {
                confirmDeactivate(row);
            } else {
                setActive(row, true);
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, toggle);
    }

    /** Deactivating ends the person's sessions at once, so the head first reads what it does and what it leaves. */
    private void confirmDeactivate(PersonRow row) {
        DestructiveActions.confirm(
                "deactivate-person",
                getTranslation("person.deactivate.confirm.title", row.fullName()),
                getTranslation("person.deactivate.confirm.text", row.fullName()),
                getTranslation("person.deactivate.confirm.action", row.fullName()),
                () -> setActive(row, false));
    }

    private void setActive(PersonRow row, boolean active) {
        try {
            people.setActive(row.id(), active);
            Notifications.success(getTranslation(active ? "person.reactivated" : "person.deactivated", row.fullName()));
            grid.getDataProvider().refreshAll();
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
        }
    }

    private void openEditor(PersonRow row) {
        new PersonEditorDialog(
                        people, row, passwords, () -> grid.getDataProvider().refreshAll())
                .open();
    }

    private void refresh() {
        PersonFilter filter = new PersonFilter(search.getValue(), roleFilter.getValue(), activeOnly.getValue());
        grid.setItems(query -> people.search(filter, toSpringPageRequest(query)).stream(), query ->
                (int) people.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · " + getTranslation("app.name");
    }
}
