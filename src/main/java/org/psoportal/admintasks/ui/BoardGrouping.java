package org.psoportal.admintasks.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the board groups its cards into swimlanes: not at all, by project, by assignee or by request type. Kept in the
 * address as {@code lanes=project|assignee|type} beside the filter ({@link
 * org.psoportal.admintasks.internal.BoardFilter}); it is not a filter (it hides no card), so "Clear filters" keeps
 * it and the "Filters (n)" count leaves it out. An unknown value means no lanes (bookmarks outlive renamed things).
 */
enum BoardGrouping {
    NONE,
    PROJECT,
    ASSIGNEE,
    TYPE;

    static final String PARAMETER = "lanes";

    static BoardGrouping fromQuery(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault(PARAMETER, List.of());
        if (values.isEmpty() || values.getFirst() == null) {
            return NONE;
        }
        String value = values.getFirst().trim().toUpperCase(Locale.ROOT);
        for (BoardGrouping g : values()) {
            if (g != NONE && g.name().equals(value)) {
                return g;
            }
        }
        return NONE;
    }

    /** The filter's query with this grouping's {@code lanes=…} added (nothing for no lanes). */
    Map<String, String> addTo(Map<String, String> query) {
        Map<String, String> q = new LinkedHashMap<>(query);
        if (this != NONE) {
            q.put(PARAMETER, name().toLowerCase(Locale.ROOT));
        }
        return q;
    }

    String labelKey() {
        return "board.lanes." + name();
    }
}
