package org.psoportal.requests.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a request form. {@code key} stays the same while a field is edited across form versions, so the
 * answers of a request are matched with the questions it was asked. Limits: {@code maxLength} for texts (null: the
 * kind's cap), {@code min}/{@code max} for numbers and amounts, {@code choices} for a choice list (the allowed
 * currencies for an amount: none means {@link FormRules#DEFAULT_CURRENCY}).
 */
public record FormField(
        String key,
        String label,
        FieldKind kind,
        boolean required,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        List<String> choices) {

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public FormField withKey(String k) {
        return new FormField(k, label, kind, required, maxLength, min, max, choices);
    }

    /** The currencies an amount may be in. */
    public List<String> currencies() {
        return choices.isEmpty() ? List.of(FormRules.DEFAULT_CURRENCY) : choices;
    }
}
