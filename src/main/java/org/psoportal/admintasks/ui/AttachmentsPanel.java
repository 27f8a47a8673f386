package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import org.psoportal.admintasks.internal.AttachmentContent;
import org.psoportal.admintasks.internal.AttachmentInfo;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The task's documents: a download link each (served through the secured service on every request) and an
 * upload ({@link AttachmentUpload}) that stores through the service.
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
        add(new AttachmentUpload(
                attachments.maxBytes(),
                // the stored name may differ (the extension follows the detected type): say what was stored
                (name, data) -> attachments.upload(d.id(), name, data).fileName(),
                (stored, data) -> {
                    Notifications.success(getTranslation("attachment.uploaded", stored));
                    reload.accept(d.id());
                }));
    }
}
