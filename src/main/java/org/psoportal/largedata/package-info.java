/**
 * The large generated organisation for benchmarks and load tests ({@code PSO_DEMO_DATA=large}). A bulk tool:
 * it writes every module's tables with multi-row INSERTs, the one exception to tables owned by their module.
 */
@ApplicationModule(displayName = "Large organisation")
package org.psoportal.largedata;

import org.springframework.modulith.ApplicationModule;
