package org.psoportal.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.booking.internal.WeekCalendar;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;
import org.psoportal.projects.ProjectService;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;

/** One expert's week: {@code experts/<id>?week=<any ISO date of the week>}. Clicking a free time books it. */
@Route("experts/:expertId(\\d+)")
@PermitAll
public class ExpertCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ExpertService experts;
    private final transient BookingService bookings;
    private final transient ProjectService projects;
    private final transient ZoneId zone;
    private final transient Clock clock;
    private ExpertCard expert;
    private LocalDate monday;
    /** The skill the directory was filtered by ({@code ?skill=}): the booking dialog preselects it. */
    private String skill;

    /** The widest window that shows the day list instead of the grid: the stylesheet's {@code max-width: 700px}. */
    static final int MAX_PHONE_WIDTH = 700;

    private transient WeekModel model;
    private Div weekScroll;
    private Div dayListPlace;
    /** The window is a phone's (true), wider (false) or not yet known (null). */
    private Boolean phone;

    private Registration resize;

    public ExpertCalendarView(
            ExpertService experts, BookingService bookings, ProjectService projects, ZoneId zone, Clock clock) {
        this.experts = experts;
        this.bookings = bookings;
        this.projects = projects;
        this.zone = zone;
        this.clock = clock;
        addClassName("pso-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The route admits any run of digits; one too long for a long is a page that does not exist (not an error).
        Long id = event.getRouteParameters()
                .get("expertId")
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        expert = experts.card(id).orElse(null);
        if (expert == null) {
            event.forwardTo("experts");
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        skill = query.getSingleParameter("skill").filter(s -> !s.isBlank()).orElse(null);
        LocalDate day = query.getSingleParameter("week")
                .map(w -> {
                    try {
                        return LocalDate.parse(w);
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                })
                .orElse(null);
        show(day == null ? LocalDate.now(clock.withZone(zone)) : day);
    }

    void show(LocalDate anyDay) {
        monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        removeAll();
        WeekCalendar week = bookings.week(expert.personId(), monday);
        model = new WeekModel(week, zone, clock.instant());
        // both places stay in the page (the stylesheet shows one by the window's width); only the one the window
        // needs is built: the grid and the day list each make a component per slot, building both doubled the week
        weekScroll = new Div();
        weekScroll.addClassName("pso-week-scroll");
        dayListPlace = new Div();
        add(header(), toolbar(), weekScroll, dayListPlace);
        if (phone == null) {
            phone = phoneWidthIfKnown();
        }
        build(Boolean.TRUE.equals(phone));
    }

    /** Builds the layout for this width into its place, once per week shown. */
    private void build(boolean phoneLayout) {
        if (phoneLayout && dayListPlace.getComponentCount() == 0) {
            dayListPlace.add(new DayList(model, expert.name(), this::openBooking, this::openDetails));
        } else if (!phoneLayout && weekScroll.getComponentCount() == 0) {
            weekScroll.add(new WeekGrid(model, expert.name(), this::openBooking, this::openDetails));
        }
    }

    /** One's own booking (or, for its expert, any), clicked in the week or the day list. */
    private void openDetails(CalendarBlock booking) {
        new BookingDetailsDialog(bookings, booking.id(), zone, () -> show(monday)).open();
    }

    /**
     * The window's width as the browser reported it (at start or when it changed): a phone's builds the day list,
     * a wider one the grid, each the first time it is needed. Unknown (0 or less) changes nothing.
     */
    void windowWidth(int width) {
        if (width > 0) {
            phone = width <= MAX_PHONE_WIDTH;
            if (model != null) {
                build(phone);
            }
        }
    }

    /** Phone or not when the browser has told its window size already, else null (then the grid is built first). */
    private static Boolean phoneWidthIfKnown() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getScreenWidth() == -1 || details.getWindowInnerWidth() <= 0) {
            return null;
        }
        return details.getWindowInnerWidth() <= MAX_PHONE_WIDTH;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> windowWidth(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(resized -> windowWidth(resized.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(detachEvent);
    }

    private HorizontalLayout header() {
        H1 name = new H1(expert.name());
        name.getStyle().set("margin", "0");
        Span headline = new Span(expert.headline());
        headline.addClassName("pso-expert-headline");
        HorizontalLayout header = new HorizontalLayout(name, headline);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (experts.canEdit(expert.personId())) {
            header.add(new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(
                            "expert-profile", QueryParameters.of("expert", String.valueOf(expert.personId()))))));
        }
        return header;
    }

    private HorizontalLayout toolbar() {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> go(monday.minusWeeks(1)));
        previous.setAriaLabel(getTranslation("calendar.previousWeek"));
        previous.setId("week-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> go(monday.plusWeeks(1)));
        next.setAriaLabel(getTranslation("calendar.nextWeek"));
        next.setId("week-next");
        Button today = new Button(getTranslation("calendar.today"), e -> go(LocalDate.now(clock.withZone(zone))));
        today.setId("week-today");
        Button nextFree = new Button(
                getTranslation("calendar.nextFree"), VaadinIcon.CALENDAR_CLOCK.create(), e -> jumpToNextFree());
        nextFree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nextFree.setId("next-free");
        Span label = new Span(getTranslation("calendar.week", TimeFormats.date(monday)));
        label.setId("week-label");
        HorizontalLayout bar = new HorizontalLayout(previous, today, next, label, nextFree);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void go(LocalDate day) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("week", day.toString());
        if (skill != null) {
            params.put("skill", skill);
        }
        getUI().ifPresent(ui -> ui.navigate("experts/" + expert.personId(), QueryParameters.simple(params)));
    }

    private void jumpToNextFree() {
        bookings.nextFreeSlot(expert.personId())
                .ifPresentOrElse(
                        start -> {
                            go(LocalDate.ofInstant(start, zone));
                            openBooking(start);
                        },
                        () -> Notifications.error(getTranslation("calendar.noFreeSlot")));
    }

    private void openBooking(Instant start) {
        new BookingDialog(
                        bookings,
                        expert,
                        experts.schedule(expert.personId()),
                        start,
                        projects.activeProjects(),
                        skill,
                        zone,
                        () -> show(monday))
                .open();
    }

    @Override
    public String getPageTitle() {
        return (expert == null ? "" : expert.name() + " · ") + getTranslation("app.name");
    }
}
