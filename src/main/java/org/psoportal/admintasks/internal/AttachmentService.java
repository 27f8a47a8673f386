package org.psoportal.admintasks.internal;

import java.time.Clock;
import java.util.Set;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents on tasks (receipts, invoices). Only those who may read the task's details (need to know: requester,
 * assignee, administrators, head, the project's manager; {@link TaskAccess}) may attach and download; the size limit
 * ({@code pso.attachments.max-bytes}, default 10 MB) and the type allow-list are checked here, by content.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class AttachmentService {

    private final TaskAttachmentRepository attachments;
    private final AdminTaskRepository tasks;
    private final TaskHistory history;
    private final TaskAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    AttachmentService(
            TaskAttachmentRepository attachments,
            AdminTaskRepository tasks,
            TaskHistory history,
            TaskAccess access,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${pso.attachments.max-bytes:10485760}") long maxBytes) {
        this.attachments = attachments;
        this.tasks = tasks;
        this.history = history;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public AttachmentInfo upload(long taskId, String fileName, byte[] data) {
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        access.requireReadDetails(Actor.of(currentUser), task);
        Checked file = checked(fileName, data);
        String type = file.type();
        String stored = file.name();
        long uploader = currentUser.personId();
        TaskAttachment saved =
                attachments.save(new TaskAttachment(taskId, stored, type, data, uploader, clock.instant()));
        history.record(taskId, uploader, HistoryAction.ATTACHED, stored);
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of(task.getColumn())));
        return new AttachmentInfo(saved.getId(), taskId, stored, type, data.length, uploader, saved.getUploadedAt());
    }

    /**
     * The checks of {@link #upload} without storing: for a file picked while the task is still being written (it is
     * kept in the form and uploaded once the task is saved). Returns the name the file will be stored under.
     */
    @PreAuthorize(Access.BOARD_VIEWERS)
    public String check(String fileName, byte[] data) {
        return checked(fileName, data).name();
    }

    private record Checked(String name, String type) {}

    /** Size and type (by content) or the message saying what is wrong. */
    private Checked checked(String fileName, byte[] data) {
        String name = cleanName(fileName);
        if (data.length == 0) {
            throw new UserMessageException("attachment.empty");
        }
        if (data.length > maxBytes) {
            throw new UserMessageException("attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = FileTypes.detect(data, name)
                .orElseThrow(() -> new UserMessageException("attachment.typeNotAllowed", name));
        return new Checked(FileTypes.nameFor(name, type), type);
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public AttachmentContent download(long attachmentId) {
        TaskAttachment a =
                attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        AdminTask task =
                tasks.findById(a.getTaskId()).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        access.requireReadDetails(Actor.of(currentUser), task);
        return new AttachmentContent(a.getFileName(), a.getContentType(), a.getData());
    }

    /** Keeps only the last path segment and drops control characters (names end up in a download header). */
    static String cleanName(String fileName) {
        String n = fileName == null ? "file" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
