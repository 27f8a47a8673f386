package org.psoportal.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.psoportal.audit.internal.AuditCategory;
import org.psoportal.audit.internal.AuditFilter;
import org.psoportal.shared.ui.TimeFormats;

/** The trail's filters: period, category, who, object (type and id) and free text; each change is a new filter. */
class AuditFilterBar extends HorizontalLayout {

    /** The object types entries name (the categories of changes, plus what refusals name most). */
    static final List<String> OBJECT_TYPES = List.of("task", "booking", "person", "project", "method");

    private final DatePicker from = TimeFormats.portalFormat(new DatePicker());
    private final DatePicker to = TimeFormats.portalFormat(new DatePicker());
    private final Select<AuditCategory> category = new Select<>();
    private final TextField actor = new TextField();
    private final Select<String> objectType = new Select<>();
    private final IntegerField objectId = new IntegerField();
    private final TextField text = new TextField();
    private final SerializableConsumer<AuditFilter> onChange;
    private AuditFilter filter = AuditFilter.NONE;
    private boolean updating;

    AuditFilterBar(SerializableConsumer<AuditFilter> onChange) {
        this.onChange = onChange;
        addClassName("pso-audit-filters");
        setWrap(true);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);

        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);

        category.setId("audit-category");
        category.setLabel(getTranslation("audit.filter.category"));
        category.setItems(AuditCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("audit.filter.anyCategory"));
        category.setItemLabelGenerator(c ->
                c == null ? getTranslation("audit.filter.anyCategory") : getTranslation("audit.category." + c.name()));

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);

        objectType.setId("audit-object-type");
        objectType.setLabel(getTranslation("audit.filter.objectType"));
        objectType.setItems(OBJECT_TYPES);
        objectType.setEmptySelectionAllowed(true);
        objectType.setEmptySelectionCaption(getTranslation("audit.filter.anyObject"));
        objectType.setItemLabelGenerator(
                t -> t == null ? getTranslation("audit.filter.anyObject") : getTranslation("audit.object." + t));

        objectId.setId("audit-object-id");
        objectId.setLabel(getTranslation("audit.filter.objectId"));
        objectId.setMin(1);
        objectId.setClearButtonVisible(true);
        objectId.setValueChangeMode(ValueChangeMode.LAZY);

        text.setId("audit-text");
        text.setLabel(getTranslation("audit.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        // Each field changes only its own part of the filter, so the rest stays exactly as the URL said.
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            change(f -> f.withFrom(e.getValue()));
        });
        to.addValueChangeListener(e -> change(f -> f.withTo(e.getValue())));
        category.addValueChangeListener(e -> change(f -> f.withCategory(e.getValue())));
        actor.addValueChangeListener(e -> change(f -> f.withActor(e.getValue())));
        objectType.addValueChangeListener(e -> change(f -> f.withObjectType(e.getValue())));
        objectId.addValueChangeListener(e -> change(
                f -> f.withObjectId(e.getValue() == null ? null : e.getValue().longValue())));
        text.addValueChangeListener(e -> change(f -> f.withText(e.getValue())));
        add(from, to, category, actor, objectType, objectId, text);
        setFlexGrow(1, text);
    }

    /** Shows a filter (from the URL) without reporting it back as a change. */
    void show(AuditFilter f) {
        updating = true;
        filter = f;
        try {
            from.setValue(f.from());
            to.setValue(f.to());
            category.setValue(f.category());
            actor.setValue(f.actor() == null ? "" : f.actor());
            objectType.setValue(
                    f.objectType() != null && OBJECT_TYPES.contains(f.objectType()) ? f.objectType() : null);
            objectId.setValue(
                    f.objectId() == null || f.objectId() > Integer.MAX_VALUE
                            ? null
                            : f.objectId().intValue());
            text.setValue(f.text() == null ? "" : f.text());
        } finally {
            updating = false;
        }
    }

    private void change(UnaryOperator<AuditFilter> edit) {
        if (!updating) {
            filter = edit.apply(filter);
            onChange.accept(filter);
        }
    }
}
