package org.psoportal.requests.internal;

import org.psoportal.shared.UserMessageException;

/** An answer breaks its field's rules: the message names the field ("Amount: must be at least 0.01"). */
public class FormAnswerException extends UserMessageException {

    private final String fieldKey;

    public FormAnswerException(FieldProblem problem) {
        super(problem.messageKey(), problem.args());
        this.fieldKey = problem.fieldKey();
    }

    /** The key of the field that is wrong, so a form can show the message on it. */
    public String fieldKey() {
        return fieldKey;
    }
}
