package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.BoardChanged;

class BoardBroadcasterTest {

    @Test
    void aBurstOfChangesReachesEachOpenBoardAsOneRefresh() throws Exception {
        BoardBroadcaster broadcaster = new BoardBroadcaster();
        BlockingQueue<BoardChanged> first = new LinkedBlockingQueue<>();
        BlockingQueue<BoardChanged> second = new LinkedBlockingQueue<>();
        broadcaster.register(first::add);
        broadcaster.register(second::add);

        broadcaster.afterCommit(new BoardChanged(1, 10, Set.of(BoardColumn.TODO, BoardColumn.IN_PROGRESS)));
        broadcaster.afterCommit(new BoardChanged(2, 11, Set.of(BoardColumn.WAITING)));
        broadcaster.afterCommit(new BoardChanged(3, 10, Set.of(BoardColumn.TODO)));

        for (BlockingQueue<BoardChanged> board : List.of(first, second)) {
            BoardChanged heard = board.poll(5, TimeUnit.SECONDS);
            assertThat(heard).as("delivered").isNotNull();
            assertThat(heard.columns())
                    .containsExactlyInAnyOrder(BoardColumn.TODO, BoardColumn.IN_PROGRESS, BoardColumn.WAITING);
            assertThat(heard.projects()).containsExactlyInAnyOrder(10L, 11L);
            assertThat(heard.taskId()).as("several tasks").isZero();
            assertThat(board.poll(2 * BoardBroadcaster.COALESCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("one refresh for the whole burst")
                    .isNull();
        }

        broadcaster.afterCommit(new BoardChanged(4, 10, Set.of(BoardColumn.DONE)));
        assertThat(first.poll(5, TimeUnit.SECONDS))
                .as("a later change is heard again")
                .isEqualTo(new BoardChanged(4, 10, Set.of(BoardColumn.DONE)));
    }

    @Test
    void aBoardUnregisteredMeanwhileHearsNothing() throws Exception {
        BoardBroadcaster broadcaster = new BoardBroadcaster();
        BlockingQueue<BoardChanged> heard = new LinkedBlockingQueue<>();
        Runnable unregister = broadcaster.register(heard::add);
        broadcaster.afterCommit(new BoardChanged(1, 10, Set.of(BoardColumn.TODO)));
        unregister.run();
        assertThat(heard.poll(2 * BoardBroadcaster.COALESCE.toMillis(), TimeUnit.MILLISECONDS))
                .isNull();
    }

    @Test
    void aChangeConcernsTheBoardsOfItsProjectsAndUnfilteredBoards() {
        BoardChanged move = new BoardChanged(1, 10, Set.of(BoardColumn.TODO));
        assertThat(move.concerns(10L)).isTrue();
        assertThat(move.concerns(null)).as("a board of all projects").isTrue();
        assertThat(move.concerns(11L)).isFalse();
        BoardChanged limit = new BoardChanged(0, Set.of(BoardColumn.WAITING));
        assertThat(limit.concerns(11L)).as("a WIP limit concerns every board").isTrue();
        assertThat(move.merge(limit).concerns(11L)).isTrue();
        assertThat(move.merge(new BoardChanged(2, 12, Set.of())).concerns(11L)).isFalse();
    }
}
