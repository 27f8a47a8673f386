package org.psoportal.requests.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.psoportal.shared.UserMessageException;

/**
 * The rules of request forms, as plain functions: whether an answer fits its field (per kind, with a message naming
 * the field), whether a form definition is sound (for the catalogue editor), and how answers are shown with the
 * questions of the form version they were asked with. Texts are kept exactly as typed (emoji, right-to-left text,
 * line breaks in long texts); lengths count characters as people see them (code points).
 */
public final class FormRules {

    public static final String DEFAULT_CURRENCY = "EUR";
    /** The longest a short text may ever be, and its default limit. */
    public static final int SHORT_TEXT_CAP = 500;

    public static final int SHORT_TEXT_DEFAULT = 200;
    /** The longest a long text may ever be (and its default limit). */
    public static final int LONG_TEXT_CAP = 10_000;

    public static final int MAX_FIELDS = 30;
    public static final int MAX_LABEL = 100;
    public static final int MAX_CHOICES = 50;
    public static final int MAX_CHOICE = 100;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal NUMBER_BOUND = new BigDecimal("1000000000000");

    private FormRules() {}

    /** The longest a text answer to {@code field} may be. */
    public static int maxLength(FormField field) {
        int cap = field.kind() == FieldKind.LONG_TEXT ? LONG_TEXT_CAP : SHORT_TEXT_CAP;
        int def = field.kind() == FieldKind.LONG_TEXT ? LONG_TEXT_CAP : SHORT_TEXT_DEFAULT;
        return field.maxLength() == null ? def : Math.min(field.maxLength(), cap);
    }

    /** The problem with one answer ({@code value} null or blank: not answered), or empty when it fits. */
    public static Optional<FieldProblem> checkField(FormField field, String value) {
        String label = field.label();
        String key = field.key();
        if (value == null || value.isBlank()) {
            return field.required()
                    ? Optional.of(new FieldProblem(
                            key,
                            field.kind() == FieldKind.ATTACHMENT
                                    ? "request.field.attachment"
                                    : "request.field.required",
                            label))
                    : Optional.empty();
        }
        switch (field.kind()) {
            case SHORT_TEXT, LONG_TEXT -> {
                int max = maxLength(field);
                if (value.codePointCount(0, value.length()) > max) {
                    return problem(key, "request.field.tooLong", label, max);
                }
                if (field.kind() == FieldKind.SHORT_TEXT && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
                    return problem(key, "request.field.oneLine", label);
                }
            }
            case NUMBER -> {
                return number(value)
                        .map(n -> range(field, n))
                        .orElseGet(() -> problem(key, "request.field.number", label));
            }
            case MONEY -> {
                String[] parts = value.strip().split("\\s+");
                Optional<BigDecimal> amount = parts.length == 2 ? number(parts[0]) : Optional.empty();
                if (amount.isEmpty()) {
                    return problem(key, "request.field.money", label);
                }
                if (!field.currencies().contains(parts[1])) {
                    return problem(key, "request.field.currency", label, String.join(", ", field.currencies()));
                }
                if (amount.get().scale() > 2) {
                    return problem(key, "request.field.cents", label);
                }
                return range(field, amount.get());
            }
            case DATE -> {
                try {
                    LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    return problem(key, "request.field.date", label);
                }
            }
            case CHOICE -> {
                if (!field.choices().contains(value)) {
                    return problem(key, "request.field.choice", label);
                }
            }
            case PERSON -> {
                if (!value.strip().matches("\\d{1,18}")) {
                    return problem(key, "request.field.person", label);
                }
            }
            case ATTACHMENT -> {
                // the names of files attached with the request; the service fills them in
            }
        }
        return Optional.empty();
    }

    /**
     * Checks every answer against {@code form} and returns them in the form's order, cleaned (numbers and dates
     * trimmed, blanks dropped, keys the form does not ask dropped; texts exactly as typed). Throws on the first
     * problem, in the form's order.
     */
    public static Map<String, String> check(FormDefinition form, Map<String, String> answers) {
        List<FieldProblem> problems = problems(form, answers);
        if (!problems.isEmpty()) {
            throw new FormAnswerException(problems.getFirst());
        }
        Map<String, String> clean = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            String v = answers.get(f.key());
            if (v == null || v.isBlank()) {
                continue;
            }
            clean.put(
                    f.key(),
                    switch (f.kind()) {
                        case SHORT_TEXT, LONG_TEXT, CHOICE, ATTACHMENT -> v;
                        case NUMBER -> number(v).orElseThrow().toPlainString();
                        case MONEY -> {
                            String[] parts = v.strip().split("\\s+");
                            yield number(parts[0]).orElseThrow().setScale(2).toPlainString() + " " + parts[1];
                        }
                        case DATE, PERSON -> v.strip();
                    });
        }
        return clean;
    }

    /** Every problem of the answers, in the form's order. */
    public static List<FieldProblem> problems(FormDefinition form, Map<String, String> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField f : form.fields()) {
            checkField(f, answers.get(f.key())).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Checks a form definition from the catalogue editor: labels present and unique, limits sensible, choices
     * given for a choice list, currencies as ISO codes. Returns it with a key for every new field.
     */
    public static FormDefinition checkDefinition(FormDefinition form) {
        if (form.fields().size() > MAX_FIELDS) {
            throw new UserMessageException("request.form.tooManyFields", MAX_FIELDS);
        }
        Set<String> labels = new HashSet<>();
        for (FormField f : form.fields()) {
            String label = f.label() == null ? "" : f.label().strip();
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                throw new UserMessageException("request.form.label", MAX_LABEL);
            }
            if (!labels.add(label.toLowerCase())) {
                throw new UserMessageException("request.form.labelTwice", label);
            }
            if (f.kind() == null) {
                throw new UserMessageException("request.form.kind", label);
            }
            if (f.maxLength() != null) {
                int cap = f.kind() == FieldKind.LONG_TEXT ? LONG_TEXT_CAP : SHORT_TEXT_CAP;
                if (!f.kind().hasLength() || f.maxLength() < 1 || f.maxLength() > cap) {
                    throw new UserMessageException("request.form.maxLength", label, cap);
                }
            }
            if ((f.min() != null || f.max() != null) && !f.kind().hasRange()) {
                throw new UserMessageException("request.form.range", label);
            }
            if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
                throw new UserMessageException("request.form.range", label);
            }
            if (!f.choices().isEmpty() && !f.kind().hasChoices()) {
                throw new UserMessageException("request.form.choices", label);
            }
            if (f.kind() == FieldKind.CHOICE && f.choices().isEmpty()) {
                throw new UserMessageException("request.form.choices", label);
            }
            if (f.choices().size() > MAX_CHOICES
                    || f.choices().stream().anyMatch(c -> c.isBlank() || c.length() > MAX_CHOICE)
                    || f.choices().stream().distinct().count() != f.choices().size()) {
                throw new UserMessageException("request.form.choices", label);
            }
            if (f.kind() == FieldKind.MONEY
                    && f.choices().stream().anyMatch(c -> !CURRENCY.matcher(c).matches())) {
                throw new UserMessageException("request.form.currency", label);
            }
        }
        List<FormField> stripped = form.fields().stream()
                .map(f -> new FormField(
                        f.key(),
                        f.label().strip(),
                        f.kind(),
                        f.required(),
                        f.maxLength(),
                        f.min(),
                        f.max(),
                        f.choices()))
                .toList();
        FormDefinition keyed = new FormDefinition(stripped).withKeys();
        if (keyed.fields().stream().map(FormField::key).distinct().count()
                != keyed.fields().size()) {
            throw new UserMessageException("request.form.keys");
        }
        return keyed;
    }

    /** An answer as it is shown (a person's name for a person; everything else as stored). */
    public static String display(FormField field, String value, LongFunction<String> personName) {
        if (value == null) {
            return "";
        }
        if (field.kind() == FieldKind.PERSON && value.matches("\\d{1,18}")) {
            return personName.apply(Long.parseLong(value));
        }
        return value;
    }

    /** One question and its answer, as a request shows them. */
    public record Answer(String fieldKey, String label, FieldKind kind, String value) {}

    /**
     * The answers with the questions of {@code askedWith}, the form version they were given in (not the type's
     * current form: a question renamed or removed later still reads as it was asked). Unanswered optional fields
     * are left out.
     */
    public static List<Answer> sheet(
            FormDefinition askedWith, Map<String, String> answers, LongFunction<String> names) {
        List<Answer> sheet = new ArrayList<>();
        for (FormField f : askedWith.fields()) {
            String v = answers.get(f.key());
            if (v != null && !v.isBlank()) {
                sheet.add(new Answer(f.key(), f.label(), f.kind(), display(f, v, names)));
            }
        }
        return sheet;
    }

    /** The answers as one plain text (values only, one per line), for the board's free-text search. */
    public static String searchText(List<Answer> sheet) {
        StringBuilder b = new StringBuilder();
        for (Answer a : sheet) {
            b.append(a.value()).append('\n');
        }
        return b.toString();
    }

    private static Optional<FieldProblem> problem(String key, String messageKey, Object... args) {
        return Optional.of(new FieldProblem(key, messageKey, args));
    }

    private static Optional<FieldProblem> range(FormField field, BigDecimal n) {
        if (field.min() != null && n.compareTo(field.min()) < 0) {
            return problem(
                    field.key(), "request.field.min", field.label(), field.min().toPlainString());
        }
        if (field.max() != null && n.compareTo(field.max()) > 0) {
            return problem(
                    field.key(), "request.field.max", field.label(), field.max().toPlainString());
        }
        return Optional.empty();
    }

    /** A number as people type it: blanks around, a decimal comma or point; no thousands separators. */
    static Optional<BigDecimal> number(String s) {
        String t = s.strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!t.matches("-?\\d{1,13}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(t);
        return n.abs().compareTo(NUMBER_BOUND) > 0 ? Optional.empty() : Optional.of(n);
    }
}
