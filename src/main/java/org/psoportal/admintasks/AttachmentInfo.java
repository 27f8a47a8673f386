package org.psoportal.admintasks;

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
