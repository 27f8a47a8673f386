package org.psoportal.notifications.internal;

import java.time.Instant;

/** A notification as the list shows it: translate {@code messageKey} with {@code args}. */
public record NotificationItem(
        long id, String messageKey, Object[] args, String link, Instant createdAt, boolean read) {}
