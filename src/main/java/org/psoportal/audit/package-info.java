/**
 * The audit trail: listens to sign-ins, refusals and entity changes and writes them in the changing transaction;
 * the head searches it. Owns {@code audit_event}. The modules whose objects it records name them for the trail
 * ({@link org.psoportal.audit.AuditObjectNames}).
 */
@ApplicationModule(displayName = "Audit")
package org.psoportal.audit;

import org.springframework.modulith.ApplicationModule;
