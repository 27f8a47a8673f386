package org.psoportal.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Services re-check forms with Bean Validation, so bad input is refused even when it bypasses the UI's binder. */
public final class FormValidation {

    private FormValidation() {}

    /** Refuses with one message listing every problem ("validation.failed"), never a stack trace. */
    public static void requireValid(Validator validator, Object form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new UserMessageException(
                    "validation.failed",
                    violations.stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    /**
     * Refuses with the first problem alone, for forms whose users read one message at a time: fields in the order
     * the record declares them, a missing value before a too long one. The constraint's message is a translation
     * key in braces ({@code "{board.title.required}"}); a {@code @Size} passes its maximum as the key's argument.
     */
    public static void requireValidOneAtATime(Validator validator, Record form) {
        var violations = validator.validate(form);
        if (violations.isEmpty()) {
            return;
        }
        List<String> fields = Arrays.stream(form.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        ConstraintViolation<Record> first = violations.stream()
                .min(Comparator.<ConstraintViolation<Record>>comparingInt(
                                v -> fields.indexOf(v.getPropertyPath().toString()))
                        .thenComparingInt(v -> isSize(v) ? 1 : 0))
                .orElseThrow();
        String template = first.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        throw isSize(first)
                ? new UserMessageException(
                        key, first.getConstraintDescriptor().getAttributes().get("max"))
                : new UserMessageException(key);
    }

    private static boolean isSize(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof Size;
    }
}
