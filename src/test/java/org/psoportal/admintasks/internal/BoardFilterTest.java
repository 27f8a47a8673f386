package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardFilterTest {

    @Test
    void readsTheAgreedQueryParameters() {
        BoardFilter f = BoardFilter.fromQuery(Map.of(
                "project",
                List.of("7"),
                "assignee",
                List.of("none"),
                "type",
                List.of("INVOICING"),
                "mine",
                List.of("true"),
                "overdue",
                List.of("true"),
                "q",
                List.of(" receipts "),
                "column",
                List.of("WAITING")));
        assertThat(f)
                .isEqualTo(new BoardFilter(
                        7L, null, true, TaskType.INVOICING, true, true, "receipts", BoardColumn.WAITING));
        assertThat(f.toQuery())
                .containsEntry("assignee", "none")
                .containsEntry("q", "receipts")
                .containsEntry("column", "WAITING")
                .containsEntry("project", "7");
        assertThat(BoardFilter.fromQuery(f.toQuery().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))))
                .isEqualTo(f);
    }

    @Test
    void ignoresMalformedValues() {
        BoardFilter f = BoardFilter.fromQuery(
                Map.of("project", List.of("abc"), "type", List.of("NOPE"), "assignee", List.of("12")));
        assertThat(f.projectId()).isNull();
        assertThat(f.type()).isNull();
        assertThat(f.assigneeId()).isEqualTo(12L);
        assertThat(f.unassigned()).isFalse();
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(BoardFilter.NONE.withText("50%_off").likePattern()).isEqualTo("%50\\%\\_off%");
        assertThat(BoardFilter.NONE.withText("  ").likePattern()).isNull();
    }

    @Test
    void countsTheSetFiltersAnAssigneeOrUnassignedBeingOne() {
        assertThat(BoardFilter.NONE.activeCount()).isZero();
        assertThat(BoardFilter.NONE.withText("  ").activeCount())
                .as("blank text is no filter")
                .isZero();
        assertThat(BoardFilter.NONE.withProject(7L).withText("invoice").activeCount())
                .isEqualTo(2);
        assertThat(BoardFilter.NONE.withAssignee(null, true).activeCount()).isEqualTo(1);
        assertThat(BoardFilter.NONE
                        .withProject(1L)
                        .withAssignee(3L, false)
                        .withType(TaskType.OTHER)
                        .withMine(true)
                        .withOverdue(true)
                        .withText("x")
                        .withColumn(BoardColumn.DONE)
                        .activeCount())
                .isEqualTo(7);
    }

    @Test
    void theServiceLevelFilterAndTheTimeLeftOrderLiveInTheUrl() {
        BoardFilter f = BoardFilter.fromQuery(
                java.util.Map.of("sla", java.util.List.of("AtRisk"), "sort", java.util.List.of("timeleft")));
        assertThat(f.sla()).isEqualTo(org.psoportal.admintasks.CardClock.Tone.AT_RISK);
        assertThat(f.byTimeLeft()).isTrue();
        assertThat(f.toQuery()).containsEntry("sla", "atrisk").containsEntry("sort", "timeleft");
        assertThat(f.activeCount()).as("the order is no filter").isEqualTo(1);
        assertThat(BoardFilter.fromQuery(java.util.Map.of("sla", java.util.List.of("breached")))
                        .sla())
                .isEqualTo(org.psoportal.admintasks.CardClock.Tone.BREACHED);
        assertThat(BoardFilter.fromQuery(
                        java.util.Map.of("sla", java.util.List.of("late"), "sort", java.util.List.of("x"))))
                .as("unknown values are ignored")
                .isEqualTo(BoardFilter.NONE);
    }
}
