package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.shared.UserMessageException;

/**
 * Documents picked while a task is still being written ("Request a task" with the receipt at hand): checked at once
 * by the same rules as any attachment, kept in this form (at most {@link #MAX_FILES}, so a session holds at most a
 * few times the size limit), and stored through the attachment service right after the task is saved.
 */
class PendingAttachments extends Div {

    static final int MAX_FILES = 5;

    private record Pending(String name, byte[] data) {}

    private final transient AttachmentService attachments;
    private final List<Pending> files = new ArrayList<>();
    private final Div list = new Div();

    PendingAttachments(AttachmentService attachments) {
        this.attachments = attachments;
        addClassName("pso-pending-attachments");
        Span label = new Span(getTranslation("task.tab.attachments"));
        label.addClassName("pso-pending-attachments-label");
        list.setId("pending-attachments");
        add(
                label,
                list,
                new AttachmentUpload(
                        attachments.maxBytes(),
                        (name, data) -> {
                            if (files.size() >= MAX_FILES) {
                                throw new UserMessageException("attachment.tooMany", MAX_FILES);
                            }
                            return attachments.check(name, data);
                        },
                        (stored, data) -> {
                            files.add(new Pending(stored, data));
                            showList();
                        }));
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Stores every kept file on the new task; returns the names that could not be stored. */
    List<String> storeOn(long taskId) {
        List<String> failed = new ArrayList<>();
        for (Pending p : files) {
            try {
                attachments.upload(taskId, p.name(), p.data());
            } catch (UserMessageException e) {
                failed.add(p.name());
            }
        }
        files.clear();
        return failed;
    }

    private void showList() {
        list.removeAll();
        for (Pending p : List.copyOf(files)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                files.remove(p);
                showList();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("attachment.remove", p.name()));
            Span size = new Span(" " + (p.data().length + 1023) / 1024 + " KB");
            size.addClassName("pso-task-meta");
            Div row = new Div(new Span(p.name()), size, remove);
            row.addClassName("pso-pending-attachment");
            list.add(row);
        }
    }
}
