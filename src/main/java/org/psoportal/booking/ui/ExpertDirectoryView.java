package org.psoportal.booking.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.booking.NextSessions;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;

/** The expert directory: {@code experts?skill=<skill>&q=<text>}; each card shows skills and the next free slot. */
@Route("experts")
@PermitAll
@Menu(title = "nav.experts", order = 20, icon = "vaadin:academy-cap")
public class ExpertDirectoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient List<NextSessions> nextSessions;

    private final transient ExpertService experts;
    private final transient BookingService bookings;
    private final TextField search = new TextField();
    private final ComboBox<String> skill = new ComboBox<>();
    private final ExpertCards cards;
    private final Anchor anyExpert = new Anchor();

    public ExpertDirectoryView(
            ExpertService experts, BookingService bookings, ZoneId zone, List<NextSessions> nextSessions) {
        this.nextSessions = nextSessions;
        this.experts = experts;
        this.bookings = bookings;
        this.cards = new ExpertCards(zone, this::filterBySkill);
        addClassName("pso-view");
        search.setPlaceholder(getTranslation("experts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("expert-search");
        skill.setPlaceholder(getTranslation("experts.anySkill"));
        skill.setItems(experts.allSkills());
        skill.setClearButtonVisible(true);
        skill.setId("expert-skill");
        search.addValueChangeListener(e -> updateUrl());
        skill.addValueChangeListener(e -> updateUrl());
        anyExpert.setText(getTranslation("experts.anyExpert"));
        anyExpert.setId("any-expert-link");
        anyExpertHref();
        HorizontalLayout filters = new HorizontalLayout(search, skill, anyExpert);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H1(getTranslation("experts.title")), filters, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        search.setValue(q.getSingleParameter("q").orElse(""));
        skill.setValue(q.getSingleParameter("skill").orElse(null));
        refresh();
    }

    /** Filters live in the URL so a filtered directory can be linked and survives reload. */
    private void updateUrl() {
        Map<String, String> params = new HashMap<>();
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue().trim());
        }
        if (skill.getValue() != null) {
            params.put("skill", skill.getValue());
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "experts"
                                + (params.isEmpty()
                                        ? ""
                                        : "?" + QueryParameters.simple(params).getQueryString())));
        refresh();
    }

    /** "Any expert with a skill", with the skill the directory is filtered by. */
    private void anyExpertHref() {
        anyExpert.setHref(
                skill.getValue() == null
                        ? "experts/any-expert"
                        : "experts/any-expert?"
                                + QueryParameters.of("skill", skill.getValue()).getQueryString());
    }

    /** A skill tag clicked on a card: the same as choosing the skill in the filter. */
    private void filterBySkill(String clicked) {
        skill.setValue(clicked);
    }

    private void refresh() {
        anyExpertHref();
        List<ExpertCard> found = experts.search(search.getValue(), skill.getValue());
        Map<Long, NextSessions.Upcoming> sessions = new HashMap<>();
        List<Long> ids = found.stream().map(ExpertCard::personId).toList();
        nextSessions.forEach(n -> sessions.putAll(n.nextOf(ids)));
        // one read-only transaction for every card's next free slot, not one per card
        Map<Long, Instant> nextFree = bookings.nextFreeSlots(found.stream()
                .filter(ExpertCard::bookable)
                .map(ExpertCard::personId)
                .toList());
        cards.show(
                found.stream()
                        .map(card -> new ExpertCards.Shown(
                                card, nextFree.get(card.personId()), sessions.get(card.personId())))
                        .toList(),
                skill.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("experts.title") + " · " + getTranslation("app.name");
    }
}
