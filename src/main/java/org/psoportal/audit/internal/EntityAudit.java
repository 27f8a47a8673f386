package org.psoportal.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.psoportal.audit.SqlChangeAudit;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hibernate's insert, update and delete events of the audited entities ({@link AuditedEntities}) become audit
 * entries, written with the change's transaction ({@link PendingAudit}). So every change made through the
 * features' entities is recorded without any service having to remember it. Changes made with plain SQL are not
 * seen: a card's place within its column (the board writes positions with SQL, it changes no field of the card;
 * {@link SqlChangeAudit} records it instead) and the large generated organisation (docs/performance.md), which is
 * loaded with batched SQL.
 */
public final class EntityAudit
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PreCollectionUpdateEventListener {

    private final Clock clock;

    EntityAudit(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        AuditedEntities.of(event.getPersister().getEntityName())
                .ifPresent(a -> add(
                        event.getSession(),
                        a,
                        AuditAction.CREATED,
                        event.getPersister(),
                        event.getId(),
                        event.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        AuditedEntities.of(event.getPersister().getEntityName())
                .ifPresent(a -> add(
                        event.getSession(),
                        a,
                        AuditAction.DELETED,
                        event.getPersister(),
                        event.getId(),
                        event.getDeletedState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        AuditedEntities.of(event.getPersister().getEntityName()).ifPresent(a -> {
            PendingAudit.Draft draft = draft(
                    event.getSession(),
                    a,
                    AuditAction.UPDATED,
                    event.getPersister(),
                    event.getId(),
                    event.getState(),
                    true);
            describeChanges(a, event.getPersister(), event.getOldState(), event.getState(), draft.changes);
            writeIfNoTransaction(event.getSession(), draft);
        });
    }

    /**
     * Element collections (a person's roles) change without changing a field of their owner: compared here with
     * the snapshot taken when they were loaded, before the update is written.
     */
    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return;
        }
        AuditedEntities.of(event.getAffectedOwnerEntityName()).ifPresent(a -> {
            Collection<?> before = elements(event.getCollection().getStoredSnapshot());
            Collection<?> after = event.getCollection() instanceof Collection<?> c ? c : null;
            if (before == null || after == null || sorted(before).equals(sorted(after))) {
                return;
            }
            String role = event.getCollection().getRole();
            String property = role.substring(role.lastIndexOf('.') + 1);
            EntityPersister persister =
                    event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
            PendingAudit.Draft draft = draft(
                    event.getSession(),
                    a,
                    AuditAction.UPDATED,
                    persister,
                    event.getAffectedOwnerIdOrNull(),
                    null,
                    true);
            draft.changes.put(property, property + ": " + sorted(before) + " → " + sorted(after));
            writeIfNoTransaction(event.getSession(), draft);
        });
    }

    private void add(
            SharedSessionContractImplementor session,
            AuditedEntities.Audited a,
            AuditAction action,
            EntityPersister persister,
            Object id,
            Object[] state) {
        writeIfNoTransaction(session, draft(session, a, action, persister, id, state, false));
    }

    /** The draft for this change: updates of one object in one transaction share one draft, others get their own. */
    private PendingAudit.Draft draft(
            SharedSessionContractImplementor session,
            AuditedEntities.Audited a,
            AuditAction action,
            EntityPersister persister,
            Object id,
            Object[] state,
            boolean mergeable) {
        String[] names = persister.getPropertyNames();
        Long objectId = a.ownerIdProperty() == null
                ? asLong(id)
                : state == null ? null : asLong(state[Arrays.asList(names).indexOf(a.ownerIdProperty())]);
        String actionName = a.part() == null ? action.name() : AuditAction.onPart(a.part(), action);
        String summary = state == null ? null : summary(a, names, state, id);
        Instant now = clock.instant();
        Supplier<PendingAudit.Draft> create =
                () -> new PendingAudit.Draft(now, Who.current(), Who.remoteAddress(), a, actionName, objectId, summary);
        PendingAudit pending = PendingAudit.current(this, session);
        if (pending == null) {
            return create.get();
        }
        Object key = mergeable ? List.of(persister.getEntityName(), String.valueOf(id)) : new Object();
        return pending.draft(key, create);
    }

    /** Outside a Spring transaction (not expected in the portal) the entry is written at once, on the session. */
    private static void writeIfNoTransaction(SharedSessionContractImplementor session, PendingAudit.Draft draft) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            AuditEntry entry = draft.entry();
            if (entry != null) {
                session.doWork(connection -> AuditWriter.write(connection, List.of(entry)));
            }
        }
    }

    /**
     * The changed fields by name. Short values (states, dates, ids, flags) are shown as "old → new"; texts only by
     * name (they can be long, and the object itself shows them); secrets (password hashes) only by name.
     */
    static void describeChanges(
            AuditedEntities.Audited a,
            EntityPersister persister,
            Object[] oldState,
            Object[] state,
            Map<String, String> changes) {
        String[] names = persister.getPropertyNames();
        var types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if ((persister.isVersioned() && i == persister.getVersionPropertyIndex())
                    || types[i].isCollectionType()
                    || a.ignored().contains(names[i])) {
                continue;
            }
            Object before = oldState == null ? null : oldState[i];
            Object after = state[i];
            if (oldState != null && Objects.deepEquals(before, after)) {
                continue;
            }
            boolean valueShown = oldState != null
                    && !a.secret().contains(names[i])
                    && !(after instanceof String)
                    && !(before instanceof String)
                    && !(after instanceof byte[]);
            changes.put(names[i], valueShown ? names[i] + ": " + text(before) + " → " + text(after) : names[i]);
        }
    }

    /** What a CREATED or DELETED entry shows: e.g. a task's title, a booking's topic, time and status. */
    private static String summary(AuditedEntities.Audited a, String[] names, Object[] state, Object id) {
        List<String> parts = a.summary().stream()
                .map(p -> text(state[Arrays.asList(names).indexOf(p)]))
                .toList();
        if (a.part() != null) {
            String part = a.part().toLowerCase(java.util.Locale.ROOT) + " " + id;
            return parts.isEmpty() ? part : part + ": " + String.join(" · ", parts);
        }
        return String.join(" · ", parts);
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Collection<?> c) {
            return sorted(c).toString();
        }
        return String.valueOf(value);
    }

    private static Collection<?> elements(Object snapshot) {
        if (snapshot instanceof Map<?, ?> map) {
            return map.keySet();
        }
        return snapshot instanceof Collection<?> c ? c : null;
    }

    private static TreeSet<String> sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Long asLong(Object id) {
        return id instanceof Number n ? n.longValue() : null;
    }
}
