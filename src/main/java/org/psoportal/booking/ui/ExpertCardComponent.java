package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.psoportal.experts.ExpertCard;
import org.psoportal.shared.ui.TimeFormats;

/** One expert in the directory: name, headline, skill tags (click filters), next free slot, link to the calendar. */
class ExpertCardComponent extends Div {

    ExpertCardComponent(
            ExpertCard card, Optional<Instant> nextFree, ZoneId zone, String filteredSkill, Consumer<String> onSkill) {
        addClassName("pso-expert-card");
        getElement().setAttribute("data-expert", String.valueOf(card.personId()));
        Span headline = new Span(card.headline());
        headline.addClassName("pso-expert-headline");
        Div skills = new Div();
        skills.addClassName("pso-skills");
        for (String s : card.skills()) {
            Button tag = new Button(s, e -> onSkill.accept(s));
            tag.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            skills.add(tag);
        }
        Span next = new Span(
                !card.bookable()
                        ? getTranslation("experts.notBookable")
                        : nextFree.map(t -> getTranslation("experts.nextFree", TimeFormats.dateTime(t, zone)))
                                .orElse(getTranslation("experts.noFreeSlot")));
        next.addClassName("pso-next-free");
        if (nextFree.isEmpty()) {
            next.addClassName("none");
        }
        // the calendar's booking dialog preselects the skill the directory was filtered by
        Map<String, String> params = new LinkedHashMap<>();
        nextFree.ifPresent(t -> params.put("week", LocalDate.ofInstant(t, zone).toString()));
        if (filteredSkill != null) {
            params.put("skill", filteredSkill);
        }
        String query =
                params.isEmpty() ? "" : "?" + QueryParameters.simple(params).getQueryString();
        com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(
                "experts/" + card.personId() + query, getTranslation("experts.open"));
        open.addClassName("pso-expert-open");
        add(new H3(card.name()), headline, skills, next);
        if (card.requiresApproval()) {
            Span approval = new Span(getTranslation("experts.needsApproval"));
            approval.getElement().getThemeList().add("badge contrast small");
            add(approval);
        }
        add(open);
    }

    /** "Next session: CRM basics, Mon 7 Dec 2026, 09:00", a link to it on the Sessions page. */
    void showNextSession(org.psoportal.booking.NextSessions.Upcoming next, ZoneId zone) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                "sessions?session=" + next.sessionId(),
                getTranslation("experts.nextSession", next.title(), TimeFormats.dateTime(next.start(), zone)));
        link.addClassName("pso-next-session");
        addComponentAtIndex(Math.max(0, getComponentCount() - 1), link);
    }
}
