package org.psoportal.audit;

import java.util.Collection;
import java.util.Map;
import org.psoportal.audit.internal.AuditTrailService;

/**
 * Names the objects of one type for the audit trail, so the head reads "Task 'Send March invoices' (#5)" rather
 * than "task 5". Implemented by the module that owns the objects, which reads its own table: the audit module never
 * names another module's table. Called only by {@link AuditTrailService#search}, which is the head's alone.
 */
public interface AuditObjectNames {

    /** The object type as the trail stores it: "task", "booking", "person", "project". */
    String objectType();

    /** The names of those of {@code ids} that still exist; an object deleted since is left out. */
    Map<Long, String> names(Collection<Long> ids);
}
