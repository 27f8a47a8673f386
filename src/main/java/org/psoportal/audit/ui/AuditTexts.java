package org.psoportal.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psoportal.audit.internal.AuditEntry;

/**
 * An entry's object and detail as the head reads them: "Task 'Send March invoices' (#5)" instead of "task 5", and
 * "column: To do → In progress" instead of {@code column: TODO → IN_PROGRESS}. The trail stores codes (it is written
 * below the views, in no language); they are turned into the words the other views show, through the same
 * translation keys, when the entry is shown.
 */
final class AuditTexts {

    /**
     * Where the codes in each object type's details have their words: the translation keys the board, the booking
     * views, Projects and People use (BoardColumn, Priority, TaskType, BookingStatus, ProjectStatus and Role name the
     * same keys; the audit module cannot import them, as their modules record into the trail).
     */
    private static final Map<String, List<String>> WORDS = Map.of(
            "task", List.of("board.column.", "board.priority.", "board.type."),
            "booking", List.of("booking.status."),
            "project", List.of("project.status."),
            "person", List.of("role."));

    /** A code as the trail stores an enum value: capitals and underscores. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

    private final Component owner;

    AuditTexts(Component owner) {
        this.owner = owner;
    }

    /** "Task 'Send March invoices' (#5)"; "Task 5" when the task is gone; anything else (a refusal's) as stored. */
    String object(AuditEntry e) {
        if (e.objectType() == null || !AuditFilterBar.OBJECT_TYPES.contains(e.objectType())) {
            return e.object();
        }
        String type = owner.getTranslation("audit.object." + e.objectType());
        if (e.objectId() == null) {
            return type;
        }
        return e.objectName() == null
                ? type + " " + e.objectId()
                : owner.getTranslation("audit.object.named", type, e.objectName(), String.valueOf(e.objectId()));
    }

    /**
     * The detail with its codes in words. A task's created, deleted and part entries hold its title, a checklist
     * label or a file name: free text, left exactly as written.
     */
    String detail(AuditEntry e) {
        String detail = e.detail() == null ? "" : e.detail();
        List<String> prefixes = e.objectType() == null ? null : WORDS.get(e.objectType());
        boolean freeText = "task".equals(e.objectType()) && !"UPDATED".equals(e.action());
        if (prefixes == null || freeText) {
            return detail;
        }
        Matcher code = CODE.matcher(detail);
        StringBuilder shown = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(shown, Matcher.quoteReplacement(word(prefixes, code.group())));
        }
        code.appendTail(shown);
        return shown.toString();
    }

    /** The first translation of the code under the prefixes, or the code itself when none has it. */
    private String word(List<String> prefixes, String code) {
        for (String prefix : prefixes) {
            String key = prefix + code;
            String word = owner.getTranslation(key);
            if (word != null && !word.isBlank() && !word.contains(key)) {
                return word;
            }
        }
        return code;
    }
}
