/**
 * Reminders before appointments: every participant of a booking (and of whatever else implements
 * {@link org.psoportal.reminders.ReminderSource}) gets a note in the portal, and by e-mail when the portal sends
 * e-mail and the person wants it, at each of their two reminder times (defaults 24 hours and 1 hour before; each can
 * be changed or switched off on the "Reminders" page). Publishes {@link org.psoportal.reminders.ReminderOffsets}, the
 * signed-in person's reminder times, which the calendar feed turns into VALARMs.
 *
 * <p>The rules. A scheduler asks every {@code ReminderSource} each minute for the appointments starting within the
 * largest reminder time in use. A reminder is due from its time (start minus offset) for a grace period of 10 minutes
 * ({@code pso.reminders.grace}); after that it is skipped, never sent late: a booking made 2 hours before its start
 * gets the 1-hour reminder but not the 24-hour one, and a scheduler that was down for longer than the grace period
 * does not send a burst of stale reminders. Nothing is sent for an appointment that has started. Each reminder sent is
 * a row in {@code reminder_sent} whose unique key (kind, ref_id, person_id, offset_minutes, starts_at) is inserted in
 * the same transaction as the notification, so two runs racing (two threads, two instances whose scheduler locks
 * overlap) send it once. The start time is part of the key: a rescheduled booking is reminded of again for its new
 * time, without booking having to tell this module; a cancelled or declined one is no longer returned by its source.
 *
 * <p>Owns {@code reminder_settings} and {@code reminder_sent}. Depends on notifications (delivery) and security; the
 * modules with appointments depend on it.
 */
@ApplicationModule(displayName = "Reminders")
package org.psoportal.reminders;

import org.springframework.modulith.ApplicationModule;
