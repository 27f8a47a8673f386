package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import org.psoportal.admintasks.internal.CommentKind;
import org.psoportal.admintasks.internal.TaskConflictException;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/** Comments, oldest first, and a box to add one (anyone who sees the board). */
class CommentsPanel extends Div {

    CommentsPanel(TaskDetails d, TaskService tasks, ZoneId zone, LongConsumer reload) {
        addClassName("pso-task-comments");
        DateTimeFormatter fmt = TimeFormats.dateTimeFormat(zone);
        for (TaskDetails.Comment c : d.comments()) {
            String what = c.kind() == CommentKind.COMMENT ? "" : getTranslation("task.comment." + c.kind()) + " · ";
            Span meta = new Span(what + c.authorName() + " · " + fmt.format(c.at()));
            meta.addClassName("pso-task-meta");
            Paragraph body = new Paragraph(c.body());
            body.addClassName("pso-task-comment-body");
            Div comment = new Div(meta, body);
            if (c.kind() != CommentKind.COMMENT) {
                comment.addClassName("pso-task-comment-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            add(comment);
        }
        TextArea text = new TextArea();
        text.setPlaceholder(getTranslation("task.comment.new"));
        text.setMaxLength(TaskService.MAX_COMMENT);
        text.setWidthFull();
        text.setId("comment-text");
        // the panel is redrawn after a comment is added, with a new button
        Button send = SubmitButtons.guard(new Button(getTranslation("task.comment.add")), () -> {
            try {
                tasks.comment(d.id(), text.getValue());
                reload.accept(d.id());
                return true;
            } catch (UserMessageException ex) {
                Notifications.error(Notifications.text(ex));
                return false;
            }
        });
        send.setId("comment-add");
        add(text, send);
        if (d.loop().mayAsk()) {
            // the same text, sent as a question: the card waits in Waiting for the requester's answer
            Button ask = SubmitButtons.guard(new Button(getTranslation("task.ask")), () -> {
                try {
                    tasks.ask(d.id(), d.version(), text.getValue());
                    Notifications.success(getTranslation("task.asked"));
                    reload.accept(d.id());
                    return true;
                } catch (TaskConflictException ex) {
                    Notifications.error(Notifications.text(ex));
                    reload.accept(d.id());
                    return true;
                } catch (UserMessageException ex) {
                    Notifications.error(Notifications.text(ex));
                    return false;
                }
            });
            ask.setId("ask-send");
            ask.setTooltipText(getTranslation("task.ask.hint"));
            add(ask);
        }
    }
}
