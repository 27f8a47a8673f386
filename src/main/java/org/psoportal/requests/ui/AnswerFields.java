package org.psoportal.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.psoportal.admintasks.FilePicker;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.people.PersonSummary;
import org.psoportal.requests.internal.FieldKind;
import org.psoportal.requests.internal.FieldProblem;
import org.psoportal.requests.internal.FormAnswerException;
import org.psoportal.requests.internal.FormDefinition;
import org.psoportal.requests.internal.FormField;
import org.psoportal.requests.internal.FormRules;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The inputs of a request form, one per field, each checked by {@link FormRules} as soon as it is left (the message
 * on the field, naming it), and all of them again before submitting. An attachment field is the board's upload
 * ({@link FilePicker}); it counts as answered once a file is there.
 */
class AnswerFields extends FormLayout {

    private record Input(FormField field, Component component, HasValidation validation, Supplier<String> value) {}

    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Map<String, FilePicker> pickers = new LinkedHashMap<>();

    /**
     * @param filing for attachment fields; null when files cannot be added (editing answers later: the files are
     *     the task's attachments, shown as their names)
     */
    AnswerFields(FormDefinition form, Map<String, String> initial, List<PersonSummary> people, TaskFiling filing) {
        addClassName("pso-answer-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        for (FormField f : form.fields()) {
            String start = initial.get(f.key());
            Input input = input(f, start, people, filing);
            if (input == null) {
                continue;
            }
            inputs.put(f.key(), input);
            input.component().setId("answer-" + f.key());
            add(input.component());
        }
    }

    private Input input(FormField f, String start, List<PersonSummary> people, TaskFiling filing) {
        String label = f.label() + (f.required() ? " *" : "");
        switch (f.kind()) {
            case SHORT_TEXT, NUMBER -> {
                TextField t = new TextField(label);
                t.setWidthFull();
                t.setValue(start == null ? "" : start);
                Input in = new Input(f, t, t, t::getValue);
                t.addValueChangeListener(e -> check(in));
                return in;
            }
            case LONG_TEXT -> {
                TextArea t = new TextArea(label);
                t.setWidthFull();
                t.setValue(start == null ? "" : start);
                t.setHelperText(getTranslation("request.field.limit", FormRules.maxLength(f)));
                Input in = new Input(f, t, t, t::getValue);
                t.addValueChangeListener(e -> check(in));
                return in;
            }
            case MONEY -> {
                TextField amount = new TextField(label);
                amount.setWidthFull();
                Select<String> currency = new Select<>();
                currency.setItems(f.currencies());
                currency.setAriaLabel(getTranslation("request.currency", f.label()));
                String[] parts = start == null ? new String[0] : start.split(" ");
                amount.setValue(parts.length > 0 ? parts[0] : "");
                currency.setValue(parts.length > 1 ? parts[1] : f.currencies().getFirst());
                currency.setWidth("7em");
                FlexLayout row = new FlexLayout(amount, currency);
                row.setAlignItems(FlexLayout.Alignment.BASELINE);
                row.getStyle().set("gap", "var(--lumo-space-s)");
                Input in = new Input(
                        f,
                        row,
                        amount,
                        () -> amount.getValue().isBlank()
                                ? ""
                                : amount.getValue().strip() + " " + currency.getValue());
                amount.addValueChangeListener(e -> check(in));
                currency.addValueChangeListener(e -> check(in));
                return in;
            }
            case DATE -> {
                DatePicker d = TimeFormats.portalFormat(new DatePicker(label));
                try {
                    d.setValue(start == null ? null : LocalDate.parse(start));
                } catch (RuntimeException e) {
                    d.setValue(null);
                }
                Input in = new Input(
                        f, d, d, () -> d.getValue() == null ? "" : d.getValue().toString());
                d.addValueChangeListener(e -> check(in));
                return in;
            }
            case CHOICE -> {
                ComboBox<String> c = new ComboBox<>(label);
                c.setItems(f.choices());
                c.setWidthFull();
                c.setValue(start != null && f.choices().contains(start) ? start : null);
                Input in = new Input(f, c, c, () -> c.getValue() == null ? "" : c.getValue());
                c.addValueChangeListener(e -> check(in));
                return in;
            }
            case PERSON -> {
                ComboBox<PersonSummary> c = new ComboBox<>(label);
                c.setItems(people);
                c.setItemLabelGenerator(PersonSummary::fullName);
                c.setWidthFull();
                people.stream()
                        .filter(p -> String.valueOf(p.id()).equals(start))
                        .findFirst()
                        .ifPresent(c::setValue);
                Input in = new Input(
                        f,
                        c,
                        c,
                        () -> c.getValue() == null
                                ? ""
                                : String.valueOf(c.getValue().id()));
                c.addValueChangeListener(e -> check(in));
                return in;
            }
            case ATTACHMENT -> {
                if (filing == null) {
                    TextField names = new TextField(label);
                    names.setValue(start == null ? "" : start);
                    names.setReadOnly(true);
                    names.setWidthFull();
                    return new Input(f, names, names, names::getValue);
                }
                FilePicker picker = new FilePicker(filing, 5);
                picker.setUploadId("answer-upload-" + f.key());
                Span caption = new Span(label);
                caption.addClassName("pso-field-caption");
                Span error = new Span();
                error.addClassName("pso-field-error");
                error.getElement().setAttribute("role", "alert");
                Div box = new Div(caption, picker, error);
                box.addClassName("pso-attachment-field");
                HasValidation validation = new HasValidation() {
                    @Override
                    public void setErrorMessage(String errorMessage) {
                        error.setText(errorMessage == null ? "" : errorMessage);
                    }

                    @Override
                    public String getErrorMessage() {
                        return error.getText();
                    }

                    @Override
                    public void setInvalid(boolean invalid) {
                        error.setVisible(invalid);
                    }

                    @Override
                    public boolean isInvalid() {
                        return error.isVisible();
                    }
                };
                error.setVisible(false);
                pickers.put(f.key(), picker);
                Input in = new Input(
                        f,
                        box,
                        validation,
                        () -> String.join(
                                ", ",
                                picker.files().stream()
                                        .map(TaskFiling.File::name)
                                        .toList()));
                picker.addChangeListener(() -> check(in));
                return in;
            }
        }
        return null;
    }

    /** Shows the field's problem on it (or clears it); true when it fits. */
    private boolean check(Input in) {
        Optional<FieldProblem> problem =
                FormRules.checkField(in.field(), in.value().get());
        in.validation().setInvalid(problem.isPresent());
        in.validation()
                .setErrorMessage(problem.map(p -> getTranslation(p.messageKey(), p.args()))
                        .orElse(null));
        return problem.isEmpty();
    }

    /** Checks every field (each shows its message); the answers when all fit, empty otherwise. */
    Optional<Map<String, String>> read() {
        boolean ok = true;
        Input firstBad = null;
        for (Input in : inputs.values()) {
            if (!check(in)) {
                ok = false;
                if (firstBad == null) {
                    firstBad = in;
                }
            }
        }
        if (!ok) {
            if (firstBad.component() instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
            return Optional.empty();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        inputs.forEach((key, in) -> answers.put(key, in.value().get()));
        return Optional.of(answers);
    }

    /** Shows a refusal of the service on the field it names. */
    void show(FormAnswerException e) {
        Input in = inputs.get(e.fieldKey());
        if (in != null) {
            in.validation().setInvalid(true);
            in.validation().setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** The files picked per attachment field. */
    Map<String, List<TaskFiling.File>> files() {
        Map<String, List<TaskFiling.File>> files = new LinkedHashMap<>();
        pickers.forEach((key, picker) -> files.put(key, picker.files()));
        return files;
    }

    /** The message of a field, for tests. */
    String errorOf(String fieldKey) {
        Input in = inputs.get(fieldKey);
        return in == null || !in.validation().isInvalid()
                ? null
                : in.validation().getErrorMessage();
    }

    /** Whether every required file is there (the submit button waits for them). */
    boolean requiredFilesPresent() {
        for (Input in : inputs.values()) {
            if (in.field().kind() == FieldKind.ATTACHMENT
                    && in.field().required()
                    && in.value().get().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Runs when a file is added or removed. */
    void onFilesChanged(Runnable r) {
        pickers.values().forEach(p -> p.addChangeListener(r));
    }
}
