package org.psoportal.notifications.internal;

import org.psoportal.shared.cluster.CrossInstanceEvent;

/** A person's unread notifications changed (a new note, or all read); published inside the changing transaction. */
public record UnreadCountChanged(long personId) implements CrossInstanceEvent {}
