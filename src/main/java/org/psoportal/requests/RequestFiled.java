package org.psoportal.requests;

import java.time.Instant;

/**
 * A request was filed through the catalogue: published inside the filing transaction (the board task and the
 * request row are written in it), so a listener's writes (a service-level clock) commit or roll back with it. Listen
 * with a plain {@code @EventListener}.
 *
 * @param taskId the board task the request became ({@code PSO-<taskId>})
 * @param requestTypeId the catalogue entry it was filed under
 * @param typeName the entry's name at filing time
 * @param targetAmount the entry's target turnaround, null when it has none
 * @param targetUnit the unit of {@code targetAmount}, null when it has none
 */
public record RequestFiled(
        long taskId,
        long projectId,
        long requestTypeId,
        String typeName,
        Integer targetAmount,
        TargetUnit targetUnit,
        Instant filedAt) {}
