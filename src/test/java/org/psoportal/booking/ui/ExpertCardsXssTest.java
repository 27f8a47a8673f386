package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.psoportal.booking.NextSessions;
import org.psoportal.experts.ExpertCard;
import org.psoportal.security.XssPayloads;

/**
 * The directory's cards are set as their container's {@code innerHTML} (ExpertCards, Markup), and every text on
 * them is user data: the expert's name, headline and skills, a training session's title, the skill filtered by.
 * With a payload in each, the cards parsed as the browser parses them hold only the elements and attributes the
 * cards draw, and the payload comes back as written.
 */
class ExpertCardsXssTest {

    static final List<String> PAYLOADS = XssPayloads.ALL;

    private static final Set<String> DRAWN = Set.of("body", "div", "h3", "span", "button", "a", "p");
    private static final Set<String> DRAWN_ATTRIBUTES =
            Set.of("class", "data-expert", "type", "data-skill", "theme", "href");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void aPayloadInANameHeadlineSkillOrSessionTitleStaysText(String payload) {
        ExpertCards cards = new ExpertCards(ZoneId.of("Europe/Berlin"), skill -> {});
        ExpertCard card = new ExpertCard(7, payload, payload, List.of(payload, "SAP"), true, true);
        NextSessions.Upcoming session = new NextSessions.Upcoming(3, payload, Instant.parse("2026-12-07T09:00:00Z"));
        cards.show(List.of(new ExpertCards.Shown(card, Instant.parse("2026-12-08T10:00:00Z"), session)), payload);

        Element body = XssPayloads.parsedWithOnly(cards.markup(), DRAWN, DRAWN_ATTRIBUTES);
        assertThat(body.select("a").eachAttr("href"))
                .as("links stay inside the portal, the skill only as an encoded parameter")
                .allMatch(href -> href.startsWith("experts/7?") || href.equals("sessions?session=3"));

        assertThat(body.selectFirst("h3").wholeText()).isEqualTo(payload);
        assertThat(body.selectFirst(".pso-expert-headline").wholeText()).isEqualTo(payload);
        assertThat(body.select("button.pso-skill").eachAttr("data-skill")).containsExactly(payload, "SAP");
        // the session link's text is a translation with the title in it (no translations outside a portal here)
        assertThat(body.select(".pso-next-session")).hasSize(1);
    }
}
