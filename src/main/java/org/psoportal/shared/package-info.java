/**
 * The kernel every feature may use: value types, text and form rules, the database plumbing, UI helpers and the
 * chart components. It imports no feature, so it is an open module: its sub-packages are visible to all.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.psoportal.shared;

import org.springframework.modulith.ApplicationModule;
