package org.psoportal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestType;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.RowCard;

/**
 * The request catalogue for those who manage it (the head; administrators while the head allows it): every type,
 * active or not, to add, edit (with its form's fields) and deactivate; the head's "administrators may manage" toggle.
 */
@Route("requests/catalogue")
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.HEAD})
@Menu(title = "nav.requestCatalogue", order = 12.5, icon = "vaadin:list-select")
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final transient RequestService requests;
    private final transient TaskFiling filing;
    private final Div list = new Div();

    public CatalogueView(RequestService requests, TaskFiling filing, CurrentUser currentUser) {
        this.requests = requests;
        this.filing = filing;
        addClassName("pso-view");
        add(new H2(getTranslation("request.catalogue.title")));
        if (currentUser.hasRole(Role.HEAD)) {
            Checkbox admins = new Checkbox(getTranslation("request.catalogue.adminsMayManage"));
            admins.setValue(requests.adminsMayManage());
            admins.setId("catalogue-admins-may-manage");
            admins.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    requests.setAdminsMayManage(e.getValue());
                }
            });
            add(admins);
        }
        if (!requests.mayManage()) {
            Paragraph not = new Paragraph(getTranslation("request.catalogue.notAllowed"));
            not.setId("catalogue-not-allowed");
            add(not);
            return;
        }
        Button add = new Button(getTranslation("request.catalogue.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("catalogue-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("catalogue-list");
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(add, list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.catalogue.title");
    }

    void refresh() {
        list.removeAll();
        for (RequestType t : requests.allTypes()) {
            List<String> details = new ArrayList<>();
            details.add(t.description());
            details.add(getTranslation(filing.taskTypeLabelKey(t.taskType())) + " · "
                    + getTranslation(t.assigneeRule().labelKey()));
            if (t.targetAmount() != null) {
                details.add(getTranslation(
                        "request.turnaround", t.targetAmount(), getTranslation("request.unit." + t.targetUnit())));
            }
            details.add(
                    getTranslation("request.catalogue.fields", t.form().fields().size(), t.formVersion()));
            Button edit = new Button(getTranslation("request.catalogue.edit"), e -> edit(t));
            edit.setId("catalogue-edit-" + t.id());
            edit.setAriaLabel(getTranslation("request.catalogue.edit") + " " + t.name());
            Button toggle = new Button(
                    getTranslation(t.active() ? "request.catalogue.deactivate" : "request.catalogue.activate"),
                    e -> setActive(t, !t.active()));
            toggle.setId("catalogue-active-" + t.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            List<com.vaadin.flow.component.Component> footer = new ArrayList<>();
            if (!t.active()) {
                Span inactive = new Span(getTranslation("request.catalogue.inactive"));
                inactive.getElement().getThemeList().add("badge contrast");
                footer.add(inactive);
            }
            footer.add(edit);
            footer.add(toggle);
            Div card = RowCard.of(t.name(), details, footer.toArray(com.vaadin.flow.component.Component[]::new));
            card.setId("catalogue-type-" + t.id());
            list.add(card);
        }
    }

    private void setActive(RequestType t, boolean active) {
        try {
            requests.setActive(t.id(), t.version(), active);
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
        }
        refresh();
    }

    private void edit(RequestType type) {
        new TypeEditor(requests, filing, type, this::refresh).open();
    }
}
