package org.psoportal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psoportal.admintasks.FilePicker;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.requests.internal.CatalogueEntry;
import org.psoportal.requests.internal.FiledRequest;
import org.psoportal.requests.internal.FormAnswerException;
import org.psoportal.requests.internal.RequestDraft;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestType;
import org.psoportal.security.Role;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/**
 * "Request help": the catalogue as cards (name, description, usual turnaround) with a search, and a type's form:
 * the card's title, project and priority, the type's fields (each checked as it is left, the message on the
 * field), documents through the board's upload. Submitting files the request once (the button disables itself) and
 * shows its reference with a link to the card. {@code ?type=<id>} opens a type's form directly.
 */
@Route("requests")
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMINISTRATOR, Role.Names.HEAD})
@Menu(title = "nav.requestHelp", order = 9.5, icon = "vaadin:hands-up")
public class RequestHelpView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String TYPE_PARAMETER = "type";

    private final transient RequestService requests;
    private final transient ProjectService projects;
    private final transient TaskFiling filing;
    private final TextField search = new TextField();
    private final Div cards = new Div();
    private final Div body = new Div();

    public RequestHelpView(RequestService requests, ProjectService projects, TaskFiling filing) {
        this.requests = requests;
        this.projects = projects;
        this.filing = filing;
        addClassName("pso-view");
        addClassName("pso-request-help");
        setMaxWidth("60rem");
        body.setWidthFull();
        add(body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.help.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> type = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(TYPE_PARAMETER)
                .flatMap(s -> {
                    try {
                        return Optional.of(Long.parseLong(s));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
        if (type.isPresent()) {
            try {
                showForm(requests.type(type.get()));
                return;
            } catch (NotFoundException e) {
                // a bookmark of a type that is gone: the catalogue instead
            }
        }
        showCatalogue();
    }

    private void showCatalogue() {
        body.removeAll();
        replaceAddress(null);
        H2 title = new H2(getTranslation("request.help.title"));
        Paragraph intro = new Paragraph(getTranslation("request.help.intro"));
        search.setPlaceholder(getTranslation("request.help.search"));
        search.setAriaLabel(getTranslation("request.help.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("request-search");
        search.setWidthFull();
        search.addValueChangeListener(e -> fillCards());
        cards.setId("request-catalogue");
        cards.addClassName("pso-request-cards");
        cards.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        body.add(title, intro, search, cards);
        fillCards();
    }

    private void fillCards() {
        cards.removeAll();
        List<CatalogueEntry> entries = requests.catalogue(search.getValue());
        if (entries.isEmpty()) {
            cards.add(new Paragraph(getTranslation("request.help.none")));
        }
        for (CatalogueEntry e : entries) {
            H3 name = new H3(e.name());
            name.getStyle().set("margin", "0");
            Div card = new Div(name);
            if (e.description() != null) {
                card.add(new Paragraph(e.description()));
            }
            if (e.targetAmount() != null) {
                Span target = new Span(getTranslation(
                        "request.turnaround", e.targetAmount(), getTranslation("request.unit." + e.targetUnit())));
                target.addClassName("pso-task-meta");
                card.add(target);
            }
            Button choose = new Button(getTranslation("request.help.choose", e.name()), ev -> open(e.id()));
            choose.setId("request-type-" + e.id());
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Div actions = new Div(choose);
            actions.getStyle().set("margin-top", "var(--lumo-space-s)");
            card.add(actions);
            card.addClassName("pso-request-card");
            card.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-m)");
            cards.add(card);
        }
    }

    private void open(long typeId) {
        try {
            showForm(requests.type(typeId));
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("request.type.gone"));
            showCatalogue();
        }
    }

    private void showForm(RequestType type) {
        body.removeAll();
        replaceAddress(type.id());
        Button back =
                new Button(getTranslation("request.help.back"), VaadinIcon.ARROW_LEFT.create(), e -> showCatalogue());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("request-back");
        H2 title = new H2(type.name());
        body.add(back, title);
        if (type.description() != null) {
            body.add(new Paragraph(type.description()));
        }

        TextField cardTitle = new TextField(getTranslation("request.title"));
        cardTitle.setPlaceholder(getTranslation("request.title.placeholder"));
        cardTitle.setWidthFull();
        cardTitle.setId("request-title");
        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("request.project"));
        project.setItems(projects.activeProjects());
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setRequiredIndicatorVisible(true);
        project.setWidthFull();
        project.setId("request-project");
        Select<String> priority = new Select<>();
        priority.setLabel(getTranslation("request.priority"));
        priority.setItems(filing.priorities());
        priority.setItemLabelGenerator(p -> getTranslation(filing.priorityLabelKey(p)));
        priority.setValue("NORMAL");
        priority.setId("request-priority");
        DatePicker due = TimeFormats.portalFormat(new DatePicker(getTranslation("request.dueDate")));
        due.setId("request-due");
        List<PersonSummary> people = type.form().fields().stream()
                        .anyMatch(f -> f.kind() == org.psoportal.requests.internal.FieldKind.PERSON)
                ? requests.people()
                : List.of();
        AnswerFields fields = new AnswerFields(type.form(), Map.of(), people, filing);
        TextArea note = new TextArea(getTranslation("request.note"));
        note.setWidthFull();
        note.setId("request-note");
        Span filesLabel = new Span(getTranslation("request.files"));
        FilePicker other = new FilePicker(filing, 5);
        other.setUploadId("request-upload");

        Button submit = SubmitButtons.primary(getTranslation("request.submit"), () -> {
            boolean ok = true;
            if (project.getValue() == null) {
                project.setInvalid(true);
                project.setErrorMessage(getTranslation("request.project.required"));
                ok = false;
            } else {
                project.setInvalid(false);
            }
            Optional<Map<String, String>> answers = fields.read();
            if (!ok || answers.isEmpty()) {
                return false;
            }
            Map<String, List<TaskFiling.File>> files = new HashMap<>(fields.files());
            files.put("", other.files());
            try {
                FiledRequest filed = requests.file(new RequestDraft(
                        type.id(),
                        cardTitle.getValue(),
                        project.getValue().id(),
                        priority.getValue(),
                        due.getValue(),
                        note.getValue(),
                        answers.get(),
                        files));
                showFiled(filed);
                return true;
            } catch (FormAnswerException e) {
                fields.show(e);
                return false;
            } catch (UserMessageException e) {
                Notifications.error(Notifications.text(e));
                return false;
            }
        });
        submit.setId("request-submit");
        Runnable filesChanged = () -> submit.setEnabled(fields.requiredFilesPresent());
        fields.onFilesChanged(filesChanged);
        filesChanged.run();
        Div form = new Div(cardTitle, project, priority, due, fields, note, filesLabel, other, submit);
        form.addClassName("pso-request-form");
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        body.add(form);
    }

    private void showFiled(FiledRequest filed) {
        body.removeAll();
        H2 done = new H2(getTranslation("request.filed", filed.reference()));
        done.setId("request-filed");
        Anchor card = new Anchor("board?task=" + filed.taskId(), getTranslation("request.filed.open"));
        card.setId("request-filed-link");
        Button another = new Button(getTranslation("request.filed.another"), e -> showCatalogue());
        another.setId("request-another");
        body.add(done, new Div(card), another);
        Notifications.success(getTranslation("request.filed", filed.reference()));
    }

    /** The address says which form is open, so a reload or a bookmark shows it again. */
    private void replaceAddress(Long typeId) {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                "requests",
                                typeId == null
                                        ? QueryParameters.empty()
                                        : QueryParameters.of(TYPE_PARAMETER, String.valueOf(typeId)))));
    }
}
