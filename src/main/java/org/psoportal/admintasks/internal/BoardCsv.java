package org.psoportal.admintasks.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.admintasks.TaskExtras;
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
        return write(cards, labels, Map.of(), Map.of());
    }

    /**
     * With a request's type ({@code request_type}) and its answers, one column per question (named by its label,
     * in the order they first appear), for the tasks filed through the catalogue. {@code answers} holds only what
     * the exporting person may read ({@link TaskExtras}).
     */
    static String write(
            List<TaskCard> cards,
            Labels labels,
            Map<Long, String> typeLabels,
            Map<Long, List<TaskExtras.Answer>> answers) {
        List<String> questions = new ArrayList<>();
        for (TaskCard c : cards) {
            for (TaskExtras.Answer a : answers.getOrDefault(c.id(), List.of())) {
                if (!questions.contains(a.label())) {
                    questions.add(a.label());
                }
            }
        }
        List<String> header = new ArrayList<>(HEADER);
        header.add("request_type");
        header.addAll(questions);
        // "position" is the card's place in its column among the exported cards, counted from 1 (the stored
        // positions are sparse sort keys, meaningless in a spreadsheet).
        Map<BoardColumn, Integer> places = new EnumMap<>(BoardColumn.class);
        List<List<?>> rows = new ArrayList<>(cards.size());
        for (TaskCard c : cards) {
            int place = places.merge(c.column(), 1, Integer::sum);
            List<Object> row = new ArrayList<>(Arrays.asList(
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
            row.add(typeLabels.get(c.id()));
            Map<String, String> byLabel = new HashMap<>();
            answers.getOrDefault(c.id(), List.of()).forEach(a -> byLabel.put(a.label(), a.value()));
            questions.forEach(q -> row.add(byLabel.get(q)));
            rows.add(row);
        }
        return CsvWriter.write(header, rows, false);
    }

    /** A cell starting with = + - @ tab or CR would run as a formula in a spreadsheet: prefixed so it stays text. */
    static String safe(String value) {
        return CsvWriter.neutralised(value);
    }
}
