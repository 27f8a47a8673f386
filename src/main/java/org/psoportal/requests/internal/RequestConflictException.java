package org.psoportal.requests.internal;

import org.psoportal.shared.ConcurrentChangeException;

/** Someone changed the request's answers after the caller loaded them: nothing was saved (like a card's conflict). */
public class RequestConflictException extends ConcurrentChangeException {

    RequestConflictException(String reference) {
        super("request.conflict", reference);
    }
}
