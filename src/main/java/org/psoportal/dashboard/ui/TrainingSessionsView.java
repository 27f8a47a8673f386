package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.psoportal.dashboard.internal.DashboardService;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.Role;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.training.TrainingFigureRows.SessionFigures;

/**
 * The drill-down of the dashboard's training figures: the sessions behind a bar (the sessions held in a week, or the
 * sessions of a skill in the period), with their seats, the people seated and waiting and how many attended. The
 * parameters are the ones {@link DrillDown#trainingSessions} writes; a missing or unreadable day falls back to the
 * dashboard's default period (the last 30 days).
 */
@Route(TrainingSessionsView.PATH)
@RolesAllowed(Role.Names.HEAD)
public class TrainingSessionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "dashboard/sessions";

    private final transient DashboardService dashboard;
    private final transient ProjectService projects;
    private final Paragraph filterNote = new Paragraph();
    private final Grid<SessionFigures> grid = new Grid<>();

    public TrainingSessionsView(DashboardService dashboard, ProjectService projects) {
        this.dashboard = dashboard;
        this.projects = projects;
        addClassName("pso-view");
        filterNote.setId("training-sessions-filter");
        grid.setId("training-sessions");
        grid.addColumn(SessionFigures::title)
                .setHeader(t("dashboard.training.session"))
                .setFlexGrow(3);
        grid.addColumn(s -> s.skill() == null ? t("dashboard.skill.unspecified") : s.skill())
                .setHeader(t("dashboard.skill"))
                .setAutoWidth(true);
        grid.addColumn(SessionFigures::expertName)
                .setHeader(t("dashboard.expert"))
                .setAutoWidth(true);
        grid.addColumn(this::when).setHeader(t("dashboard.time")).setAutoWidth(true);
        grid.addColumn(SessionFigures::seats).setHeader(t("dashboard.training.seatsOffered"));
        grid.addColumn(SessionFigures::seated).setHeader(t("dashboard.training.seated"));
        grid.addColumn(SessionFigures::waitlisted).setHeader(t("dashboard.training.waiting"));
        grid.addColumn(this::attended).setHeader(t("dashboard.training.attended"));
        PhoneCards.add(
                grid,
                t("dashboard.training.sessionsTitle"),
                s -> RowCard.of(
                        s.title(),
                        List.of(
                                s.expertName(),
                                when(s),
                                t("dashboard.training.card", s.seats(), s.seated(), s.waitlisted(), attended(s)))));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("dashboard.training.none"));
        grid.setAriaLabel(t("dashboard.training.sessionsTitle"));
        add(
                new H1(t("dashboard.training.sessionsTitle")),
                new RouterLink(t("dashboard.training.back"), DashboardView.class),
                filterNote,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        LocalDate today = dashboard.today();
        LocalDate from = day(q, "from").orElse(today.minusDays(29));
        LocalDate to = day(q, "to").filter(d -> !d.isBefore(from)).orElse(from.isAfter(today) ? from : today);
        Long project = q.getSingleParameter("project")
                .filter(p -> p.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        String skill = q.getSingleParameter("skill").orElse(null);
        boolean held = q.getSingleParameter("held").map("true"::equals).orElse(false);
        List<SessionFigures> sessions = dashboard.trainingSessions(from, to, project, skill, held);
        grid.setItems(sessions);
        filterNote.setText(note(from, to, project, skill, held, sessions.size()));
    }

    private String note(LocalDate from, LocalDate to, Long project, String skill, boolean held, int shown) {
        StringBuilder s =
                new StringBuilder(t(held ? "dashboard.training.note.held" : "dashboard.training.note.all", from, to));
        if (project != null) {
            ProjectSummary p = projects.summaries(List.of(project)).get(project);
            s.append(' ').append(t("dashboard.training.note.project", p == null ? "#" + project : p.label()));
        }
        if (skill != null) {
            s.append(' ')
                    .append(t(
                            "dashboard.training.note.skill",
                            skill.isEmpty() ? t("dashboard.skill.unspecified") : skill));
        }
        if (shown >= DashboardService.SESSION_LIST_LIMIT) {
            s.append(' ').append(t("dashboard.training.note.cut", shown));
        }
        return s.toString();
    }

    private static Optional<LocalDate> day(QueryParameters q, String name) {
        try {
            return q.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String when(SessionFigures s) {
        return DashboardFormat.timeRange(s.start(), s.end());
    }

    private String attended(SessionFigures s) {
        return s.attended() == null ? t("dashboard.training.notMarked") : String.valueOf(s.attended());
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String getPageTitle() {
        return t("dashboard.training.sessionsTitle") + " · " + t("app.name");
    }
}
