/**
 * Read-only: the head's dashboard and everyone's overview, composed from the figures the owning modules publish.
 * Owns no table.
 */
@ApplicationModule(displayName = "Dashboard")
package org.psoportal.dashboard;

import org.springframework.modulith.ApplicationModule;
