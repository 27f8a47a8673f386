package org.psoportal.admintasks.internal;

import java.time.Instant;

/** An attachment as lists show it (no contents). */
public record AttachmentInfo(
        long id,
        long taskId,
        String fileName,
        String contentType,
        long sizeBytes,
        long uploadedById,
        Instant uploadedAt) {}
