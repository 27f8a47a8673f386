package org.psoportal.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.psoportal.people.internal.DirectorySyncRun;
import org.psoportal.people.internal.DirectorySyncService;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The company directory on the head's people page (only when one is configured): "Sync with directory", the reports
 * of the last runs (created, updated, deactivated, errors; who started them), the error lines of the newest run, and
 * a link to the open tasks of people who left, for reassignment.
 */
class DirectorySyncPanel extends VerticalLayout {

    /** The board's list of leavers' open tasks (admintasks; linked by its path, people may not depend on it). */
    static final String LEAVERS_TASKS = "board/leavers";

    private final transient DirectorySyncService sync;
    private final ZoneId zone;
    private final Grid<DirectorySyncRun> runs = new Grid<>();
    private final Div errors = new Div();
    private final Runnable afterSync;

    DirectorySyncPanel(DirectorySyncService sync, ZoneId zone, Runnable afterSync) {
        this.sync = sync;
        this.zone = zone;
        this.afterSync = afterSync;
        setPadding(false);
        setId("directory-sync");

        Button now = SubmitButtons.primary(getTranslation("directory.sync"), this::syncNow);
        now.setIcon(VaadinIcon.REFRESH.create());
        now.setId("directory-sync-now");
        Anchor leavers = new Anchor(LEAVERS_TASKS, getTranslation("directory.leaversTasks"));
        leavers.setId("leavers-tasks");
        HorizontalLayout bar = new HorizontalLayout(now, leavers);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        configureGrid();
        errors.setId("directory-sync-errors");
        add(
                new H2(getTranslation("directory.title")),
                new Paragraph(getTranslation("directory.intro")),
                bar,
                runs,
                errors);
        show(sync.lastRuns());
    }

    private void configureGrid() {
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addColumn(run -> TimeFormats.dateTime(run.getStartedAt(), zone))
                .setHeader(getTranslation("directory.started"))
                .setAutoWidth(true);
        runs.addColumn(run -> DirectorySyncRun.SCHEDULE.equals(run.getStartedBy())
                        ? getTranslation("directory.bySchedule")
                        : run.getStartedBy())
                .setHeader(getTranslation("directory.startedBy"))
                .setAutoWidth(true);
        runs.addColumn(DirectorySyncRun::getRead).setHeader(getTranslation("directory.read"));
        runs.addColumn(DirectorySyncRun::getCreated).setHeader(getTranslation("directory.created"));
        runs.addColumn(DirectorySyncRun::getUpdated).setHeader(getTranslation("directory.updated"));
        runs.addColumn(DirectorySyncRun::getDeactivated).setHeader(getTranslation("directory.deactivated"));
        runs.addColumn(DirectorySyncRun::getErrorCount).setHeader(getTranslation("directory.errors"));
        runs.setAllRowsVisible(true);
        runs.setWidthFull();
    }

    private boolean syncNow() {
        var run = sync.syncNow();
        if (run.isEmpty()) {
            Notifications.error(getTranslation("directory.busy"));
            return false;
        }
        DirectorySyncRun report = run.get();
        String summary = getTranslation(
                "directory.done",
                report.getCreated(),
                report.getUpdated(),
                report.getDeactivated(),
                report.getErrorCount());
        if (report.getErrorCount() == 0) {
            Notifications.success(summary);
        } else {
            Notifications.error(summary);
        }
        show(sync.lastRuns());
        afterSync.run();
        return false;
    }

    private void show(List<DirectorySyncRun> last) {
        runs.setItems(last);
        errors.removeAll();
        if (!last.isEmpty() && last.getFirst().getErrorCount() > 0) {
            UnorderedList lines = new UnorderedList();
            last.getFirst().getErrors().forEach(line -> lines.add(new ListItem(line)));
            errors.add(new Paragraph(getTranslation("directory.lastErrors")), lines);
        }
    }
}
