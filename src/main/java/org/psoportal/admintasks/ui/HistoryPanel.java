package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.HistoryAction;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.shared.ui.TimeFormats;

/** Who changed what and when, newest first. */
class HistoryPanel extends Div {

    HistoryPanel(TaskDetails d, ZoneId zone) {
        addClassName("pso-task-history");
        DateTimeFormatter fmt = TimeFormats.dateTimeFormat(zone);
        for (TaskDetails.History h : d.history()) {
            Span when = new Span(fmt.format(h.at()));
            when.addClassName("pso-task-meta");
            Span what = new Span(h.actorName() + " "
                    + getTranslation("task.history." + h.action().name())
                    + (h.detail() == null ? "" : " " + detail(h)));
            add(new Div(when, what));
        }
    }

    /** Column names in moves are stored as enum names ("TODO>DONE") and shown translated. */
    private String detail(TaskDetails.History h) {
        if (h.action() == HistoryAction.MOVED && h.detail().contains(">")) {
            String[] parts = h.detail().split(">");
            return column(parts[0]) + " → " + column(parts[1]);
        }
        if (h.action() == HistoryAction.CREATED) {
            return h.detail().startsWith("template") ? "" : "→ " + column(h.detail());
        }
        if (h.action() == HistoryAction.OVER_LIMIT
                || h.action() == HistoryAction.ARCHIVED
                || h.action() == HistoryAction.RESTORED) {
            String[] parts = h.detail().split(" ", 2);
            return column(parts[0]) + (parts.length > 1 ? " " + parts[1] : "");
        }
        return h.detail();
    }

    private String column(String name) {
        try {
            return getTranslation(BoardColumn.valueOf(name).labelKey());
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
