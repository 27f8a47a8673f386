package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role against each board service method; the rules hold in the services, not only in the views. */
@IntegrationTest
class BoardAccessTest {

    @Autowired
    BoardService board;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardFixture fixture;

    @Autowired
    AttachmentService attachments;

    private static final byte[] PDF = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

    private long project;
    private long adminTask;

    @BeforeEach
    void adminTask() {
        project = fixture.newProject();
        adminTask = fixture.as(DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, "x")));
    }

    private void denied(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }

    private void allowed(Executable call) {
        assertThatCode(call::execute).doesNotThrowAnyException();
    }

    @Test
    @WithAnonymousUser
    void anonymousMayCallNothing() {
        denied(() -> board.board(BoardFilter.NONE));
        denied(() -> tasks.details(adminTask));
        denied(() -> tasks.create(BoardFixture.draft(project, "y")));
    }

    @Test
    @WithMockUser(roles = "EXPERT")
    void expertsDoNotSeeTheBoard() {
        denied(() -> board.board(BoardFilter.NONE));
        denied(() -> board.filteredCards(BoardFilter.NONE));
        denied(() -> board.columnInfos());
        denied(() -> board.card(adminTask));
        denied(() -> board.archived(null, PageRequest.of(0, 10)));
        denied(() -> board.archivedCount(null));
        denied(() -> board.move(adminTask, 0, BoardPlace.top(BoardColumn.DONE), true));
        denied(() -> board.archive(adminTask, 0));
        denied(() -> board.setWipLimit(BoardColumn.TODO, 3));
        denied(() -> tasks.create(BoardFixture.draft(project, "y")));
        denied(() -> tasks.update(adminTask, 0, BoardFixture.draft(project, "y")));
        denied(() -> tasks.details(adminTask));
        denied(() -> tasks.comment(adminTask, "hi"));
        denied(() -> tasks.addChecklistItem(adminTask, "step"));
        denied(() -> tasks.setChecklistItemDone(1, true));
        denied(() -> tasks.assignees());
        denied(() -> attachments.upload(adminTask, "a.pdf", PDF));
        denied(() -> attachments.download(1));
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffRequestCommentAndEditOnlyTheirOwn() {
        allowed(() -> board.board(BoardFilter.NONE));
        allowed(() -> board.filteredCards(BoardFilter.NONE));
        allowed(() -> board.columnInfos());
        allowed(() -> board.card(adminTask));
        allowed(() -> board.archived(null, PageRequest.of(0, 10)));
        allowed(() -> board.archivedCount(null));
        allowed(() -> tasks.details(adminTask));
        allowed(() -> tasks.comment(adminTask, "hi"));
        allowed(() -> tasks.assignees());
        long own = tasks.create(BoardFixture.draft(project, "mine"));
        allowed(() -> tasks.update(own, board.card(own).version(), BoardFixture.draft(project, "mine 2")));
        allowed(() -> tasks.addChecklistItem(own, "step"));
        denied(() -> board.move(own, board.card(own).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true));
        denied(() -> board.move(adminTask, board.card(adminTask).version(), BoardPlace.top(BoardColumn.DONE), true));
        denied(() -> board.archive(adminTask, board.card(adminTask).version()));
        denied(() -> board.setWipLimit(BoardColumn.TODO, 3));
        denied(() -> tasks.update(adminTask, board.card(adminTask).version(), BoardFixture.draft(project, "y")));
        denied(() -> tasks.addChecklistItem(adminTask, "step"));
        AttachmentInfo receipt = attachments.upload(adminTask, "receipt.pdf", PDF);
        allowed(() -> attachments.download(receipt.id()));
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void administratorsWorkAnyTaskButDoNotSetLimits() {
        long staffTask = fixture.as(DemoAccounts.STAFF, () -> tasks.create(BoardFixture.draft(project, "req")));
        allowed(() -> tasks.update(staffTask, board.card(staffTask).version(), BoardFixture.draft(project, "e")));
        allowed(() -> tasks.addChecklistItem(staffTask, "step"));
        allowed(() -> tasks.comment(staffTask, "on it"));
        allowed(() ->
                board.move(staffTask, board.card(staffTask).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true));
        allowed(() -> board.archive(staffTask, board.card(staffTask).version()));
        denied(() -> board.setWipLimit(BoardColumn.TODO, 3));
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadDoesEverythingIncludingLimits() {
        allowed(() -> tasks.update(adminTask, board.card(adminTask).version(), BoardFixture.draft(project, "h")));
        allowed(() ->
                board.move(adminTask, board.card(adminTask).version(), BoardPlace.top(BoardColumn.WAITING), true));
        allowed(() -> board.setWipLimit(
                BoardColumn.TODO, board.columnInfos().get(BoardColumn.TODO).wipLimit()));
        allowed(() -> board.archive(adminTask, board.card(adminTask).version()));
    }
}
