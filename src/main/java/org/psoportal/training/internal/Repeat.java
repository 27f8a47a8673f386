package org.psoportal.training.internal;

/** How a published session repeats: not at all, every week or every two weeks, at the same local time. */
public enum Repeat {
    NONE(0),
    WEEKLY(1),
    FORTNIGHTLY(2);

    private final int weeks;

    Repeat(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    public String labelKey() {
        return "training.repeat." + name();
    }
}
