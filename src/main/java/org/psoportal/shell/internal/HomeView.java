package org.psoportal.shell.internal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.psoportal.security.CurrentUser;

/** A plain welcome page: where someone lands whose role has no start page of its own. */
@Route(HomeView.PATH)
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "home";

    public HomeView(CurrentUser currentUser) {
        addClassName("pso-view");
        String name = currentUser.find().map(u -> u.displayName()).orElse("");
        add(new H1(getTranslation("home.welcome", name)), new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
