package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.AnyExpertService;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.ExpertOffer;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class AnyExpertViewTest extends BrowserlessViewTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    AnyExpertService anyExpert;

    @Autowired
    BookingService bookings;

    @Autowired
    JdbcTemplate jdbc;

    private String skill;

    private long expert(String name) {
        long id = fixture.newExpert(0);
        jdbc.update("UPDATE person SET full_name = ? WHERE id = ?", name, id);
        fixture.addSkill(id, skill);
        fixture.timeOff(id, 0, 13);
        return id;
    }

    private void open(String skillParam, String length) {
        UI.getCurrent()
                .navigate("experts/any-expert", QueryParameters.simple(Map.of("skill", skillParam, "length", length)));
        assertThat(getCurrentView()).isInstanceOf(AnyExpertView.class);
    }

    private List<ListItem> offers() {
        return find(ListItem.class).withClassName("any-offer").all();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheEarliestTimesWithTheExpertAndBooksThroughTheDialogWithTheSkillPreselected() {
        skill = "Skill " + UUID.randomUUID();
        expert("Anyexpert Alpha");
        expert("Anyexpert Beta");
        open(skill.toLowerCase(), "90");
        assertThat(((ComboBox<String>) find(ComboBox.class).id("any-skill")).getValue())
                .isEqualTo(skill);
        assertThat(offers()).hasSize(AnyExpertService.OFFERS);
        ExpertOffer first = anyExpert.earliestTimes(skill, 90).getFirst();
        assertThat(offers().getFirst().getElement().getTextRecursively()).contains("Anyexpert Alpha");

        test(find(Button.class).withClassName("any-book").all().getFirst()).click();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Book Anyexpert Alpha");
        assertThat(((ComboBox<String>) find(ComboBox.class).id("booking-skill")).getValue())
                .isEqualTo(skill);
        assertThat(((Select<Integer>) find(Select.class).id("booking-length")).getValue())
                .isEqualTo(90);
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("booking-topic")).setValue("Any expert booking");
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM booking WHERE expert_id = ? AND start_at = ? AND topic = ?",
                        Long.class,
                        first.expertId(),
                        java.sql.Timestamp.from(first.start()),
                        "Any expert booking"))
                .isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTimeTakenMeanwhileIsNamedAndTheNextFreeTimeIsOfferedWithWhatWasEntered() {
        skill = "Skill " + UUID.randomUUID();
        long solo = expert("Anyexpert Solo");
        open(skill, "60");
        ExpertOffer first = anyExpert.earliestTimes(skill, 60).getFirst();
        test(find(Button.class).withClassName("any-book").all().getFirst()).click();
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("booking-topic")).setValue("Second try");

        fixture.runAs(
                fixture.newStaff(),
                () -> bookings.book(new BookingRequest(
                        solo, fixture.activeProjectId(), first.start(), first.end(), "Faster", null)));
        ExpertOffer next = anyExpert.earliestTimes(skill, 60).getFirst();
        assertThat(next.start()).isAfterOrEqualTo(first.end());
        test(find(Button.class).id("booking-submit")).click();

        assertThat(find(Dialog.class).exists())
                .as("no error only: the dialog gives way to the next time")
                .isFalse();
        assertThat(find(Paragraph.class).id("any-taken").getText())
                .contains("was just taken")
                .contains("The next free time is")
                .contains(org.psoportal.shared.ui.TimeFormats.dateTime(next.start(), fixture.zone()));
        test(find(Button.class).id("any-book-next")).click();
        assertThat(((TextField) find(TextField.class).id("booking-topic")).getValue())
                .isEqualTo("Second try");
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM booking WHERE expert_id = ? AND topic = 'Second try' AND start_at = ?",
                        Long.class,
                        solo,
                        java.sql.Timestamp.from(next.start())))
                .isOne();
    }

    @Test
    void theDirectoryLinksToItWithItsSkill() {
        UI.getCurrent().navigate("experts", QueryParameters.of("skill", "SAP"));
        assertThat(find(Anchor.class).id("any-expert-link").getHref()).isEqualTo("experts/any-expert?skill=SAP");
        UI.getCurrent().navigate("experts/any-expert");
        assertThat(find(Paragraph.class).id("any-empty").getText())
                .isEqualTo("Choose a skill to see the earliest free times of all experts who have it.");
    }
}
