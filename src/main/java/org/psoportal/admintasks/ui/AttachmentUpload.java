package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.psoportal.shared.UserMessageException;

/**
 * One document at a time, for a task's attachments tab and for a task being written. The file is read up to the
 * size limit plus one byte (an oversized file never fills the memory) and handed to a receiver that checks it
 * (and stores it, or keeps it). A refused file is marked as failed in the upload (never the green tick of a stored
 * one) and the reason stays beside the upload; either way the upload's list is emptied, so the next file can be
 * picked at once (one file at a time would otherwise stay "used up" by the refused one).
 */
public class AttachmentUpload extends Div {

    /** Checks (and stores or keeps) a picked file; runs in the upload's request. */
    @FunctionalInterface
    public interface Receiver {
        /**
         * @return the name the file is (or will be) stored under
         * @throws UserMessageException when the file is refused (too large, empty, a type not allowed)
         */
        String receive(String fileName, byte[] data);
    }

    private final Upload upload;
    private final Span refused = new Span();

    /** {@code accepted} runs with the UI locked, with the stored name and the file's bytes. */
    public AttachmentUpload(long maxBytes, Receiver receiver, BiConsumer<String, byte[]> accepted) {
        addClassName("pso-attachment-upload");
        UI ui = UI.getCurrent();
        upload = new Upload((UploadHandler) event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            String name = event.getFileName();
            try {
                String stored = receiver.receive(name, data);
                ui.accessSynchronously(() -> {
                    clear();
                    accepted.accept(stored, data);
                });
            } catch (UserMessageException ex) {
                String reason = ui.getTranslation(ex.messageKey(), ex.args());
                event.reject(reason); // the upload marks the file as failed instead of done
                ui.accessSynchronously(() -> refuse(name, reason));
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(
                "application/pdf",
                "image/png",
                "image/jpeg",
                "image/gif",
                ".pdf",
                ".png",
                ".jpg",
                ".jpeg",
                ".gif",
                ".docx",
                ".xlsx",
                ".pptx",
                ".doc",
                ".xls",
                ".ppt");
        upload.setId("attachment-upload");
        // refused in the browser already (a type not accepted, over the size limit): never sent, say why
        upload.addFileRejectedListener(e -> refuse(e.getFileName(), e.getErrorMessage()));
        refused.setId("attachment-refused");
        refused.addClassName("pso-upload-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        add(upload, refused);
    }

    private void clear() {
        refused.setVisible(false);
        upload.clearFileList();
    }

    private void refuse(String fileName, String reason) {
        refused.setText(getTranslation("attachment.refused", fileName == null ? "" : fileName, reason));
        refused.setVisible(true);
        upload.clearFileList();
    }

    Upload upload() {
        return upload;
    }
}
