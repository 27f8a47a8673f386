/**
 * In-portal notifications (the bell) and their e-mails. Owns {@code notification}.
 */
@ApplicationModule(displayName = "Notifications")
package org.psoportal.notifications;

import org.springframework.modulith.ApplicationModule;
