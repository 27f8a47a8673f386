package org.psoportal.admintasks.internal;

/** The kinds of administrative work the PSO does for projects. */
public enum TaskType {
    EXPENSES,
    INVOICING,
    DATA_ENTRY,
    PAPERWORK,
    REPORTING,
    OTHER
}
