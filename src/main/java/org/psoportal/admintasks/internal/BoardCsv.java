package org.psoportal.admintasks.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.psoportal.shared.CsvWriter;
import org.psoportal.shared.Labels;

/**
 * The CSV export of board cards: one row per task, columns named in English for spreadsheets, and type, column and
 * priority in the words the board shows ("In progress", not IN_PROGRESS). Written by the
 * shared {@link CsvWriter} (quoting, formula cells neutralised). It holds what every board viewer sees on a card
 * (title, state, counts), never descriptions, comments or attachments (need to know).
 */
final class BoardCsv {

    private static final List<String> HEADER = Arrays.asList(
            "id",
            "title",
            "project",
            "type",
            "column",
            "position",
            "priority",
            "assignee",
            "due_date",
            "overdue",
            "checklist_done",
            "checklist_total",
            "created_at",
            "completed_at");

    private BoardCsv() {}

    static String write(List<TaskCard> cards, Labels labels) {
        // "position" is the card's place in its column among the exported cards, counted from 1 (the stored
        // positions are sparse sort keys, meaningless in a spreadsheet).
        Map<BoardColumn, Integer> places = new EnumMap<>(BoardColumn.class);
        List<List<?>> rows = new ArrayList<>(cards.size());
        for (TaskCard c : cards) {
            int place = places.merge(c.column(), 1, Integer::sum);
            rows.add(Arrays.asList(
                    c.id(),
                    c.title(),
                    c.projectCode(),
                    labels.of(c.type().labelKey()),
                    labels.of(c.column().labelKey()),
                    place,
                    labels.of(c.priority().labelKey()),
                    c.assigneeName(),
                    c.dueDate(),
                    c.overdue(),
                    c.checklistDone(),
                    c.checklistTotal(),
                    c.createdAt(),
                    c.completedAt()));
        }
        return CsvWriter.write(HEADER, rows, false);
    }

    /** A cell starting with = + - @ tab or CR would run as a formula in a spreadsheet: prefixed so it stays text. */
    static String safe(String value) {
        return CsvWriter.neutralised(value);
    }
}
