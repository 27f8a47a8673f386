package org.psoportal.requests.internal;

/** What is wrong with one answer: a translation key whose first argument is the field's label. */
public record FieldProblem(String fieldKey, String messageKey, Object... args) {}
