package org.psoportal.audit.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the head looks for in the trail, as the URL carries it: a period of days in the portal's zone (from, to,
 * both included), a category, who (part of the actor's e-mail or label), an object (type and/or id) and free text
 * (in the detail, action or object type). Unknown or malformed values are ignored rather than failing the page.
 */
public record AuditFilter(
        LocalDate from,
        LocalDate to,
        AuditCategory category,
        String actor,
        String objectType,
        Long objectId,
        String text) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        objectType = blankToNull(objectType);
        text = blankToNull(text);
    }

    public static AuditFilter fromQuery(Map<String, List<String>> params) {
        return new AuditFilter(
                parseDate(first(params, "from")),
                parseDate(first(params, "to")),
                parseCategory(first(params, "category")),
                first(params, "who"),
                first(params, "type"),
                parseLong(first(params, "id")),
                first(params, "q"));
    }

    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (from != null) q.put("from", from.toString());
        if (to != null) q.put("to", to.toString());
        if (category != null) q.put("category", category.name());
        if (actor != null) q.put("who", actor);
        if (objectType != null) q.put("type", objectType);
        if (objectId != null) q.put("id", objectId.toString());
        if (text != null) q.put("q", text);
        return q;
    }

    public AuditFilter withFrom(LocalDate d) {
        return new AuditFilter(d, to, category, actor, objectType, objectId, text);
    }

    public AuditFilter withTo(LocalDate d) {
        return new AuditFilter(from, d, category, actor, objectType, objectId, text);
    }

    public AuditFilter withCategory(AuditCategory c) {
        return new AuditFilter(from, to, c, actor, objectType, objectId, text);
    }

    public AuditFilter withActor(String a) {
        return new AuditFilter(from, to, category, a, objectType, objectId, text);
    }

    public AuditFilter withObjectType(String t) {
        return new AuditFilter(from, to, category, actor, t, objectId, text);
    }

    public AuditFilter withObjectId(Long id) {
        return new AuditFilter(from, to, category, actor, objectType, id, text);
    }

    public AuditFilter withText(String t) {
        return new AuditFilter(from, to, category, actor, objectType, objectId, t);
    }

    /** For LIKE: the text with its wildcards escaped away, wrapped in %...%. */
    static String like(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static AuditCategory parseCategory(String s) {
        try {
            return s == null ? null : AuditCategory.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
