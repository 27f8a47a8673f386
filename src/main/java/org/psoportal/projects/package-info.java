/**
 * The organisation's projects, their codes, managers and status. Master data: other modules may join {@code project}
 * in SQL for codes and names. Owns {@code project}.
 */
@ApplicationModule(displayName = "Projects")
package org.psoportal.projects;

import org.springframework.modulith.ApplicationModule;
