package org.psoportal.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries of changes made in the current transaction, written when it commits: by Hibernate's before-completion
 * callback, after the final flush and on the transaction's own connection, so the entries commit exactly when the
 * changes do (a rolled-back change leaves no entry; a committed one always has its entry, and if writing it fails
 * the change is rolled back too). Several events about one object in one transaction (a person's fields and their
 * roles) become one entry.
 */
public final class PendingAudit {

    /** One entry being assembled; an UPDATED entry collects the changed fields of every event about its object. */
    public static final class Draft {
        final Instant at;
        final Who who;
        final String address;
        final AuditedEntities.Audited audited;
        final String action;
        final Long objectId;
        final String summary;
        public final Map<String, String> changes = new LinkedHashMap<>();

        public Draft(
                Instant at,
                Who who,
                String address,
                AuditedEntities.Audited audited,
                String action,
                Long objectId,
                String summary) {
            this.at = at;
            this.who = who;
            this.address = address;
            this.audited = audited;
            this.action = action;
            this.objectId = objectId;
            this.summary = summary;
        }

        /** Null for an update that changed nothing worth recording (only the version or a time stamp). */
        public AuditEntry entry() {
            if (isUpdate() && changes.isEmpty()) {
                return null;
            }
            return new AuditEntry(
                    0,
                    at,
                    who.personId(),
                    who.label(),
                    audited.category(),
                    action,
                    audited.objectType(),
                    objectId,
                    isUpdate() ? String.join(", ", changes.values()) : summary,
                    address);
        }

        private boolean isUpdate() {
            return action.equals(AuditAction.UPDATED.name()) || action.endsWith("_CHANGED");
        }
    }

    private final Map<Object, Draft> drafts = new LinkedHashMap<>();

    /** The drafts of the current transaction; null when no Spring transaction is active (then write at once). */
    public static PendingAudit current(Object key, SharedSessionContractImplementor session) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        PendingAudit pending = (PendingAudit) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            PendingAudit created = new PendingAudit();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new Binding(key, created));
            session.getTransactionCompletionCallbacks()
                    .registerCallback((BeforeCompletionCallback) s -> created.writeTo(s));
            pending = created;
        }
        return pending;
    }

    /** The draft for this key, made by {@code create} the first time. */
    public Draft draft(Object draftKey, Supplier<Draft> create) {
        return drafts.computeIfAbsent(draftKey, k -> create.get());
    }

    void writeTo(SharedSessionContractImplementor session) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Draft d : drafts.values()) {
            AuditEntry e = d.entry();
            if (e != null) {
                entries.add(e);
            }
        }
        drafts.clear();
        if (!entries.isEmpty()) {
            session.doWork(connection -> AuditWriter.write(connection, entries));
        }
    }

    /** Keeps the drafts bound to the transaction, also across a suspended inner transaction, and unbinds them. */
    private record Binding(Object key, PendingAudit pending) implements TransactionSynchronization {
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, pending);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }
}
