package org.psoportal.shell.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.psoportal.notifications.NotificationService;
import org.psoportal.notifications.UnreadCountListeners;
import org.psoportal.security.PortalUser;

/**
 * The frame around every view: header with the portal's name, the signed-in person, the light/dark switch and
 * sign-out; a side navigation listing only the views this person may open (the menu entries are filtered by
 * Vaadin's access control). On a phone the navigation sits in a drawer.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String CONTENT_ID = "pso-main";

    private final transient AuthenticationContext authentication;
    private final Button themeToggle = new Button();
    private final Anchor skip = skipLink();

    private final NotificationBell bell;

    public MainLayout(
            AuthenticationContext authentication,
            NotificationService notifications,
            UnreadCountListeners unreadCounts) {
        this.authentication = authentication;
        this.bell = new NotificationBell(notifications, unreadCounts);
        setPrimarySection(Section.DRAWER);
        addToNavbar(skip);
        addToDrawer(brand(), new Scroller(sideNav()));
        addToNavbar(true, new DrawerToggle(), header());
    }

    /**
     * The first thing a keyboard user reaches: jumps past the header and the navigation to the view (WCAG 2.4.1).
     * Hidden until it has the focus. It moves the focus to the view's h1, so the next Tab reaches the view's first
     * control. Not to the view itself: a view is a shadow host, and a shadow host with tabindex -1 takes everything
     * slotted into it out of the Tab order (KeyboardBookingIT found that).
     */
    private Anchor skipLink() {
        Anchor link = new Anchor("#" + CONTENT_ID, getTranslation("skip.toContent"));
        link.addClassName("pso-skip-link");
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const main = document.querySelector('[role="main"]');
                  const target = main && (main.querySelector('h1') || main);
                  if (!target) { return; }
                  e.preventDefault();
                  if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
                  target.focus();
                });
                """);
        return link;
    }

    /** Every view is the page's main landmark and the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            var view = content.getElement();
            view.setAttribute("role", "main");
            if (!view.hasAttribute("id")) {
                view.setAttribute("id", CONTENT_ID);
            }
            skip.setHref("#" + view.getAttribute("id"));
        }
    }

    private Div brand() {
        Image logo = new Image("icons/logo.svg", "");
        logo.addClassName("pso-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("pso-brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("pso-brand");
        return brand;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("pso-nav");
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout header() {
        Span user = new Span();
        user.addClassName("pso-user");
        authentication
                .getAuthenticatedUser(Object.class)
                .flatMap(PortalUser::of)
                .ifPresent(u -> user.setText(u.displayName()));

        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.setIcon(VaadinIcon.ADJUST.create());
        themeToggle.setAriaLabel(getTranslation("theme.toggle"));
        themeToggle.setTooltipText(getTranslation("theme.toggle"));
        themeToggle.addClickListener(e -> toggleTheme());

        Button signOut =
                new Button(getTranslation("auth.signOut"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        Span title = new Span(getTranslation("app.name"));
        title.addClassName("pso-navbar-title");
        HorizontalLayout header = new HorizontalLayout(title, user, bell, themeToggle, signOut);
        header.addClassName("pso-header");
        header.getElement().setAttribute("role", "banner");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        return header;
    }

    /** The choice is kept in the browser (localStorage) and applied before the first paint by the app shell. */
    private void toggleTheme() {
        getElement().executeJs("""
                const dark = document.documentElement.getAttribute('theme') !== 'dark';
                if (dark) { document.documentElement.setAttribute('theme', 'dark'); }
                else { document.documentElement.removeAttribute('theme'); }
                try { localStorage.setItem('pso-theme', dark ? 'dark' : 'light'); } catch (e) {}
                """);
    }

    /**
     * The unread count is re-read on every navigation (cheap: one COUNT on an indexed column), but not on the error
     * page: when that page says the database is down, asking it again would only make the user wait longer.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean errorPage =
                !event.getActiveChain().isEmpty() && event.getActiveChain().get(0) instanceof NavigationErrorView;
        if (authentication.isAuthenticated() && !errorPage) {
            bell.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setDrawerOpened(!isOverlay());
    }
}
