package org.psoportal.shared;

/**
 * What an import-style upsert did (or, in a preview, would do) to one record: created it, changed it, or found it
 * already as the input says. Re-importing the same file gives {@link #UNCHANGED} for every row.
 */
public enum UpsertOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
