/**
 * The office's experts: profiles, skills, working hours, time off and booking rules. Owns the {@code expert_*}
 * tables.
 */
@ApplicationModule(displayName = "Experts")
package org.psoportal.experts;

import org.springframework.modulith.ApplicationModule;
