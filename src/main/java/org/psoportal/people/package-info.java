/**
 * The organisation's people and their roles: administration of accounts by the head of the PSO. Master data: other
 * modules may join {@code person} in SQL for names. Owns {@code person} and {@code person_role}.
 */
@ApplicationModule(displayName = "People")
package org.psoportal.people;

import org.springframework.modulith.ApplicationModule;
