package org.psoportal.shell.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;

/**
 * The address after sign-in: sends each person to where they work. The head lands on the dashboard, an
 * administrator on the board, an expert on their schedule, staff on expert booking; a view that does not exist
 * (yet) falls back to the home view.
 */
@Route("")
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    /** In order of precedence: someone with several roles lands on the first that applies. */
    static final List<StartPage> START_PAGES = List.of(
            new StartPage(Role.HEAD, "dashboard"),
            new StartPage(Role.ADMINISTRATOR, "board"),
            new StartPage(Role.EXPERT, "schedule"),
            new StartPage(Role.STAFF, "experts"));

    private final transient CurrentUser currentUser;

    public StartView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(startPathFor(currentUser));
    }

    static String startPathFor(CurrentUser user) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        return START_PAGES.stream()
                .filter(page -> user.hasRole(page.role()))
                .map(StartPage::path)
                .filter(path -> routes.isPathAvailable(path))
                .findFirst()
                .orElse(HomeView.PATH);
    }

    record StartPage(Role role, String path) {}
}
