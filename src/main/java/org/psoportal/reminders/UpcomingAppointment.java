package org.psoportal.reminders;

import java.time.Instant;

/**
 * One participant's appointment: {@code kind} and {@code refId} name the thing ("booking", 42), {@code title} is what
 * the reminder says it is about, {@code link} the portal route that shows it (as notifications use links).
 */
public record UpcomingAppointment(String kind, long refId, long personId, Instant start, String title, String link) {}
