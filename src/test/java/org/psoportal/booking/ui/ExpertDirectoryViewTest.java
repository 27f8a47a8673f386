package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.ObjectNode;

/** The expert directory: its cards as the browser gets them (escaped markup, see ExpertCards), search and filters. */
@WithUserDetails(DemoAccounts.STAFF)
class ExpertDirectoryViewTest extends BrowserlessViewTest {

    private ExpertCards cardList() {
        return $(ExpertCards.class).single();
    }

    private List<Element> cards() {
        return Jsoup.parseBodyFragment(cardList().markup()).select(".pso-expert-card");
    }

    private Element card(String name) {
        return cards().stream()
                .filter(c -> c.selectFirst("h3").text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card of " + name));
    }

    @Test
    void listsTheExpertsWithSkillsAndNextFreeSlot() {
        navigate(ExpertDirectoryView.class);
        assertThat(cards()).hasSizeGreaterThanOrEqualTo(7);
        Element erik = card("Erik Engel");
        assertThat(erik.selectFirst(".pso-expert-headline").text()).isEqualTo("CRM tool expert");
        assertThat(erik.select("button.pso-skill").eachText()).contains("Salesforce");
        assertThat(erik.select("button.pso-skill").eachAttr("type")).containsOnly("button");
        assertThat(erik.selectFirst(".pso-next-free").text()).containsAnyOf("Next free:", "No free slot");
        assertThat(erik.selectFirst("a.pso-expert-open").attr("href"))
                .startsWith("experts/" + erik.attr("data-expert"));
    }

    @Test
    void searchesByNameAndFiltersBySkill() {
        navigate(ExpertDirectoryView.class);
        test(find(TextField.class).id("expert-search")).setValue("engel");
        assertThat(cards()).singleElement().satisfies(c -> assertThat(c.text()).contains("Erik Engel"));

        test(find(TextField.class).id("expert-search")).setValue("");
        @SuppressWarnings("unchecked")
        ComboBox<String> skill = find(ComboBox.class).id("expert-skill");
        skill.setValue("Figma");
        assertThat(cards())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(
                        c -> assertThat(c.select("button.pso-skill").eachText()).contains("Figma"));
    }

    @Test
    void clickingASkillTagFiltersByItAndAnUnknownSkillFromTheBrowserIsIgnored() {
        navigate(ExpertDirectoryView.class);
        int all = cards().size();
        @SuppressWarnings("unchecked")
        ComboBox<String> skill = find(ComboBox.class).id("expert-skill");

        clickSkill("No such skill");
        assertThat(skill.getValue()).isNull();
        assertThat(cards()).hasSize(all);

        clickSkill("Figma");
        assertThat(skill.getValue()).isEqualTo("Figma");
        assertThat(cards())
                .hasSizeLessThan(all)
                .allSatisfy(
                        c -> assertThat(c.select("button.pso-skill").eachText()).contains("Figma"));
    }

    @Test
    void skillInTheUrlFilters() {
        UI.getCurrent().navigate("experts", QueryParameters.of("skill", "SAP"));
        assertThat(cards())
                .isNotEmpty()
                .allSatisfy(
                        c -> assertThat(c.select("button.pso-skill").eachText()).contains("SAP"));
    }

    @Test
    void aCardFoundBySkillPassesTheSkillOnToTheCalendar() {
        UI.getCurrent().navigate("experts", QueryParameters.of("skill", "SAP"));
        assertThat(cards())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.selectFirst("a.pso-expert-open").attr("href"))
                        .contains("skill=SAP"));
    }

    @Test
    void aSearchWithoutMatchesSaysSo() {
        navigate(ExpertDirectoryView.class);
        test(find(TextField.class).id("expert-search")).setValue("zzz-nobody-zzz");
        assertThat(cards()).isEmpty();
        assertThat(Jsoup.parseBodyFragment(cardList().markup()).text()).isNotBlank();
    }

    /** What the browser sends when a skill tag is clicked (or Enter or Space pressed on it). */
    private void clickSkill(String skill) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ExpertCards.ON_SKILL_TAG, true);
        data.put(ExpertCards.SKILL, skill);
        cardList()
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(cardList().getElement(), "click", data));
        roundTrip();
    }
}
