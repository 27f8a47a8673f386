package org.psoportal.admintasks.internal;

/** The kinds of administrative work the PSO does for projects. */
public enum TaskType {
    EXPENSES,
    INVOICING,
    DATA_ENTRY,
    PAPERWORK,
    REPORTING,
    OTHER;

    /** The translation key of the type's name ("Data entry"), wherever a type is shown or exported. */
    public String labelKey() {
        return "board.type." + name();
    }
}
