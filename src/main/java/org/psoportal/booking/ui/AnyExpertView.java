package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.booking.internal.AnyExpertService;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.ExpertOffer;
import org.psoportal.experts.ExpertService;
import org.psoportal.projects.ProjectService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;

/**
 * "Any expert with this skill": {@code experts/any-expert?skill=<skill>&length=<minutes>}. The earliest free times of
 * all experts with the skill, each with the expert offered (the least booked that week); Book opens the usual booking
 * dialog. When someone takes the time meanwhile, the view names the next free time and books it with what was
 * entered.
 */
@Route("experts/any-expert")
@PermitAll
@Menu(title = "nav.anyExpert", order = 20.5, icon = "vaadin:users")
public class AnyExpertView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> LENGTHS = List.of(30, 60, 90, 120);

    private final transient AnyExpertService anyExpert;
    private final transient BookingService bookings;
    private final transient ExpertService experts;
    private final transient ProjectService projects;
    private final transient ZoneId zone;
    private final ComboBox<String> skill = new ComboBox<>();
    private final Select<Integer> length = new Select<>();
    private final Div notice = new Div();
    private final Paragraph empty = new Paragraph();
    private final UnorderedList times = new UnorderedList();
    private transient List<ExpertOffer> offers = List.of();

    public AnyExpertView(
            AnyExpertService anyExpert,
            BookingService bookings,
            ExpertService experts,
            ProjectService projects,
            ZoneId zone) {
        this.anyExpert = anyExpert;
        this.bookings = bookings;
        this.experts = experts;
        this.projects = projects;
        this.zone = zone;
        addClassName("pso-view");
        skill.setLabel(getTranslation("anyExpert.skill"));
        skill.setItems(experts.allSkills());
        skill.setRequired(true);
        skill.setId("any-skill");
        length.setLabel(getTranslation("anyExpert.length"));
        length.setItems(LENGTHS);
        length.setItemLabelGenerator(m -> getTranslation("booking.minutes", m));
        length.setValue(60);
        length.setId("any-length");
        HorizontalLayout filters = new HorizontalLayout(skill, length);
        filters.getStyle().set("flex-wrap", "wrap");
        notice.setId("any-notice");
        // the "just taken" message and the next time are read out when they appear (WCAG 4.1.3)
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        empty.setId("any-empty");
        times.setId("any-times");
        times.getElement().setAttribute("aria-label", getTranslation("anyExpert.times"));
        times.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        skill.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateUrl();
            }
        });
        length.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateUrl();
            }
        });
        add(new H1(getTranslation("anyExpert.title")), new Paragraph(getTranslation("anyExpert.fair")), filters);
        add(notice, empty, times);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        skill.setValue(q.getSingleParameter("skill")
                .flatMap(asked -> skill.getListDataView()
                        .getItems()
                        .filter(s -> s.equalsIgnoreCase(asked))
                        .findFirst())
                .orElse(null));
        length.setValue(q.getSingleParameter("length")
                .filter(v -> v.matches("\\d{2,3}"))
                .map(Integer::valueOf)
                .filter(LENGTHS::contains)
                .orElse(60));
        notice.setVisible(false);
        refresh();
    }

    /** Skill and length live in the URL so the search can be linked and survives a reload. */
    private void updateUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "experts/any-expert?" + query()));
        notice.setVisible(false);
        refresh();
    }

    private String query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (skill.getValue() != null) {
            params.put("skill", skill.getValue());
        }
        params.put("length", String.valueOf(length.getValue()));
        return QueryParameters.simple(params).getQueryString();
    }

    private void refresh() {
        times.removeAll();
        offers = List.of();
        if (skill.getValue() == null) {
            empty.setText(getTranslation("anyExpert.choose"));
        } else {
            try {
                offers = anyExpert.earliestTimes(skill.getValue(), length.getValue());
                empty.setText(offers.isEmpty() ? getTranslation("anyExpert.none") : "");
            } catch (UserMessageException e) {
                empty.setText(Notifications.text(e));
            }
        }
        empty.setVisible(!empty.getText().isEmpty());
        offers.forEach(o -> times.add(item(o)));
    }

    private ListItem item(ExpertOffer o) {
        Span when = new Span(TimeFormats.range(o.start(), o.end(), zone));
        when.getStyle().set("font-weight", "600");
        Span who = new Span(o.expertName());
        Button book = new Button(getTranslation("anyExpert.book"), e -> openBooking(o, null));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        // a list of "Book" buttons must say which time each one books (WCAG 2.4.4)
        book.setAriaLabel(
                getTranslation("anyExpert.book.named", TimeFormats.dateTime(o.start(), zone), o.expertName()));
        book.addClassName("any-book");
        HorizontalLayout row = new HorizontalLayout(when, who, book);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("flex-wrap", "wrap").set("row-gap", "0");
        ListItem item = new ListItem(row);
        item.addClassName("any-offer");
        item.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return item;
    }

    private void openBooking(ExpertOffer o, BookingDialog.Draft draft) {
        var card = experts.card(o.expertId()).orElse(null);
        if (card == null) {
            refresh();
            return;
        }
        BookingDialog dialog = new BookingDialog(
                        bookings,
                        card,
                        experts.schedule(o.expertId()),
                        o.start(),
                        projects.activeProjects(),
                        skill.getValue(),
                        zone,
                        () -> {
                            notice.setVisible(false);
                            refresh();
                        })
                .withLength(length.getValue())
                .onTaken(entered -> offerNext(o, entered));
        if (draft != null) {
            dialog.prefill(draft);
        }
        dialog.open();
    }

    /** The time was taken meanwhile: name it, find the next free time again and offer it with what was entered. */
    private void offerNext(ExpertOffer taken, BookingDialog.Draft entered) {
        refresh();
        notice.removeAll();
        Paragraph text = new Paragraph(
                getTranslation("anyExpert.taken", TimeFormats.dateTime(taken.start(), zone), taken.expertName()));
        text.setId("any-taken");
        notice.add(text);
        if (!offers.isEmpty()) {
            ExpertOffer next = offers.getFirst();
            text.add(" "
                    + getTranslation("anyExpert.next", TimeFormats.dateTime(next.start(), zone), next.expertName()));
            Button bookNext = new Button(getTranslation("anyExpert.bookNext"), e -> openBooking(next, entered));
            bookNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bookNext.setId("any-book-next");
            notice.add(bookNext);
        }
        notice.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anyExpert.title") + " · " + getTranslation("app.name");
    }
}
