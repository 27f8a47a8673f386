package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.LongConsumer;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/**
 * The open question to the requester, above the tabs so it is the first thing the dialog shows: the requester answers
 * it here (the card goes back to where it was); everyone else sees that the card waits for the answer.
 */
class QuestionPanel extends Div {

    QuestionPanel(TaskDetails d, TaskService tasks, LongConsumer reload) {
        addClassName("pso-task-question");
        setId("task-question");
        TaskDetails.Loop loop = d.loop();
        Span heading =
                new Span(getTranslation(loop.mayAnswer() ? "task.question.open" : "task.question.openForOthers"));
        heading.addClassName("pso-task-question-heading");
        Paragraph question = new Paragraph(loop.openQuestion());
        question.setId("task-question-text");
        question.addClassName("pso-task-comment-body");
        add(heading, question);
        if (!loop.mayAnswer()) {
            return;
        }
        TextArea answer = new TextArea(getTranslation("task.answer.text"));
        answer.setMaxLength(TaskService.MAX_COMMENT);
        answer.setWidthFull();
        answer.setId("answer-text");
        Button send = SubmitButtons.guard(new Button(getTranslation("task.answer.send")), () -> {
            try {
                tasks.answer(d.id(), answer.getValue());
                Notifications.success(getTranslation("task.answer.sent"));
                reload.accept(d.id());
                return true;
            } catch (UserMessageException ex) {
                Notifications.error(Notifications.text(ex));
                if (!(ex.messageKey().equals("board.comment.invalid"))) {
                    reload.accept(d.id()); // answered meanwhile (another tab): show the task as it is
                    return true;
                }
                return false;
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("answer-send");
        add(answer, send);
    }
}
