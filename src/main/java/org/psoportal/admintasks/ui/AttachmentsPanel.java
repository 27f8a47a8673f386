package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import org.psoportal.admintasks.internal.AttachmentContent;
import org.psoportal.admintasks.internal.AttachmentInfo;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The task's documents: a download link each (served through the secured service on every request) and an
 * upload. The upload reads at most the size limit plus one byte, so an oversized file never fills the memory.
 */
class AttachmentsPanel extends Div {

    AttachmentsPanel(TaskDetails d, AttachmentService attachments, ZoneId zone, LongConsumer reload) {
        addClassName("pso-task-attachments");
        DateTimeFormatter fmt = TimeFormats.dateTimeFormat(zone);
        if (d.attachments().isEmpty()) {
            add(new Span(getTranslation("attachment.none")));
        }
        for (AttachmentInfo a : d.attachments()) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        AttachmentContent c = attachments.download(a.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(c.data()), c.fileName(), c.contentType(), c.data().length);
                    }),
                    AttachmentType.DOWNLOAD,
                    a.fileName());
            link.addClassName("pso-attachment-link");
            Span meta = new Span(" " + (a.sizeBytes() + 1023) / 1024 + " KB · " + fmt.format(a.uploadedAt()));
            meta.addClassName("pso-task-meta");
            add(new Div(link, meta));
        }
        UI ui = UI.getCurrent();
        long max = attachments.maxBytes();
        Upload upload = new Upload((UploadHandler) event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            String name = event.getFileName();
            try {
                // The stored name may differ (the extension follows the detected type): say what was stored.
                AttachmentInfo stored = attachments.upload(d.id(), name, data);
                ui.accessSynchronously(() -> {
                    Notifications.success(getTranslation("attachment.uploaded", stored.fileName()));
                    reload.accept(d.id());
                });
            } catch (UserMessageException ex) {
                ui.accessSynchronously(() -> Notifications.error(Notifications.text(ex)));
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
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
        add(upload);
    }
}
