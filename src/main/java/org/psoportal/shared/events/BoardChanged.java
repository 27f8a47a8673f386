package org.psoportal.shared.events;

/**
 * Published (Spring {@code ApplicationEventPublisher}) after admin tasks were created, moved, completed or deleted,
 * so read-only views such as the dashboard can refresh. {@code projectId} may be null when several changed.
 */
public record BoardChanged(Long projectId) {}
