package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.TextLimits;
import org.psoportal.shared.UserMessageException;

/** Task and template drafts are checked by Bean Validation, one message at a time, in the order of the form. */
class TaskDraftValidationTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aTaskDraftNamesItsFirstProblem() {
        refused(task("  ", "x", TaskType.OTHER, Priority.NORMAL), "board.title.required");
        refused(task(null, null, null, null), "board.title.required");
        refused(task("t".repeat(201), "x".repeat(TextLimits.NOTES + 1), null, null), "board.title.tooLong", 200);
        refused(task("Fine", "x".repeat(TextLimits.NOTES + 1), null, null), "input.tooLong", TextLimits.NOTES);
        refused(task("Fine", null, TaskType.OTHER, null), "board.typePriority.required");
        assertThatCode(() -> FormValidation.requireValidOneAtATime(
                        VALIDATOR, task("t".repeat(200), "", TaskType.OTHER, Priority.NORMAL)))
                .doesNotThrowAnyException();
    }

    @Test
    void aTitleIsMeasuredWithoutItsSurroundingBlanks() {
        TaskDraft padded = task("  " + "t".repeat(200) + "  ", null, TaskType.OTHER, Priority.NORMAL);
        assertThatCode(() -> FormValidation.requireValidOneAtATime(VALIDATOR, padded.stripped()))
                .doesNotThrowAnyException();
        assertThat(padded.stripped().title()).hasSize(200);
    }

    @Test
    void aTemplateDraftNamesItsFirstProblem() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        refused(template("t".repeat(201), TaskType.OTHER, 5, today), "board.title.required", 200);
        refused(template("Fine", null, 5, today), "template.invalid");
        refused(template("Fine", TaskType.OTHER, 366, today), "template.invalid");
        refused(template("Fine", TaskType.OTHER, -1, today), "template.invalid");
        refused(template("Fine", TaskType.OTHER, 5, null), "template.invalid");
        assertThatCode(() ->
                        FormValidation.requireValidOneAtATime(VALIDATOR, template("Fine", TaskType.OTHER, 365, today)))
                .doesNotThrowAnyException();
    }

    private static TaskDraft task(String title, String description, TaskType type, Priority priority) {
        return new TaskDraft(title, description, type, 1, null, priority, null);
    }

    private static TemplateDraft template(String title, TaskType type, int dueDays, LocalDate firstRun) {
        return new TemplateDraft(title, null, type, 1, null, Priority.NORMAL, Recurrence.monthly(1), dueDays, firstRun);
    }

    private static void refused(Record draft, String key, Object... args) {
        assertThatThrownBy(() -> FormValidation.requireValidOneAtATime(VALIDATOR, draft))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.args()).containsExactly(args);
                });
    }
}
