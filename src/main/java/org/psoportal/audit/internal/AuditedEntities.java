package org.psoportal.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which entities the trail records, and how each is named in an entry. Entities are known by name: their classes
 * belong to their features and stay package-private there. A task's comments, checklist items and attachments are
 * recorded as parts of the task (the entry names the task). Task history entries are not recorded: they are
 * themselves a record of the task's changes, written with the change.
 */
public final class AuditedEntities {

    /**
     * How one entity appears in the trail. {@code ownerIdProperty} (for parts) holds the id of the object the entry
     * names; {@code summary} is what a CREATED or DELETED entry shows; {@code ignored} properties change as a side
     * effect of others (time stamps) and are left out of UPDATED entries; {@code secret} ones are named but their
     * values are never shown (password hashes).
     */
    public record Audited(
            AuditCategory category,
            String objectType,
            String part,
            String ownerIdProperty,
            List<String> summary,
            Set<String> ignored,
            Set<String> secret) {}

    private static final Map<String, Audited> BY_ENTITY = Map.of(
            "org.psoportal.admintasks.internal.AdminTask",
                    new Audited(
                            AuditCategory.TASK,
                            "task",
                            null,
                            null,
                            List.of("title"),
                            Set.of("updatedAt", "completedAt", "position"),
                            Set.of()),
            "org.psoportal.admintasks.internal.TaskComment",
                    new Audited(AuditCategory.TASK, "task", "COMMENT", "taskId", List.of(), Set.of(), Set.of()),
            "org.psoportal.admintasks.internal.ChecklistItem",
                    new Audited(
                            AuditCategory.TASK,
                            "task",
                            "CHECKLIST",
                            "taskId",
                            List.of("label"),
                            Set.of("position"),
                            Set.of()),
            "org.psoportal.admintasks.internal.TaskAttachment",
                    new Audited(
                            AuditCategory.TASK,
                            "task",
                            "ATTACHMENT",
                            "taskId",
                            List.of("fileName"),
                            Set.of(),
                            Set.of("data")),
            "org.psoportal.booking.internal.Booking",
                    new Audited(
                            AuditCategory.BOOKING,
                            "booking",
                            null,
                            null,
                            List.of("topic", "startAt", "status"),
                            Set.of(),
                            Set.of()),
            "org.psoportal.people.internal.Person",
                    new Audited(
                            AuditCategory.PERSON,
                            "person",
                            null,
                            null,
                            List.of("email", "roles"),
                            Set.of(),
                            Set.of("passwordHash")),
            "org.psoportal.projects.internal.Project",
                    new Audited(
                            AuditCategory.PROJECT,
                            "project",
                            null,
                            null,
                            List.of("code", "name", "status"),
                            Set.of(),
                            Set.of()));

    private AuditedEntities() {}

    public static Optional<Audited> of(String entityName) {
        return Optional.ofNullable(BY_ENTITY.get(entityName));
    }

    static Set<String> names() {
        return BY_ENTITY.keySet();
    }
}
