package org.psoportal.audit.internal;

import java.time.Instant;

/**
 * One entry of the audit trail: when (UTC), who (a person id when a signed-in person acted, and a label: their
 * e-mail, the e-mail tried at a failed sign-in, "anonymous" or "system"), what (category, action, object) and a
 * short detail (e.g. which fields changed). Texts are stored on one line: see {@link AuditWriter}. The object's
 * name ("Send March invoices") is not stored: {@link AuditTrailService} asks the owner when it reads the entry, and
 * it is null when the object is gone or its type has no name.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        Long actorPersonId,
        String actor,
        AuditCategory category,
        String action,
        String objectType,
        Long objectId,
        String detail,
        String remoteAddress,
        String objectName) {

    /** An entry as it is written: without a name for its object. */
    public AuditEntry(
            long id,
            Instant occurredAt,
            Long actorPersonId,
            String actor,
            AuditCategory category,
            String action,
            String objectType,
            Long objectId,
            String detail,
            String remoteAddress) {
        this(id, occurredAt, actorPersonId, actor, category, action, objectType, objectId, detail, remoteAddress, null);
    }

    AuditEntry withDetail(String shownDetail) {
        return new AuditEntry(
                id,
                occurredAt,
                actorPersonId,
                actor,
                category,
                action,
                objectType,
                objectId,
                shownDetail,
                remoteAddress,
                objectName);
    }

    AuditEntry named(String name) {
        return new AuditEntry(
                id,
                occurredAt,
                actorPersonId,
                actor,
                category,
                action,
                objectType,
                objectId,
                detail,
                remoteAddress,
                name);
    }

    /** "task 42", or just the type, or "" when the entry names no object. */
    public String object() {
        if (objectType == null) {
            return objectId == null ? "" : String.valueOf(objectId);
        }
        return objectId == null ? objectType : objectType + " " + objectId;
    }
}
