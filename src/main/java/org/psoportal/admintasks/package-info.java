/**
 * The admin-task board: requests for admin work, their columns, positions and WIP limits, checklists, comments,
 * attachments, history and recurring templates. Publishes {@link org.psoportal.admintasks.BoardChanged} after every
 * committed change. Owns the {@code admin_task*} tables and {@code board_column_state}.
 */
@ApplicationModule(displayName = "Admin tasks")
package org.psoportal.admintasks;

import org.springframework.modulith.ApplicationModule;
