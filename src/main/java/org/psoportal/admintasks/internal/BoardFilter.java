package org.psoportal.admintasks.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psoportal.admintasks.CardClock;

/**
 * The board's filter, as the URL carries it: project, assignee (an id or "none"), type, mine, overdue, q, column,
 * sla (atrisk or breached: the open cards whose service-level clock is at risk or breached) and sort (timeleft: each
 * column by time left, least first, cards without a clock after them). Unknown or malformed values are ignored
 * rather than failing the page (bookmarks outlive renamed things).
 */
public record BoardFilter(
        Long projectId,
        Long assigneeId,
        boolean unassigned,
        TaskType type,
        boolean mine,
        boolean overdue,
        String text,
        BoardColumn column,
        CardClock.Tone sla,
        boolean byTimeLeft) {

    public static final BoardFilter NONE = new BoardFilter(null, null, false, null, false, false, null, null);

    /** The URL's values of {@code sla}. */
    private static final Map<String, CardClock.Tone> SLA =
            Map.of("atrisk", CardClock.Tone.AT_RISK, "breached", CardClock.Tone.BREACHED);

    private static final String TIME_LEFT = "timeleft";

    /** Without service-level filter or sort. */
    public BoardFilter(
            Long projectId,
            Long assigneeId,
            boolean unassigned,
            TaskType type,
            boolean mine,
            boolean overdue,
            String text,
            BoardColumn column) {
        this(projectId, assigneeId, unassigned, type, mine, overdue, text, column, null, false);
    }

    public static BoardFilter fromQuery(Map<String, List<String>> params) {
        String assignee = first(params, "assignee");
        return new BoardFilter(
                parseLong(first(params, "project")),
                "none".equals(assignee) ? null : parseLong(assignee),
                "none".equals(assignee),
                parseEnum(TaskType.class, first(params, "type")),
                "true".equals(first(params, "mine")),
                "true".equals(first(params, "overdue")),
                blankToNull(first(params, "q")),
                parseEnum(BoardColumn.class, first(params, "column")),
                SLA.get(lower(first(params, "sla"))),
                TIME_LEFT.equals(lower(first(params, "sort"))));
    }

    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (projectId != null) q.put("project", projectId.toString());
        if (unassigned) q.put("assignee", "none");
        else if (assigneeId != null) q.put("assignee", assigneeId.toString());
        if (type != null) q.put("type", type.name());
        if (mine) q.put("mine", "true");
        if (overdue) q.put("overdue", "true");
        if (text != null) q.put("q", text);
        if (column != null) q.put("column", column.name());
        if (sla != null) q.put("sla", sla == CardClock.Tone.AT_RISK ? "atrisk" : "breached");
        if (byTimeLeft) q.put("sort", TIME_LEFT);
        return q;
    }

    /** How many filters are set (the board's "Filters (2)"); 0 for the whole board. */
    public int activeCount() {
        int n = 0;
        if (projectId != null) n++;
        if (unassigned || assigneeId != null) n++;
        if (type != null) n++;
        if (mine) n++;
        if (overdue) n++;
        if (text != null) n++;
        if (column != null) n++;
        if (sla != null) n++;
        return n;
    }

    /** For LIKE: the text with its wildcards escaped away, wrapped in %...%. */
    String likePattern() {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public BoardFilter withProject(Long id) {
        return new BoardFilter(id, assigneeId, unassigned, type, mine, overdue, text, column, sla, byTimeLeft);
    }

    public BoardFilter withAssignee(Long id, boolean none) {
        return new BoardFilter(projectId, none ? null : id, none, type, mine, overdue, text, column, sla, byTimeLeft);
    }

    public BoardFilter withType(TaskType t) {
        return new BoardFilter(projectId, assigneeId, unassigned, t, mine, overdue, text, column, sla, byTimeLeft);
    }

    public BoardFilter withMine(boolean m) {
        return new BoardFilter(projectId, assigneeId, unassigned, type, m, overdue, text, column, sla, byTimeLeft);
    }

    public BoardFilter withOverdue(boolean o) {
        return new BoardFilter(projectId, assigneeId, unassigned, type, mine, o, text, column, sla, byTimeLeft);
    }

    public BoardFilter withText(String t) {
        return new BoardFilter(
                projectId, assigneeId, unassigned, type, mine, overdue, blankToNull(t), column, sla, byTimeLeft);
    }

    public BoardFilter withColumn(BoardColumn c) {
        return new BoardFilter(projectId, assigneeId, unassigned, type, mine, overdue, text, c, sla, byTimeLeft);
    }

    /** Only the open cards whose clock has this tone (null: all cards). */
    public BoardFilter withSla(CardClock.Tone t) {
        return new BoardFilter(projectId, assigneeId, unassigned, type, mine, overdue, text, column, t, byTimeLeft);
    }

    public BoardFilter withTimeLeftOrder(boolean b) {
        return new BoardFilter(projectId, assigneeId, unassigned, type, mine, overdue, text, column, sla, b);
    }

    /** Whether a card passes the service-level filter (the other filters are the query's). */
    boolean admits(TaskCard card) {
        return sla == null
                || (card.clock() != null
                        && card.clock().state() != CardClock.State.STOPPED
                        && card.clock().tone() == sla);
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        try {
            return s == null ? null : Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
