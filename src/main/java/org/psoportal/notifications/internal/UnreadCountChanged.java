package org.psoportal.notifications.internal;

/** A person's unread notifications changed (a new note, or all read); published inside the changing transaction. */
public record UnreadCountChanged(long personId) {}
