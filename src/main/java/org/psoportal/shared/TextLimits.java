package org.psoportal.shared;

/**
 * Upper bounds for free text, checked by the services before anything is stored, so an oversized input (a pasted
 * megabyte, a scripted request) is refused with a readable message instead of failing in the database.
 */
public final class TextLimits {

    /** Booking topics: the column is VARCHAR(200). */
    public static final int TOPIC = 200;
    /** Free-form notes and descriptions (TEXT columns hold 64 kB; a screenful is plenty). */
    public static final int NOTES = 10_000;
    /** Cancel and decline reasons: the column is VARCHAR(500). */
    public static final int REASON = 500;

    private TextLimits() {}

    /** Refuses {@code value} when it is longer than {@code max} characters; null and blank pass. */
    public static String atMost(String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserMessageException("input.tooLong", max);
        }
        return value;
    }
}
