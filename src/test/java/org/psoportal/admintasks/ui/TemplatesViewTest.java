package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.ScheduleKind;
import org.psoportal.admintasks.internal.TemplateRow;
import org.psoportal.admintasks.internal.TemplateService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class TemplatesViewTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TemplateService templates;

    @Test
    void createARecurringTask() {
        long project = fixture.newProject();
        navigate(TemplatesView.class);
        test(find(Button.class).withId("new-template").single()).click();
        test(find(TextField.class).withId("template-title").single()).setValue("Monthly mileage claims " + project);
        @SuppressWarnings("unchecked")
        ComboBox<ProjectSummary> box = find(ComboBox.class)
                .withCondition(c -> "Project".equals(c.getLabel()))
                .single();
        test(box)
                .selectItem(box.getListDataView()
                        .getItems()
                        .filter(p -> p.id() == project)
                        .findFirst()
                        .orElseThrow()
                        .label());
        test(find(Button.class).withId("template-save").single()).click();

        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("Recurring task saved.");
        TemplateRow row = templates.list().stream()
                .filter(r -> r.title().endsWith(" " + project))
                .findFirst()
                .orElseThrow();
        assertThat(row.recurrence().kind()).isEqualTo(ScheduleKind.MONTHLY);
        assertThat(row.active()).isTrue();

        @SuppressWarnings("unchecked")
        Grid<TemplateRow> grid = find(Grid.class).single();
        assertThat(grid.getListDataView().getItems().map(TemplateRow::id)).contains(row.id());
    }
}
