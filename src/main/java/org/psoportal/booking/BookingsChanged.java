package org.psoportal.booking;

import org.psoportal.shared.cluster.CrossInstanceEvent;

/**
 * Published after bookings, refusals, working hours or time off changed, so read-only views such as the dashboard
 * can refresh. {@code expertId} may be null when several changed.
 */
public record BookingsChanged(Long expertId) implements CrossInstanceEvent {}
