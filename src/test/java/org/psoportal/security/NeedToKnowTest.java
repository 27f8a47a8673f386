package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.psoportal.admintasks.internal.AttachmentInfo;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Need to know: every board viewer sees a card's title and state, but its description, checklist, comments,
 * history and attachments (receipts, invoices) only the requester, the assignee, administrators, the head and the
 * project's manager. Another staff member is refused the attachment and comments (logged), and details come back
 * without them.
 */
@IntegrationTest
class NeedToKnowTest {

    @Autowired
    TaskService tasks;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SecurityFixture fixture;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    JdbcTemplate jdbc;

    static final byte[] RECEIPT = "%PDF-1.4\n% salary advance receipt\n".getBytes(StandardCharsets.US_ASCII);

    String requester;
    String colleague;
    String manager;
    String administrator;
    long project;
    long task;
    AttachmentInfo receipt;

    @BeforeEach
    void aRequestWithACommentAndAReceipt() {
        requester = fixture.newPerson(Role.STAFF, "Requesting Staff");
        colleague = fixture.newPerson(Role.STAFF, "Curious Colleague");
        manager = fixture.newPerson(Role.STAFF, "Project Manager");
        administrator = fixture.newPerson(Role.ADMINISTRATOR, "Office Administrator");
        project = boardFixture.newProject();
        jdbc.update("UPDATE project SET manager_id = ? WHERE id = ?", fixture.personId(manager), project);
        task = fixture.as(
                requester,
                () -> tasks.create(new TaskDraft(
                        "Salary advance",
                        "IBAN DE00 private",
                        org.psoportal.admintasks.internal.TaskType.OTHER,
                        project,
                        null,
                        org.psoportal.admintasks.internal.Priority.NORMAL,
                        null)));
        fixture.run(requester, () -> tasks.comment(task, "my private reason"));
        receipt = fixture.as(requester, () -> attachments.upload(task, "receipt.pdf", RECEIPT));
    }

    @Test
    void anotherStaffMemberIsRefusedTheAttachmentAndTheCommentsAndSeesOnlyTitleAndState() {
        try (RefusalLog log = new RefusalLog()) {
            refused(() -> fixture.as(colleague, () -> attachments.download(receipt.id())), log, "task " + task);
            refused(() -> fixture.as(colleague, () -> attachments.upload(task, "x.pdf", RECEIPT)), log, "task " + task);
            refused(
                    () -> fixture.as(colleague, () -> {
                        tasks.comment(task, "nosy");
                        return null;
                    }),
                    log,
                    "task " + task);
        }
        TaskDetails seen = fixture.as(colleague, () -> tasks.details(task));
        assertThat(seen.mayReadDetails()).isFalse();
        assertThat(seen.draft().title()).isEqualTo("Salary advance");
        assertThat(seen.card().column()).isNotNull();
        assertThat(seen.draft().description()).isNull();
        assertThat(seen.comments()).isEmpty();
        assertThat(seen.checklist()).isEmpty();
        assertThat(seen.history()).isEmpty();
        assertThat(seen.attachments()).isEmpty();
        assertThat(seen.mayEdit()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admin_task_comment WHERE task_id = ?", Integer.class, task))
                .isEqualTo(1);
    }

    @Test
    void theRequesterTheProjectsManagerAndAnAdministratorSeeEverything() {
        for (String who : new String[] {requester, manager, administrator}) {
            TaskDetails seen = fixture.as(who, () -> tasks.details(task));
            assertThat(seen.mayReadDetails()).as(who).isTrue();
            assertThat(seen.draft().description()).isEqualTo("IBAN DE00 private");
            assertThat(seen.comments()).extracting(TaskDetails.Comment::body).containsExactly("my private reason");
            assertThat(seen.attachments()).extracting(AttachmentInfo::fileName).containsExactly("receipt.pdf");
            assertThat(fixture.as(who, () -> attachments.download(receipt.id())).data())
                    .isEqualTo(RECEIPT);
        }
    }

    @Test
    void aPngNamedHtmlIsStoredAndServedAsPng() {
        byte[] polyglot = concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        AttachmentInfo info = fixture.as(requester, () -> attachments.upload(task, "page.html", polyglot));
        assertThat(info.fileName()).isEqualTo("page.png");
        var served = fixture.as(requester, () -> attachments.download(info.id()));
        assertThat(served.fileName()).isEqualTo("page.png");
        assertThat(served.contentType()).isEqualTo("image/png");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The call throws AccessDeniedException (so nothing is returned) and a WARN line names the caller (by person id,
     * never by e-mail: logs carry no personal data) and what.
     */
    private void refused(ThrowingSupplier<?> call, RefusalLog log, String what) {
        int before = log.warnings().size();
        AtomicReference<Object> returned = new AtomicReference<>();
        assertThatThrownBy(() -> returned.set(call.get())).isInstanceOf(AccessDeniedException.class);
        assertThat(returned.get()).isNull();
        assertThat(log.warnings().subList(before, log.warnings().size()))
                .as("a WARN line for %s", what)
                .anySatisfy(w ->
                        assertThat(w).contains("Access refused: person ", what).doesNotContain("@"));
    }
}
