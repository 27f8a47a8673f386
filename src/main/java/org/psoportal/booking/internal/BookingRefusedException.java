package org.psoportal.booking.internal;

import org.psoportal.shared.UserMessageException;

/** A booking broke one of the {@link BookingRule}s; the message names the rule. */
public class BookingRefusedException extends UserMessageException {

    private final BookingRule rule;

    public BookingRefusedException(BookingRule rule, Object... args) {
        super(rule.messageKey(), args);
        this.rule = rule;
    }

    public BookingRule rule() {
        return rule;
    }
}
