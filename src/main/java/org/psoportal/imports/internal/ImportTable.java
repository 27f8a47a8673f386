package org.psoportal.imports.internal;

import java.util.List;

/**
 * A file read as a table: its header (column names in the file's order) and its data rows, each with the line
 * (CSV: the line the record begins on; Excel: the row number) the head finds it under in their spreadsheet.
 */
public record ImportTable(List<String> header, List<Row> rows) {

    public record Row(long line, List<String> cells) {}
}
