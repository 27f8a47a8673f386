package org.psoportal.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.psoportal.audit.internal.AuditAction;
import org.psoportal.audit.internal.AuditWriter;
import org.psoportal.audit.internal.AuditedEntities;
import org.psoportal.audit.internal.EntityAudit;
import org.psoportal.audit.internal.PendingAudit;
import org.psoportal.audit.internal.Who;
import org.springframework.stereotype.Component;

/**
 * Entries for the few changes a feature makes with plain SQL, which the entity listeners ({@link EntityAudit})
 * cannot see. Written with the change's transaction, exactly like theirs ({@link PendingAudit}).
 */
@Component
public class SqlChangeAudit {

    private static final AuditedEntities.Audited TASK =
            AuditedEntities.of("org.psoportal.admintasks.internal.AdminTask").orElseThrow();

    private final EntityManager entityManager;
    private final Clock clock;

    SqlChangeAudit(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A card put at another place within its column: the board writes positions with SQL so that reordering never
     * changes the card itself (nobody editing it gets a conflict), hence no entity event. Places count from 1.
     */
    public void taskReordered(long taskId, String column, int fromPlace, int toPlace) {
        PendingAudit.Draft draft = new PendingAudit.Draft(
                clock.instant(), Who.current(), Who.remoteAddress(), TASK, AuditAction.UPDATED.name(), taskId, null);
        draft.changes.put("position", "place in " + column + ": " + fromPlace + " → " + toPlace);
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        PendingAudit pending = PendingAudit.current(this, session);
        if (pending == null) {
            session.doWork(connection -> AuditWriter.write(connection, List.of(draft.entry())));
        } else {
            pending.draft(new Object(), () -> draft);
        }
    }
}
