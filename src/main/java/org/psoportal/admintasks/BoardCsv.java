package org.psoportal.admintasks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV export of board cards: one row per task, columns named in English for spreadsheets. */
final class BoardCsv {

    private static final String[] HEADER = {"id", "title", "project", "type", "column", "position", "priority",
        "assignee", "due_date", "overdue", "checklist_done", "checklist_total", "created_at", "completed_at"};

    private BoardCsv() {}

    static String write(List<TaskCard> cards) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            // "position" is the card's place in its column among the exported cards, counted from 1 (the stored
            // positions are sparse sort keys, meaningless in a spreadsheet).
            java.util.Map<BoardColumn, Integer> places = new java.util.EnumMap<>(BoardColumn.class);
            for (TaskCard c : cards) {
                int place = places.merge(c.column(), 1, Integer::sum);
                csv.printRecord(c.id(), safe(c.title()), c.projectCode(), c.type(), c.column(), place,
                        c.priority(), c.assigneeName() == null ? "" : safe(c.assigneeName()), c.dueDate(), c.overdue(),
                        c.checklistDone(), c.checklistTotal(), c.createdAt(), c.completedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it so it stays text. */
    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
