package org.psoportal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.ui.BoardView;
import org.psoportal.requests.internal.AssigneeRule;
import org.psoportal.requests.internal.FieldKind;
import org.psoportal.requests.internal.FiledRequest;
import org.psoportal.requests.internal.FormDefinition;
import org.psoportal.requests.internal.FormField;
import org.psoportal.requests.internal.RequestDraft;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestType;
import org.psoportal.requests.internal.RequestTypeDraft;
import org.psoportal.requests.internal.RequestView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The card's dialog shows a request's reference, type and answers; the requester edits them, a stale save conflicts. */
@WithUserDetails(DemoAccounts.STAFF)
class RequestOnTheCardTest extends BrowserlessViewTest {

    @Autowired
    RequestService requests;

    @Autowired
    BoardFixture fixture;

    @Test
    void theDialogShowsTheAnswersAndTheRequesterEditsThem() {
        String name = "Timesheet fix " + UUID.randomUUID().toString().substring(0, 6);
        long typeId = fixture.as(
                DemoAccounts.HEAD,
                () -> requests.createType(new RequestTypeDraft(
                        name,
                        null,
                        "DATA_ENTRY",
                        AssigneeRule.NONE,
                        null,
                        null,
                        null,
                        null,
                        1,
                        new FormDefinition(List.of(
                                new FormField(
                                        null,
                                        "Hours",
                                        FieldKind.NUMBER,
                                        true,
                                        null,
                                        BigDecimal.ZERO,
                                        new BigDecimal("80"),
                                        List.of()),
                                new FormField(
                                        null, "Reason", FieldKind.LONG_TEXT, false, null, null, null, List.of()))))));
        long project = fixture.newProject();
        RequestType type = requests.type(typeId);
        String reason = "שבוע שעבר 😀\nline two";
        FiledRequest filed = requests.file(new RequestDraft(
                typeId, "Wrong week", project, "NORMAL", null, null, Map.of("f1", "6.5", "f2", reason), Map.of()));

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(BoardView.class, QueryParameters.simple(Map.of("project", String.valueOf(project))));
        clickTitle(filed.taskId());

        assertThat(find(Span.class).withId("request-reference").single().getText())
                .isEqualTo("Request " + filed.reference() + " · " + type.name());
        String answers =
                find(Div.class).withId("request-answers").single().getElement().getTextRecursively();
        assertThat(answers).contains("Hours", "6.5", "Reason", reason);

        // someone else saves first: this save is refused and the current answers are shown
        RequestView before = requests.request(filed.taskId()).orElseThrow();
        test(find(Button.class).withId("request-answers-edit").single()).click();
        TextField hours = find(TextField.class)
                .withCondition(t -> "Hours *".equals(t.getLabel()))
                .single();
        test(hours).setValue("-1");
        assertThat(hours.getErrorMessage()).isEqualTo("Hours: must be at least 0");
        test(hours).setValue("7");
        Map<String, String> theirs = new HashMap<>(before.answers());
        theirs.put("f1", "8");
        fixture.as(DemoAccounts.ADMINISTRATOR, () -> requests.updateAnswers(filed.taskId(), before.version(), theirs));
        test(find(Button.class).withId("request-answers-save").single()).click();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .anyMatch(t -> t.startsWith("Someone else changed the answers of " + filed.reference()));
        assertThat(find(Div.class)
                        .withId("request-answers")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("8");

        // now with the current version
        test(find(Button.class).withId("request-answers-edit").single()).click();
        test(find(TextField.class)
                        .withCondition(t -> "Hours *".equals(t.getLabel()))
                        .single())
                .setValue("7.25");
        test(find(Button.class).withId("request-answers-save").single()).click();
        assertThat(requests.request(filed.taskId()).orElseThrow().answers()).containsEntry("f1", "7.25");
    }

    private void clickTitle(long taskId) {
        Grid<TaskCard> grid = Stream.of(BoardColumn.values())
                .map(c -> grid(c.name()))
                .filter(g -> rows(g).stream().anyMatch(card -> card.id() == taskId))
                .findFirst()
                .orElseThrow();
        int row = rows(grid).stream().map(TaskCard::id).toList().indexOf(taskId);
        test(grid).invokeLitRendererFunction(row, 0, "open");
    }

    @SuppressWarnings("unchecked")
    private Grid<TaskCard> grid(String column) {
        return find(Grid.class).withId("cards-" + column).single();
    }

    private List<TaskCard> rows(Grid<TaskCard> grid) {
        GridTester<Grid<TaskCard>, TaskCard> tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
