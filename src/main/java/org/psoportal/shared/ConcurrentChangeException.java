package org.psoportal.shared;

/** Someone else changed the same thing first: the user gets the current state and a clear message. */
public class ConcurrentChangeException extends UserMessageException {

    public ConcurrentChangeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
