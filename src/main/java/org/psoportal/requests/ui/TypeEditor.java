package org.psoportal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.people.PersonSummary;
import org.psoportal.requests.TargetUnit;
import org.psoportal.requests.internal.AssigneeRule;
import org.psoportal.requests.internal.FieldKind;
import org.psoportal.requests.internal.FormDefinition;
import org.psoportal.requests.internal.FormField;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestType;
import org.psoportal.requests.internal.RequestTypeDraft;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/**
 * Adds or edits a catalogue entry: its name, description, board type, assignee rule, target turnaround, checklist
 * template and form. The field editor adds, reorders (up/down buttons, so it works by keyboard), and removes fields
 * and sets each one's kind, label, required flag and limits. A changed form is saved as a new form version.
 */
class TypeEditor extends Dialog {

    /** One field being edited; keeps the field's key so its answers stay matched across versions. */
    private final class FieldRow extends Div {
        final String key;
        final TextField label = new TextField(getTranslation("request.editor.label"));
        final Select<FieldKind> kind = new Select<>();
        final Checkbox required = new Checkbox(getTranslation("request.editor.required"));
        final IntegerField maxLength = new IntegerField(getTranslation("request.editor.maxLength"));
        final TextField min = new TextField(getTranslation("request.editor.min"));
        final TextField max = new TextField(getTranslation("request.editor.max"));
        final TextArea choices = new TextArea(getTranslation("request.editor.choices"));

        FieldRow(FormField f) {
            key = f == null ? null : f.key();
            addClassName("pso-field-row");
            getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s)");
            kind.setLabel(getTranslation("request.editor.kind"));
            kind.setItems(FieldKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            kind.setValue(f == null ? FieldKind.SHORT_TEXT : f.kind());
            label.setValue(f == null ? "" : f.label());
            label.setId("field-label-" + rows.size());
            required.setValue(f != null && f.required());
            maxLength.setValue(f == null ? null : f.maxLength());
            min.setValue(f == null || f.min() == null ? "" : f.min().toPlainString());
            max.setValue(f == null || f.max() == null ? "" : f.max().toPlainString());
            choices.setValue(f == null ? "" : String.join("\n", f.choices()));
            kind.addValueChangeListener(e -> limitsFor(e.getValue()));
            limitsFor(kind.getValue());
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(this));
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            Runnable names = () -> {
                String name = label.getValue().isBlank() ? getTranslation("request.editor.untitled") : label.getValue();
                up.setAriaLabel(getTranslation("request.editor.up", name));
                down.setAriaLabel(getTranslation("request.editor.down", name));
                remove.setAriaLabel(getTranslation("request.editor.remove", name));
            };
            names.run();
            label.addValueChangeListener(e -> names.run());
            FormLayout layout = new FormLayout(label, kind, required, maxLength, min, max, choices);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
            layout.setColspan(choices, 3);
            add(layout, new Div(up, down, remove));
        }

        private void limitsFor(FieldKind k) {
            maxLength.setVisible(k.hasLength());
            min.setVisible(k.hasRange());
            max.setVisible(k.hasRange());
            choices.setVisible(k.hasChoices());
        }

        FormField read() {
            FieldKind k = kind.getValue();
            return new FormField(
                    key,
                    label.getValue(),
                    k,
                    required.getValue(),
                    k.hasLength() ? maxLength.getValue() : null,
                    k.hasRange() ? decimal(min, label.getValue()) : null,
                    k.hasRange() ? decimal(max, label.getValue()) : null,
                    k.hasChoices()
                            ? Arrays.stream(choices.getValue().split("\n"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList()
                            : List.of());
        }
    }

    private final transient RequestService requests;
    private final RequestType type;
    private final Runnable onSaved;
    private final List<FieldRow> rows = new ArrayList<>();
    private final Div fieldList = new Div();

    TypeEditor(RequestService requests, TaskFiling filing, RequestType type, Runnable onSaved) {
        this.requests = requests;
        this.type = type;
        this.onSaved = onSaved;
        setHeaderTitle(type == null ? getTranslation("request.catalogue.add") : type.name());
        setWidth("min(900px, 100vw)");
        setMaxHeight("95vh");
        RequestTypeDraft d = type == null
                ? new RequestTypeDraft(
                        "", "", "OTHER", AssigneeRule.NONE, null, null, null, "", 100, FormDefinition.EMPTY)
                : type.toDraft();

        TextField name = new TextField(getTranslation("request.type.name"));
        name.setValue(d.name());
        name.setId("type-name");
        TextArea description = new TextArea(getTranslation("request.type.description"));
        description.setValue(d.description() == null ? "" : d.description());
        Select<String> taskType = new Select<>();
        taskType.setLabel(getTranslation("request.type.taskType"));
        taskType.setItems(filing.taskTypes());
        taskType.setItemLabelGenerator(t -> getTranslation(filing.taskTypeLabelKey(t)));
        taskType.setValue(d.taskType());
        Select<AssigneeRule> rule = new Select<>();
        rule.setLabel(getTranslation("request.type.assigneeRule"));
        rule.setItems(AssigneeRule.values());
        rule.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        rule.setValue(d.assigneeRule());
        ComboBox<PersonSummary> assignee = new ComboBox<>(getTranslation("request.type.assignee"));
        List<PersonSummary> admins = requests.administrators();
        assignee.setItems(admins);
        assignee.setItemLabelGenerator(PersonSummary::fullName);
        admins.stream()
                .filter(p -> d.assigneeId() != null && p.id() == d.assigneeId())
                .findFirst()
                .ifPresent(assignee::setValue);
        assignee.setVisible(d.assigneeRule() == AssigneeRule.PERSON);
        rule.addValueChangeListener(e -> assignee.setVisible(e.getValue() == AssigneeRule.PERSON));
        IntegerField amount = new IntegerField(getTranslation("request.type.targetAmount"));
        amount.setValue(d.targetAmount());
        amount.setMin(1);
        Select<TargetUnit> unit = new Select<>();
        unit.setLabel(getTranslation("request.type.targetUnit"));
        unit.setItems(TargetUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("request.unit." + u));
        unit.setEmptySelectionAllowed(true);
        unit.setValue(d.targetUnit());
        TextArea checklist = new TextArea(getTranslation("request.type.checklist"));
        checklist.setValue(d.checklist() == null ? "" : d.checklist());
        IntegerField order = new IntegerField(getTranslation("request.type.order"));
        order.setValue(d.displayOrder());
        FormLayout head = new FormLayout(name, taskType, description, rule, assignee, amount, unit, order, checklist);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        head.setColspan(description, 2);
        head.setColspan(checklist, 2);

        fieldList.setId("type-fields");
        fieldList
                .getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        d.form().fields().forEach(f -> rows.add(new FieldRow(f)));
        redrawFields();
        Button addField = new Button(getTranslation("request.editor.add"), VaadinIcon.PLUS.create(), e -> {
            FieldRow row = new FieldRow(null);
            rows.add(row);
            redrawFields();
            row.label.focus();
        });
        addField.setId("type-add-field");
        add(head, new H3(getTranslation("request.type.form")), fieldList, addField);

        Button save = SubmitButtons.primary(getTranslation("task.save"), () -> {
            try {
                List<FormField> fields = rows.stream().map(FieldRow::read).toList();
                RequestTypeDraft draft = new RequestTypeDraft(
                        name.getValue(),
                        description.getValue(),
                        taskType.getValue(),
                        rule.getValue(),
                        assignee.getValue() == null ? null : assignee.getValue().id(),
                        amount.getValue(),
                        unit.getValue(),
                        checklist.getValue(),
                        order.getValue() == null ? 0 : order.getValue(),
                        new FormDefinition(fields));
                if (type == null) {
                    requests.createType(draft);
                } else {
                    requests.updateType(type.id(), type.version(), draft);
                }
                Notifications.success(getTranslation("request.catalogue.saved", draft.name()));
                close();
                onSaved.run();
                return true;
            } catch (UserMessageException e) {
                Notifications.error(Notifications.text(e));
                return false;
            }
        });
        save.setId("type-save");
        Button cancel = new Button(getTranslation("task.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void redrawFields() {
        fieldList.removeAll();
        rows.forEach(fieldList::add);
    }

    private void move(FieldRow row, int by) {
        int i = rows.indexOf(row);
        int j = i + by;
        if (j < 0 || j >= rows.size()) {
            return;
        }
        rows.remove(i);
        rows.add(j, row);
        redrawFields();
    }

    private void remove(FieldRow row) {
        rows.remove(row);
        redrawFields();
    }

    private static BigDecimal decimal(TextField field, String label) {
        String v = field.getValue().strip().replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new UserMessageException("request.form.range", label);
        }
    }
}
