package org.psoportal.audit.internal;

import java.time.Instant;

/**
 * One entry of the audit trail: when (UTC), who (a person id when a signed-in person acted, and a label: their
 * e-mail, the e-mail tried at a failed sign-in, "anonymous" or "system"), what (category, action, object) and a
 * short detail (e.g. which fields changed). Texts are stored on one line: see {@link AuditWriter}.
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
        String remoteAddress) {

    /** "task 42", or just the type, or "" when the entry names no object. */
    public String object() {
        if (objectType == null) {
            return objectId == null ? "" : String.valueOf(objectId);
        }
        return objectId == null ? objectType : objectType + " " + objectId;
    }
}
