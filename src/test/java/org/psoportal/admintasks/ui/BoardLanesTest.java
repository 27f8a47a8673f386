package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskType;

/** The swimlanes' grouping, order and the lane of the rest, without a browser or a database. */
class BoardLanesTest {

    @Test
    void byAssigneeUnassignedComesFirstThenNamesInOrderAndEmptyLanesWhenAskedFor() {
        List<TaskCard> cards = List.of(
                card(1, 10, TaskType.EXPENSES, 7L, "Zoe Young"),
                card(2, 10, TaskType.EXPENSES, null, null),
                card(3, 11, TaskType.REPORTING, 5L, "Ada Lovelace"),
                card(4, 11, TaskType.REPORTING, 7L, "Zoe Young"));
        BoardLanes lanes = BoardLanes.of(
                cards,
                BoardLanes.byAssignee("Unassigned"),
                List.of(BoardLanes.assigneeLane(9L, "Émile Zola")),
                BoardLanes.order(Locale.ENGLISH),
                n -> null);

        assertThat(lanes.lanes())
                .extracting(BoardLane::label)
                .containsExactly("Unassigned", "Ada Lovelace", "Émile Zola", "Zoe Young");
        Map<String, List<TaskCard>> parts = lanes.split(cards).orElseThrow();
        assertThat(parts.get("a7")).extracting(TaskCard::id).containsExactly(1L, 4L);
        assertThat(parts.get(BoardLane.UNASSIGNED_KEY)).extracting(TaskCard::id).containsExactly(2L);
        assertThat(parts).doesNotContainKey("a9");
        assertThat(lanes.lane("a9").orElseThrow().reassigns()).isTrue();
        assertThat(lanes.lane(BoardLane.UNASSIGNED_KEY).orElseThrow().personId())
                .isNull();
    }

    @Test
    void aCardOfALaneTheBoardDoesNotHaveAsksForNewLanes() {
        BoardLanes lanes = BoardLanes.of(
                List.of(card(1, 10, TaskType.EXPENSES, null, null)),
                BoardLanes.byProject(Map.of(10L, "P-10 · Ten")),
                List.of(),
                BoardLanes.order(Locale.ENGLISH),
                n -> null);
        assertThat(lanes.lanes()).extracting(BoardLane::label).containsExactly("P-10 · Ten");
        assertThat(lanes.split(List.of(card(2, 12, TaskType.EXPENSES, null, null))))
                .isEmpty();
    }

    @Test
    void byTypeUsesTheCataloguesNameAndFallsBackToTheTaskType() {
        List<TaskCard> cards = List.of(
                card(1, 10, TaskType.EXPENSES, null, null),
                card(2, 10, TaskType.EXPENSES, null, null),
                card(3, 10, TaskType.OTHER, null, null));
        BoardLanes lanes = BoardLanes.of(
                cards,
                BoardLanes.byType(Map.of(1L, "Claim (expenses)"), t -> t == TaskType.EXPENSES ? "Expenses" : "Other"),
                List.of(),
                BoardLanes.order(Locale.ENGLISH),
                n -> null);
        assertThat(lanes.lanes()).extracting(BoardLane::label).containsExactly("Claim (expenses)", "Expenses", "Other");
        assertThat(lanes.laneOf(cards.get(0)).orElseThrow().label()).isEqualTo("Claim (expenses)");
        assertThat(lanes.laneOf(cards.get(1)).orElseThrow().label()).isEqualTo("Expenses");
    }

    @Test
    void beyondTheMostLanesTheRestShareOneLastLane() {
        List<TaskCard> cards = IntStream.range(0, BoardLanes.MAX_LANES + 5)
                .mapToObj(i -> card(i, 100 + i, TaskType.OTHER, null, null))
                .toList();
        BoardLanes lanes = BoardLanes.of(
                cards,
                BoardLanes.byProject(Map.of()),
                List.of(),
                BoardLanes.order(Locale.ENGLISH),
                n -> new BoardLane(BoardGrouping.PROJECT, "rest", n + " more projects", null, true));
        assertThat(lanes.lanes()).hasSize(BoardLanes.MAX_LANES);
        assertThat(lanes.lanes().getLast().label()).isEqualTo("6 more projects");
        assertThat(lanes.split(cards).orElseThrow().get("rest")).hasSize(6);
        assertThat(lanes.split(List.of(card(999, 999, TaskType.OTHER, null, null))))
                .as("a new project joins the rest until the lanes are made again")
                .isPresent();
    }

    @Test
    void theGroupingRoundTripsThroughTheAddress() {
        for (BoardGrouping g : BoardGrouping.values()) {
            Map<String, String> query = g.addTo(Map.of("project", "12"));
            assertThat(query).containsEntry("project", "12");
            assertThat(BoardGrouping.fromQuery(query.entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))))
                    .isEqualTo(g);
        }
        assertThat(BoardGrouping.ASSIGNEE.addTo(Map.of())).containsExactly(Map.entry("lanes", "assignee"));
        assertThat(BoardGrouping.NONE.addTo(Map.of())).isEmpty();
        assertThat(BoardGrouping.fromQuery(Map.of("lanes", List.of("Type ")))).isEqualTo(BoardGrouping.TYPE);
        assertThat(BoardGrouping.fromQuery(Map.of("lanes", List.of("colour")))).isEqualTo(BoardGrouping.NONE);
        assertThat(BoardGrouping.fromQuery(Map.of("lanes", List.of("none")))).isEqualTo(BoardGrouping.NONE);
    }

    private static TaskCard card(long id, long projectId, TaskType type, Long assigneeId, String assigneeName) {
        return new TaskCard(
                id,
                0,
                "Card " + id,
                projectId,
                "P-" + projectId,
                type,
                assigneeId,
                assigneeName,
                null,
                1,
                BoardColumn.TODO,
                id,
                Priority.NORMAL,
                null,
                false,
                0,
                0,
                Instant.EPOCH,
                null,
                null,
                null);
    }
}
