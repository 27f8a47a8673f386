package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.psoportal.dashboard.DashboardFilter;
import org.psoportal.dashboard.DashboardService;
import org.psoportal.dashboard.OfficeDashboard;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.Role;

/**
 * The head's dashboard: is admin work flowing, who is overloaded, which projects use the experts, where demand is
 * unmet. Refreshes when tasks or bookings change (push, at most every few seconds) and at least every minute (poll);
 * says when its figures were read.
 */
@Route("dashboard")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 60_000;

    private final transient DashboardService dashboard;
    private final transient DashboardRefresher refresher;
    private final DashboardFilterBar filterBar;
    private final TaskFigures taskFigures = new TaskFigures();
    private final ExpertFigures expertFigures = new ExpertFigures();
    private final TodayFigures todayFigures = new TodayFigures();
    private final Paragraph periodNote = new Paragraph();
    private final Paragraph updatedNote = new Paragraph();
    private Registration refreshRegistration;
    /** The figures on screen (the shared instance, see SharedOfficeFigures). */
    private transient OfficeDashboard shown;
    private Registration pollRegistration;

    public DashboardView(DashboardService dashboard, ProjectService projects, DashboardRefresher refresher) {
        this.dashboard = dashboard;
        this.refresher = refresher;
        addClassName("pso-view");
        addClassName("pso-dashboard");
        setPadding(false);
        filterBar = new DashboardFilterBar(dashboard.today(), projects.allProjects(), filter -> refresh());
        periodNote.addClassName("pso-figure-hint");
        updatedNote.addClassName("pso-figure-hint");
        updatedNote.setId("dashboard-updated");
        add(new H2(getTranslation("dashboard.title")), filterBar, updatedNote, periodNote,
                section("dashboard.section.today"), todayFigures,
                section("dashboard.section.tasks"), taskFigures,
                section("dashboard.section.experts"), expertFigures);
        refresh();
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
            // The shared figures did not change since they were drawn (a poll, or an announcement for another
            // filter): redrawing would only queue changes for the browser; for a tab that stopped answering, until
            // its UI is closed (docs/performance.md).
            return;
        }
        shown = d;
        // the figures are shared and may be a few seconds behind the latest change: say how fresh they are
        updatedNote.setText(getTranslation("dashboard.updatedAt", DashboardFormat.timeOfDay(d.updatedAt())));
        periodNote.setText(getTranslation("dashboard.periodNote", filter.period().from(), filter.period().to()));
        taskFigures.show(d);
        expertFigures.show(d);
        todayFigures.show(d);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MILLIS);
        pollRegistration = event.getUI().addPollListener(e -> refresh());
        refreshRegistration = refresher.register(event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        pollRegistration.remove();
        refreshRegistration.remove();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
