package org.psoportal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psoportal.people.PersonSummary;
import org.psoportal.requests.internal.FormAnswerException;
import org.psoportal.requests.internal.FormRules;
import org.psoportal.requests.internal.RequestConflictException;
import org.psoportal.requests.internal.RequestService;
import org.psoportal.requests.internal.RequestView;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/**
 * A request on its card's dialog: the reference, the type and the answers with the questions they were asked with,
 * shown exactly as typed (line breaks, emoji, right-to-left text). Whoever may change the task may edit the answers;
 * a save that lost a race to someone else's is refused and the current answers are shown.
 */
public class RequestSection extends Div {

    private final transient RequestService requests;
    private final transient Runnable onChange;

    public RequestSection(RequestService requests, RequestView view, Runnable onChange) {
        this.requests = requests;
        this.onChange = onChange;
        addClassName("pso-request-section");
        setId("request-section");
        show(view);
    }

    private void show(RequestView view) {
        removeAll();
        Span heading = new Span(getTranslation("request.section.heading", view.reference(), view.typeName()));
        heading.setId("request-reference");
        heading.addClassName("pso-request-heading");
        add(heading);
        Div answers = new Div();
        answers.setId("request-answers");
        for (FormRules.Answer a : view.sheet()) {
            Div row = new Div();
            row.addClassName("pso-request-answer");
            Span label = new Span(a.label());
            label.addClassName("pso-request-answer-label");
            Div value = new Div();
            value.setText(a.value());
            value.addClassName("pso-request-answer-value");
            value.getElement().setAttribute("dir", "auto");
            value.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            row.add(label, value);
            answers.add(row);
        }
        add(answers);
        if (view.mayEdit() && !view.form().fields().isEmpty()) {
            Button edit = new Button(getTranslation("request.answers.edit"), e -> edit(view));
            edit.setId("request-answers-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(edit);
        }
    }

    private void edit(RequestView view) {
        removeAll();
        List<PersonSummary> people = requests.people();
        AnswerFields fields = new AnswerFields(view.form(), view.answers(), people, null);
        Button save = SubmitButtons.primary(getTranslation("request.answers.save"), () -> save(view, fields));
        save.setId("request-answers-save");
        Button cancel = new Button(getTranslation("task.cancel"), e -> show(view));
        add(fields, cancel, save);
    }

    private boolean save(RequestView view, AnswerFields fields) {
        Optional<Map<String, String>> answers = fields.read();
        if (answers.isEmpty()) {
            return false;
        }
        try {
            show(requests.updateAnswers(view.taskId(), view.version(), answers.get()));
            Notifications.success(getTranslation("request.answers.saved"));
            onChange.run();
            return true;
        } catch (RequestConflictException e) {
            Notifications.error(Notifications.text(e));
            requests.request(view.taskId()).ifPresent(this::show);
            return true;
        } catch (FormAnswerException e) {
            fields.show(e);
            return false;
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
            return false;
        }
    }
}
