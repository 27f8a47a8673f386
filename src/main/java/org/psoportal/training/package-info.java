/**
 * Training sessions: an expert teaches many at once. Sessions (single or a weekly series) hold the expert's time
 * through {@code booking.ExpertHolds}, so they pass the calendar's rules and block one-to-one bookings; people
 * register for a seat or join the waitlist, which moves up by itself when a seat frees. Owns
 * {@code training_session}, {@code training_session_project} and {@code training_registration}.
 */
@ApplicationModule(displayName = "Training sessions")
package org.psoportal.training;

import org.springframework.modulith.ApplicationModule;
