/**
 * The frame around every view: the main layout with the side navigation built from the views' {@code @Menu}, the
 * notification bell, the start page that sends each role where it works, and the error page. Nothing depends on it.
 */
@ApplicationModule(displayName = "Shell")
package org.psoportal.shell;

import org.springframework.modulith.ApplicationModule;
