package org.psoportal.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoportal.booking.NextSessions;
import org.psoportal.experts.ExpertCard;
import org.psoportal.shared.ui.Markup;
import org.psoportal.shared.ui.Markup.Node;
import org.psoportal.shared.ui.TimeFormats;
import tools.jackson.databind.JsonNode;

/**
 * The expert directory's cards: name, headline, skill tags (a click filters by the skill), next free slot, the next
 * training session and a link to the calendar.
 *
 * <p>The cards are only drawn, never edited, so they are escaped markup in one element ({@link Markup}) rather than
 * a component tree: about 20 server-side nodes per expert made the directory of the large organisation's 100
 * experts the heaviest page in memory (1.9 MB a session) and a visible share of the CPU under load
 * (docs/performance.md, issue 17). Skill tags are native buttons (Tab, Enter and Space work as for any button);
 * their clicks are heard once, on the container, and the browser names the skill, which must be one shown.
 */
class ExpertCards extends Div {

    /** The event data naming the skill whose tag was clicked. */
    static final String SKILL = "event.target.getAttribute('data-skill')";

    /** Only clicks on a skill tag make a round trip. */
    static final String ON_SKILL_TAG = "event.target.hasAttribute('data-skill')";

    /** What a card shows besides the expert's own profile. */
    record Shown(ExpertCard card, Instant nextFree, NextSessions.Upcoming nextSession) {}

    private final ZoneId zone;
    private final SerializableConsumer<String> onSkill;
    private final Set<String> skillsShown = new HashSet<>();

    ExpertCards(ZoneId zone, SerializableConsumer<String> onSkill) {
        this.zone = zone;
        this.onSkill = onSkill;
        addClassName("pso-expert-cards");
        getElement()
                .addEventListener("click", this::skillClicked)
                .addEventData(SKILL)
                .setFilter(ON_SKILL_TAG);
    }

    /** Shows these cards (or the "no experts" text); {@code filteredSkill} is passed on to the calendar links. */
    void show(List<Shown> shown, String filteredSkill) {
        skillsShown.clear();
        List<Node> nodes = new ArrayList<>();
        if (shown.isEmpty()) {
            nodes.add(Markup.el("p", "class", "pso-expert-none").text(getTranslation("experts.none")));
        }
        for (Shown s : shown) {
            skillsShown.addAll(s.card().skills());
            nodes.add(card(s, filteredSkill));
        }
        Markup.render(getElement(), nodes);
    }

    /** The cards as the browser gets them. */
    String markup() {
        return Markup.rendered(getElement());
    }

    private void skillClicked(DomEvent event) {
        JsonNode skill = event.getEventData().get(SKILL);
        // what the browser sends is not trusted: it must be a skill on a card shown
        if (skill != null && skill.isString() && skillsShown.contains(skill.asString())) {
            onSkill.accept(skill.asString());
        }
    }

    private Node card(Shown s, String filteredSkill) {
        ExpertCard card = s.card();
        Node div = Markup.el("div", "class", "pso-expert-card", "data-expert", String.valueOf(card.personId()));
        div.append(Markup.el("h3").text(card.name()));
        div.append(Markup.el("span", "class", "pso-expert-headline").text(card.headline()));
        Node skills = Markup.el("div", "class", "pso-skills");
        for (String skill : card.skills()) {
            skills.append(Markup.el("button", "type", "button", "class", "pso-skill", "data-skill", skill)
                    .text(skill));
        }
        div.append(skills);
        div.append(Markup.el("span", "class", s.nextFree() == null ? "pso-next-free none" : "pso-next-free")
                .text(nextFreeText(card, s.nextFree())));
        if (card.requiresApproval()) {
            div.append(
                    Markup.el("span", "theme", "badge contrast small").text(getTranslation("experts.needsApproval")));
        }
        if (s.nextSession() != null) {
            NextSessions.Upcoming next = s.nextSession();
            div.append(Markup.el("a", "class", "pso-next-session", "href", "sessions?session=" + next.sessionId())
                    .text(getTranslation(
                            "experts.nextSession", next.title(), TimeFormats.dateTime(next.start(), zone))));
        }
        div.append(Markup.el("a", "class", "pso-expert-open", "href", calendarLink(card, s.nextFree(), filteredSkill))
                .text(getTranslation("experts.open")));
        return div;
    }

    private String nextFreeText(ExpertCard card, Instant nextFree) {
        if (!card.bookable()) {
            return getTranslation("experts.notBookable");
        }
        return nextFree == null
                ? getTranslation("experts.noFreeSlot")
                : getTranslation("experts.nextFree", TimeFormats.dateTime(nextFree, zone));
    }

    /** The expert's calendar at the week of the next free slot; its booking dialog preselects the filtered skill. */
    private String calendarLink(ExpertCard card, Instant nextFree, String filteredSkill) {
        Map<String, String> params = new LinkedHashMap<>();
        if (nextFree != null) {
            params.put("week", LocalDate.ofInstant(nextFree, zone).toString());
        }
        if (filteredSkill != null) {
            params.put("skill", filteredSkill);
        }
        return "experts/" + card.personId()
                + (params.isEmpty() ? "" : "?" + QueryParameters.simple(params).getQueryString());
    }
}
