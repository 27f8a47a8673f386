package org.psoportal.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.stream.Collectors;

/** Services re-check forms with Bean Validation, so bad input is refused even when it bypasses the UI's binder. */
public final class FormValidation {

    private FormValidation() {}

    /** Refuses with one message listing every problem ("validation.failed"), never a stack trace. */
    public static void requireValid(Validator validator, Object form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new UserMessageException("validation.failed",
                    violations.stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }
}
