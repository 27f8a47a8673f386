package org.psoportal.training.internal;

import org.psoportal.shared.UserMessageException;

/**
 * One date of a publication broke a calendar rule: says which date ({@code when}, formatted) and, as its cause, the
 * rule's own refusal, so the dialog can say "Tue 15 Dec 2026, 10:00: the expert is on time off".
 */
public class OccurrenceRefusedException extends UserMessageException {

    private final transient UserMessageException rule;

    OccurrenceRefusedException(String when, UserMessageException rule) {
        super("training.occurrence.refused", when);
        this.rule = rule;
        initCause(rule);
    }

    /** The refusal of the calendar rule the occurrence broke (booking's rule message). */
    public UserMessageException rule() {
        return rule;
    }
}
