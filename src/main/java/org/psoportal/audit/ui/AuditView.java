package org.psoportal.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psoportal.audit.internal.AuditEntry;
import org.psoportal.audit.internal.AuditFilter;
import org.psoportal.audit.internal.AuditTrailService;
import org.psoportal.security.Role;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;

/**
 * The audit trail for the head of the PSO: who signed in (or failed to), who was refused what, and every change to
 * tasks, bookings, people and projects, newest first. Times are shown in the portal's zone (stored in UTC). The
 * grid loads page by page as it scrolls and never counts the whole table. Filters live in the URL, so a narrowed
 * trail can be bookmarked or sent on.
 */
@Route("audit")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.audit", order = 82, icon = "vaadin:file-text-o")
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Actions the view has a label for; anything else (a future action) is shown by its stored name. */
    private static final Set<String> KNOWN_ACTIONS = Stream.of(
                    "SIGNED_IN",
                    "BAD_CREDENTIALS",
                    "LOCKED",
                    "DISABLED",
                    "FAILED",
                    "REFUSED",
                    "CREATED",
                    "UPDATED",
                    "DELETED",
                    "COMMENT_ADDED",
                    "COMMENT_CHANGED",
                    "COMMENT_REMOVED",
                    "CHECKLIST_ADDED",
                    "CHECKLIST_CHANGED",
                    "CHECKLIST_REMOVED",
                    "ATTACHMENT_ADDED",
                    "ATTACHMENT_CHANGED",
                    "ATTACHMENT_REMOVED")
            .collect(Collectors.toUnmodifiableSet());

    private final transient AuditTrailService trail;
    private final ZoneId zone;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final AuditTexts texts = new AuditTexts(this);
    private final AuditFilterBar filterBar;
    private AuditFilter filter = AuditFilter.NONE;

    public AuditView(AuditTrailService trail, ZoneId zone) {
        this.trail = trail;
        this.zone = zone;
        addClassName("pso-view");
        addClassName("pso-audit");
        setSizeFull();
        filterBar = new AuditFilterBar(this::applyFilter);
        Paragraph intro = new Paragraph(getTranslation("audit.intro", zone.getId()));
        intro.addClassName("pso-audit-intro");
        configureGrid();
        add(new H1(getTranslation("audit.title")), intro, filterBar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        grid.setId("audit-grid");
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Every column has a width of its own and wraps (a long action, an IPv6 address, a named object such as
        // "Task 'Send March invoices' (#5)"): auto widths follow the page's longest value, and together they ran past
        // the grid at 1400 px on a busy trail (WholeTextInListsIT). The widths (rem: header and body cells
        // differ in font size, so em would misalign them) add up to 67rem, under the grid's 1,095 px.
        grid.addColumn(e -> when.format(e.occurredAt()))
                .setKey("when")
                .setHeader(getTranslation("audit.col.when"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setKey("who")
                .setHeader(getTranslation("audit.col.who"))
                .setWidth("11rem")
                .setFlexGrow(2)
                .setTooltipGenerator(AuditEntry::actor);
        grid.addComponentColumn(this::categoryBadge)
                .setKey("category")
                .setHeader(getTranslation("audit.col.category"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(e -> action(e.action()))
                .setKey("action")
                .setHeader(getTranslation("audit.col.action"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(texts::object)
                .setKey("object")
                .setHeader(getTranslation("audit.col.object"))
                .setWidth("10rem")
                .setFlexGrow(2)
                .setTooltipGenerator(texts::object);
        grid.addColumn(e -> texts.detail(e))
                .setKey("detail")
                .setHeader(getTranslation("audit.col.detail"))
                .setWidth("11rem")
                .setFlexGrow(4)
                .setTooltipGenerator(e -> texts.detail(e));
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress())
                .setKey("address")
                .setHeader(getTranslation("audit.col.address"))
                .setWidth("8rem")
                .setFlexGrow(0);
        PhoneCards.add(
                grid,
                getTranslation("audit.title"),
                e -> RowCard.of(
                        when.format(e.occurredAt()),
                        List.of(
                                e.actor() + " · " + action(e.action()),
                                texts.object(e),
                                texts.detail(e),
                                e.remoteAddress() == null ? "" : e.remoteAddress()),
                        categoryBadge(e)));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
    }

    private Span categoryBadge(AuditEntry e) {
        Span badge = new Span(getTranslation("audit.category." + e.category().name()));
        String theme = switch (e.category()) {
            case SIGN_IN -> "badge success";
            case SIGN_IN_FAILED, ACCESS_REFUSED -> "badge error";
            default -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private String action(String action) {
        return KNOWN_ACTIONS.contains(action) ? getTranslation("audit.action." + action) : action;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = AuditFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        filterBar.show(filter);
        load();
    }

    private void applyFilter(AuditFilter f) {
        filter = f;
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("audit", QueryParameters.simple(f.toQuery()))));
        load();
    }

    /** Lazy and without a count: pages of the filter are fetched as the grid scrolls. */
    private void load() {
        AuditFilter current = filter;
        grid.setItems(query -> trail.search(current, toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
