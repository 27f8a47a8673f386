package org.psoportal.booking.internal;

/** The rules a booking must pass, in the order they are checked; each refusal names its rule. */
public enum BookingRule {
    END_AFTER_START("booking.rule.endAfterStart"),
    NOT_IN_PAST("booking.rule.notInPast"),
    BOOKABLE("booking.rule.bookable"),
    MIN_NOTICE("booking.rule.minNotice"),
    HORIZON("booking.rule.horizon"),
    LENGTH("booking.rule.length"),
    SLOT_GRID("booking.rule.slotGrid"),
    TIME_OFF("booking.rule.timeOff"),
    WORKING_HOURS("booking.rule.workingHours"),
    NO_OVERLAP("booking.rule.noOverlap"),
    WEEKLY_CAPACITY("booking.rule.weeklyCapacity");

    private final String messageKey;

    BookingRule(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Refusals that mean "the expert is full", the ones that count as unmet demand. */
    public boolean meansFull() {
        return this == NO_OVERLAP || this == WEEKLY_CAPACITY;
    }
}
