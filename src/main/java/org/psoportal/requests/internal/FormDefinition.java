package org.psoportal.requests.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form version: its ordered fields. Stored as JSON text ({@code request_form.fields}), and a request's answers as a
 * JSON object ({@code request.answers}). Why JSON and not rows: a form is always read and written whole, a version
 * never changes once written, and no query looks inside a field (the board's text search reads the plain-text copy
 * {@code request.answers_text}); rows would need one table for fields, one for choices and an entity-attribute-value
 * table for answers whose values have a different type per field, all joined back together on every read, for no
 * query that needs them. MariaDB's LONGTEXT keeps any Unicode text (emoji, right-to-left) exactly.
 */
public record FormDefinition(List<FormField> fields) {

    public static final FormDefinition EMPTY = new FormDefinition(List.of());

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FormDefinition {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** A key not used by any field yet ({@code f1}, {@code f2}, ...). */
    public static String nextKey(List<FormField> fields) {
        int n = 0;
        for (FormField f : fields) {
            if (f.key() != null && f.key().matches("f\\d{1,6}")) {
                n = Math.max(n, Integer.parseInt(f.key().substring(1)));
            }
        }
        return "f" + (n + 1);
    }

    /** The same fields, those without a key given a new one. */
    public FormDefinition withKeys() {
        List<FormField> keyed = new ArrayList<>();
        for (FormField f : fields) {
            keyed.add(f.key() == null || f.key().isBlank() ? f.withKey(nextKey(concat(fields, keyed))) : f);
        }
        return new FormDefinition(keyed);
    }

    private static List<FormField> concat(List<FormField> a, List<FormField> b) {
        List<FormField> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public String toJson() {
        return JSON.writeValueAsString(fields);
    }

    public static FormDefinition fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        return new FormDefinition(JSON.readValue(json, new TypeReference<List<FormField>>() {}));
    }

    public static String answersToJson(Map<String, String> answers) {
        return JSON.writeValueAsString(answers);
    }

    public static Map<String, String> answersFromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
