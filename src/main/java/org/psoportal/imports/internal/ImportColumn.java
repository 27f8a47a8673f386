package org.psoportal.imports.internal;

/**
 * One column of an import file: its header name, whether a row needs a value in it, the most characters a value
 * may have (the database column's length), what it holds (for the page and the template) and a sample value.
 */
public record ImportColumn(String name, boolean required, int maxLength, String description, String example) {}
