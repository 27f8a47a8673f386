package org.psoportal.imports.internal;

import java.util.Map;

/**
 * One data row of an import file in the preview and after the import: its line, its values by column, and what it
 * will do (or did). A refused row carries the reason as a translation key with its arguments (column and value).
 */
public record ImportRow(long line, Map<String, String> values, Outcome outcome, String reasonKey, Object[] reasonArgs) {

    public enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        REFUSED
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }

    public String value(String column) {
        return values.getOrDefault(column, "");
    }

    ImportRow with(Outcome newOutcome, String key, Object... args) {
        return new ImportRow(line, values, newOutcome, key, args);
    }
}
