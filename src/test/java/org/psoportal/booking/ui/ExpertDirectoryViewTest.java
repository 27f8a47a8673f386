package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class ExpertDirectoryViewTest extends BrowserlessViewTest {

    private List<Div> cards() {
        return find(Div.class).withClassName("pso-expert-card").all();
    }

    @Test
    void listsTheExpertsWithSkillsAndNextFreeSlot() {
        navigate(ExpertDirectoryView.class);
        assertThat(cards()).hasSizeGreaterThanOrEqualTo(7);
        Div erik = cards().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Erik Engel"))
                .findFirst()
                .orElseThrow();
        String text = erik.getElement().getTextRecursively();
        assertThat(text).contains("CRM tool expert", "Salesforce");
        assertThat(text).containsAnyOf("Next free:", "No free slot");
    }

    @Test
    void searchesByNameAndFiltersBySkill() {
        navigate(ExpertDirectoryView.class);
        test(find(TextField.class).id("expert-search")).setValue("engel");
        assertThat(cards())
                .singleElement()
                .satisfies(c -> assertThat(c.getElement().getTextRecursively()).contains("Erik Engel"));

        test(find(TextField.class).id("expert-search")).setValue("");
        @SuppressWarnings("unchecked")
        ComboBox<String> skill = find(ComboBox.class).id("expert-skill");
        skill.setValue("Figma");
        assertThat(cards())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(c -> assertThat(c.getElement().getTextRecursively()).contains("Figma"));
    }

    @Test
    void skillInTheUrlFilters() {
        UI.getCurrent().navigate("experts", QueryParameters.of("skill", "SAP"));
        assertThat(cards())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getElement().getTextRecursively()).contains("SAP"));
    }

    @Test
    void aCardFoundBySkillPassesTheSkillOnToTheCalendar() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("experts", com.vaadin.flow.router.QueryParameters.of("skill", "SAP"));
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .withClassName("pso-expert-open")
                        .all())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).contains("skill=SAP"));
    }
}
