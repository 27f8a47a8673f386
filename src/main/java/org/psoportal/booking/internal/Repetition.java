package org.psoportal.booking.internal;

/** How a series of bookings repeats: the same local start time every week, every two weeks or every month. */
public enum Repetition {
    WEEKLY,
    EVERY_TWO_WEEKS,
    MONTHLY;

    /** The translation key of the repetition's name ("weekly"), in the dialog and in the series' notifications. */
    public String labelKey() {
        return "booking.repeat." + name();
    }
}
