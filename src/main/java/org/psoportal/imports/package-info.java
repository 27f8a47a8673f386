/**
 * Bulk import of people, projects and expert profiles from CSV or Excel files by the head of the PSO: a preview
 * of what each row will do, then the import row by row through the people, projects and experts services (it owns
 * no table and writes none of theirs).
 */
@ApplicationModule(displayName = "Bulk import")
package org.psoportal.imports;

import org.springframework.modulith.ApplicationModule;
