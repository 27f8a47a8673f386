package org.psoportal.admintasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.admintasks.ui.AttachmentUpload;
import org.psoportal.shared.UserMessageException;

/**
 * The board's upload for files picked before their task exists (a request's receipt): the same component and the
 * same checks (size, type by content) as a task's attachments, the files kept here until {@link TaskFiling#file}
 * stores them with the task.
 */
public class FilePicker extends Div {

    private final List<TaskFiling.File> files = new ArrayList<>();
    private final Div list = new Div();
    private final int maxFiles;
    private final List<Runnable> listeners = new ArrayList<>();
    private final AttachmentUpload upload;

    public FilePicker(TaskFiling filing, int maxFiles) {
        this.maxFiles = maxFiles;
        addClassName("pso-pending-attachments");
        list.addClassName("pso-file-picker-list");
        upload = new AttachmentUpload(
                filing.maxAttachmentBytes(),
                (name, data) -> {
                    if (files.size() >= this.maxFiles) {
                        throw new UserMessageException("attachment.tooMany", this.maxFiles);
                    }
                    return filing.checkFile(name, data);
                },
                (stored, data) -> {
                    files.add(new TaskFiling.File(stored, data));
                    changed();
                });
        add(list, upload);
    }

    /** Names the upload ({@code id}; the board's own is {@code attachment-upload}), when a page has several. */
    public void setUploadId(String id) {
        upload.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.upload.Upload)
                .forEach(c -> c.setId(id));
    }

    /** The files picked so far, in the order they were picked. */
    public List<TaskFiling.File> files() {
        return List.copyOf(files);
    }

    /** Runs whenever a file is added or removed. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        list.removeAll();
        for (TaskFiling.File f : List.copyOf(files)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                files.remove(f);
                changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("attachment.remove", f.name()));
            Span size = new Span(" " + (f.data().length + 1023) / 1024 + " KB");
            size.addClassName("pso-task-meta");
            Div row = new Div(new Span(f.name()), size, remove);
            row.addClassName("pso-pending-attachment");
            list.add(row);
        }
        listeners.forEach(Runnable::run);
    }
}
