package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.dashboard.internal.DashboardFilter;
import org.psoportal.dashboard.internal.DashboardService;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.Role;

/**
 * The head's dashboard: is admin work flowing, who is overloaded, which projects use the experts, where demand is
 * unmet, what the training sessions teach and save. Asks for the shared figures every 10 s and redraws when they
 * changed (tasks and bookings changes show within seconds); says when its figures were read. The sections below the
 * first screen are made when the browser scrolls near them ({@link LazySection}).
 */
@Route("dashboard")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /**
     * An open dashboard asks for the figures every 10 s and redraws when they changed. Asked, not pushed: the shared
     * figures change at most every 5 s (SharedOfficeFigures), and a server push to every open dashboard after
     * changes piled up queued work and undelivered changes in sessions (the 200-user load test ran out of memory;
     * docs/performance.md).
     */
    static final int POLL_MILLIS = 10_000;

    private final transient DashboardService dashboard;
    private final DashboardFilterBar filterBar;
    /** The sections made so far: today's and the admin work's at once, the others when scrolled to (LazySection). */
    private final List<DashboardSection> sections = new ArrayList<>();
    /** The browser window's inner width, once known: sections made later lay their charts out for it. */
    private int windowWidth;

    private final Paragraph periodNote = new Paragraph();
    private final Paragraph updatedNote = new Paragraph();
    /** The figures on screen (the shared instance, see SharedOfficeFigures). */
    private transient OfficeDashboard shown;

    private Registration pollRegistration;
    private Registration chartWidths;

    public DashboardView(DashboardService dashboard, ProjectService projects) {
        this.dashboard = dashboard;
        addClassName("pso-view");
        addClassName("pso-dashboard");
        setPadding(false);
        filterBar = new DashboardFilterBar(dashboard.today(), projects.allProjects(), filter -> refresh());
        periodNote.addClassName("pso-figure-hint");
        updatedNote.addClassName("pso-figure-hint");
        updatedNote.setId("dashboard-updated");
        periodNote.setId("dashboard-period-note");
        add(
                new H1(getTranslation("dashboard.title")),
                filterBar,
                updatedNote,
                periodNote,
                section("dashboard.section.today"),
                made(new TodayFigures()),
                section("dashboard.section.tasks"),
                made(new TaskFigures()),
                section("dashboard.section.experts"),
                new LazySection("expert-section", ExpertFigures::new, this::made),
                section("dashboard.section.training"),
                new LazySection("training-section", TrainingFigures::new, this::made),
                section("dashboard.section.serviceLevels"),
                new LazySection("service-level-section", ServiceLevelFigures::new, this::made));
        refresh();
    }

    /**
     * A section from now on shown and redrawn with the figures, laid out for the window first (on a phone its charts
     * are then drawn once, narrow).
     */
    private DashboardSection made(DashboardSection section) {
        ChartWidths.layOut(section, windowWidth);
        sections.add(section);
        if (shown != null) {
            section.show(shown);
        }
        return section;
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("pso-dashboard-section");
        return h;
    }

    void refresh() {
        DashboardFilter filter = filterBar.value();
        OfficeDashboard d = dashboard.office(filter);
        if (d == shown) {
            // The shared figures did not change since they were drawn: nothing to send.
            return;
        }
        shown = d;
        // the figures are shared and may be a few seconds behind the latest change: say how fresh they are
        updatedNote.setText(getTranslation("dashboard.updatedAt", DashboardFormat.timeOfDay(d.updatedAt())));
        periodNote.setText(getTranslation(
                "dashboard.periodNote", filter.period().from(), filter.period().to()));
        sections.forEach(section -> section.show(d));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MILLIS);
        pollRegistration = event.getUI().addPollListener(e -> refresh());
        chartWidths = ChartWidths.follow(event.getUI(), width -> {
            windowWidth = width;
            ChartWidths.layOut(this, width);
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        pollRegistration.remove();
        chartWidths.remove();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
