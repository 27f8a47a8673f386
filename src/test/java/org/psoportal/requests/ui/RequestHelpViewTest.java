package org.psoportal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.ui.BoardView;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.requests.TargetUnit;
import org.psoportal.requests.internal.AssigneeRule;
import org.psoportal.requests.internal.FieldKind;
import org.psoportal.requests.internal.FormDefinition;
import org.psoportal.requests.internal.FormField;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestTypeDraft;
import org.psoportal.requests.internal.RequestView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class RequestHelpViewTest extends BrowserlessViewTest {

    @Autowired
    RequestService requests;

    @Autowired
    BoardFixture fixture;

    long expenseClaim(String name) {
        FormDefinition form = new FormDefinition(List.of(
                new FormField(
                        null, "Amount", FieldKind.MONEY, true, null, new BigDecimal("0.01"), null, List.of("EUR")),
                new FormField(null, "Supplier", FieldKind.SHORT_TEXT, true, 20, null, null, List.of()),
                new FormField(null, "Details", FieldKind.LONG_TEXT, false, null, null, null, List.of()),
                new FormField(null, "Receipt", FieldKind.ATTACHMENT, true, null, null, null, List.of())));
        return fixture.as(
                DemoAccounts.HEAD,
                () -> requests.createType(new RequestTypeDraft(
                        name,
                        "Get back what you paid",
                        "EXPENSES",
                        AssigneeRule.NONE,
                        null,
                        2,
                        TargetUnit.WORKING_DAYS,
                        null,
                        1,
                        form)));
    }

    TextField textField(String label) {
        return find(TextField.class)
                .withCondition(t -> label.equals(t.getLabel()))
                .single();
    }

    @Test
    void staffPickATypeFillItsFormSeeTheFieldsErrorsAndGetAReference() {
        String name = "Claim " + UUID.randomUUID().toString().substring(0, 8);
        long typeId = expenseClaim(name);
        long project = fixture.newProject();
        navigate(RequestHelpView.class);

        // the catalogue: cards with turnaround, narrowed by the search
        assertThat(find(Div.class)
                        .withId("request-catalogue")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Expenses", name);
        test(find(TextField.class).withId("request-search").single()).setValue(name);
        String cards = find(Div.class)
                .withId("request-catalogue")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(cards).contains(name, "Usually done within 2 working days").doesNotContain("Invoicing");
        test(find(Button.class).withId("request-type-" + typeId).single()).click();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains(name);

        // the receipt is required: submit waits for it
        Button submit = find(Button.class).withId("request-submit").single();
        assertThat(submit.isEnabled()).isFalse();
        byte[] pdf = "%PDF-1.4\n% a receipt\n".getBytes(StandardCharsets.US_ASCII);
        test(find(Upload.class).all().getFirst()).upload("receipt.pdf", "application/pdf", pdf);
        assertThat(submit.isEnabled()).isTrue();

        // every field says what is wrong with it, naming itself
        test(textField("Amount *")).setValue("0");
        assertThat(textField("Amount *").getErrorMessage()).isEqualTo("Amount: must be at least 0.01");
        test(textField("Supplier *")).setValue("x".repeat(21));
        assertThat(textField("Supplier *").getErrorMessage()).isEqualTo("Supplier: at most 20 characters");
        test(submit).click();
        assertThat(find(ComboBox.class).withId("request-project").single().getErrorMessage())
                .isEqualTo("Choose the project.");
        assertThat(find(H2.class).withId("request-filed").exists()).isFalse();

        test(textField("Amount *")).setValue("42,50");
        assertThat(textField("Amount *").isInvalid()).isFalse();
        test(textField("Supplier *")).setValue("SBB 🚆");
        String rtl = "נסיעה לציריך\nسفر إلى زيورخ";
        test(find(TextArea.class)
                        .withCondition(t -> "Details".equals(t.getLabel()))
                        .single())
                .setValue(rtl);
        @SuppressWarnings("unchecked")
        ComboBox<ProjectSummary> box =
                find(ComboBox.class).withId("request-project").single();
        test(box)
                .selectItem(box.getListDataView()
                        .getItems()
                        .filter(p -> p.id() == project)
                        .findFirst()
                        .orElseThrow()
                        .label());
        test(find(TextField.class).withId("request-title").single()).setValue("Train to Zurich");
        test(find(Button.class).withId("request-submit").single()).click();

        String heading = find(H2.class).withId("request-filed").single().getText();
        assertThat(heading).matches("Request PSO-\\d+ filed");
        long taskId = Long.parseLong(heading.replaceAll("\\D", ""));
        assertThat(find(Anchor.class).withId("request-filed-link").single().getHref())
                .isEqualTo("board?task=" + taskId);
        RequestView filed = requests.request(taskId).orElseThrow();
        assertThat(filed.sheet())
                .extracting(a -> a.label() + "=" + a.value())
                .containsExactly("Amount=42.50 EUR", "Supplier=SBB 🚆", "Details=" + rtl, "Receipt=receipt.pdf");
    }

    @Test
    void theBoardsRequestButtonLeadsStaffHere() {
        navigate(BoardView.class, Map.of());
        Button request = find(Button.class).withId("new-task").single();
        assertThat(request.getText()).isEqualTo("Request a task");
        test(request).click();
        assertThat(getCurrentView()).isInstanceOf(RequestHelpView.class);
    }
}
