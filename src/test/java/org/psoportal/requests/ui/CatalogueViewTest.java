package org.psoportal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.requests.internal.FieldKind;
import org.psoportal.requests.internal.FormField;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestType;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class CatalogueViewTest extends BrowserlessViewTest {

    @Autowired
    RequestService requests;

    @Autowired
    BoardFixture fixture;

    @AfterEach
    void reset() {
        fixture.asRun(DemoAccounts.HEAD, () -> requests.setAdminsMayManage(false));
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadAddsATypeWithAFormAndReordersItsFields() {
        navigate(CatalogueView.class);
        assertThat(find(Div.class)
                        .withId("catalogue-list")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Expenses", "Other");
        test(find(Button.class).withId("catalogue-add").single()).click();
        String name = "Access request " + UUID.randomUUID().toString().substring(0, 6);
        test(find(TextField.class).withId("type-name").single()).setValue(name);
        test(find(Button.class).withId("type-add-field").single()).click();
        test(find(Button.class).withId("type-add-field").single()).click();
        var labels = find(TextField.class)
                .withCondition(t -> "Label".equals(t.getLabel()))
                .all();
        test(labels.get(0)).setValue("System");
        test(labels.get(1)).setValue("Reason");
        @SuppressWarnings("unchecked")
        Select<FieldKind> kind = find(Select.class)
                .withCondition(s -> "Kind".equals(s.getLabel()))
                .all()
                .get(1);
        test(kind).selectItem("Long text");
        // "Reason" up: it becomes the first field
        test(find(Button.class)
                        .withCondition(
                                b -> "Move Reason up".equals(b.getAriaLabel().orElse(null)))
                        .single())
                .click();
        test(find(Button.class).withId("type-save").single()).click();

        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("Request type \"" + name + "\" saved.");
        RequestType saved = requests.allTypes().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.form().fields()).extracting(FormField::label).containsExactly("Reason", "System");
        assertThat(saved.form().fields())
                .extracting(FormField::kind)
                .containsExactly(FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT);
        assertThat(find(Div.class).withId("catalogue-type-" + saved.id()).exists())
                .isTrue();

        // a choice list without choices is refused with a message naming the field
        test(find(Button.class).withId("catalogue-edit-" + saved.id()).single()).click();
        @SuppressWarnings("unchecked")
        Select<FieldKind> second = find(Select.class)
                .withCondition(s -> "Kind".equals(s.getLabel()))
                .all()
                .get(1);
        test(second).selectItem("Choice from a list");
        test(find(Button.class).withId("type-save").single()).click();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .anyMatch(t -> t.startsWith("System: list the choices"));

        assertThat(find(Checkbox.class).withId("catalogue-admins-may-manage").exists())
                .isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void administratorsManageOnlyWhenTheHeadAllows() {
        navigate(CatalogueView.class);
        assertThat(find(Paragraph.class).withId("catalogue-not-allowed").exists())
                .isTrue();
        assertThat(find(Button.class).withId("catalogue-add").exists()).isFalse();
        assertThat(find(Checkbox.class).withId("catalogue-admins-may-manage").exists())
                .isFalse();

        fixture.asRun(DemoAccounts.HEAD, () -> requests.setAdminsMayManage(true));
        navigate(RequestHelpView.class);
        navigate(CatalogueView.class);
        assertThat(find(Button.class).withId("catalogue-add").exists()).isTrue();
    }
}
