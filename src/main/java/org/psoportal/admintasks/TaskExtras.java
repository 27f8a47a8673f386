package org.psoportal.admintasks;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What another module adds to board tasks (the request catalogue: a request's type and form answers), asked by the
 * board so that the board never depends on that module. Each method answers for many tasks with one or two
 * statements, never one per task. Only what the caller may read is returned (a staff member: the answers of their
 * own requests).
 */
public interface TaskExtras {

    /** A question and its answer, as shown on a card's dialog and exported as a CSV column. */
    record Answer(String label, String value) {}

    /** Nothing added (when no module implements this). */
    TaskExtras NONE = new TaskExtras() {
        @Override
        public Map<Long, String> typeLabels(Collection<Long> taskIds) {
            return Map.of();
        }

        @Override
        public Map<Long, List<Answer>> answers(Collection<Long> taskIds) {
            return Map.of();
        }

        @Override
        public Set<Long> tasksMatching(String text) {
            return Set.of();
        }
    };

    /** The request type's name of each task filed through the catalogue (tasks filed otherwise are absent). */
    Map<Long, String> typeLabels(Collection<Long> taskIds);

    /** The answers of each task the caller may read them of, in the form's order. */
    Map<Long, List<Answer>> answers(Collection<Long> taskIds);

    /** The tasks whose answers contain {@code text} (case-insensitive), among those the caller may read. */
    Set<Long> tasksMatching(String text);

    /**
     * A section for the task's dialog (the request's reference, type and answers, editable where allowed), or empty.
     * {@code onChange} runs after the section saved something.
     */
    default Optional<Component> dialogSection(long taskId, Runnable onChange) {
        return Optional.empty();
    }
}
