package org.psoportal.training;

import org.psoportal.shared.cluster.CrossInstanceEvent;

/**
 * Published after a session or its registrations changed (seats, waitlist, attendance, cancellation), so open
 * Sessions pages refresh live and the head's dashboard knows its training figures are stale; crosses instances like
 * the board's events.
 */
public record TrainingSessionsChanged(long sessionId) implements CrossInstanceEvent {}
