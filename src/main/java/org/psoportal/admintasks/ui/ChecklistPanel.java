package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;

/** The task's checklist: tick steps, add steps (for those who may edit the task). */
class ChecklistPanel extends Div {

    ChecklistPanel(TaskDetails d, TaskService tasks, LongConsumer reload) {
        addClassName("pso-task-checklist");
        for (TaskDetails.Item item : d.checklist()) {
            Checkbox box = new Checkbox(item.label(), item.done());
            box.setReadOnly(!d.mayEdit());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    tasks.setChecklistItemDone(item.id(), e.getValue());
                    reload.accept(d.id());
                }
            });
            Div row = new Div(box);
            add(row);
        }
        if (d.mayEdit()) {
            TextField label = new TextField();
            label.setPlaceholder(getTranslation("task.checklist.new"));
            label.setMaxLength(200);
            label.setId("checklist-new");
            Button add = new Button(getTranslation("task.checklist.add"), e -> {
                try {
                    tasks.addChecklistItem(d.id(), label.getValue());
                    reload.accept(d.id());
                } catch (UserMessageException ex) {
                    Notifications.error(Notifications.text(ex));
                }
            });
            add.setId("checklist-add");
            Div row = new Div(label, add);
            row.addClassName("pso-task-row");
            add(row);
        }
    }
}
