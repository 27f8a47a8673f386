package org.psoportal.requests.internal;

/** What a form field asks for. */
public enum FieldKind {
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    /** An amount of money: the answer is {@code "<amount> <currency>"}, e.g. {@code "42.50 EUR"}. */
    MONEY,
    /** An ISO date (yyyy-MM-dd). */
    DATE,
    CHOICE,
    /** A person of the directory: the answer is the person's id. */
    PERSON,
    /** A file that must be attached to the request (a receipt); the answer is the attached files' names. */
    ATTACHMENT;

    public String labelKey() {
        return "request.kind." + name();
    }

    /** Whether a field of this kind has a length limit, a min/max, or a list of choices (or currencies). */
    public boolean hasLength() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public boolean hasRange() {
        return this == NUMBER || this == MONEY;
    }

    public boolean hasChoices() {
        return this == CHOICE || this == MONEY;
    }
}
