package org.psoportal.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.TaskExtras;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.requests.RequestFiled;
import org.psoportal.requests.TargetUnit;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The catalogue, filing and answers against the real MariaDB, as the people who use them. */
@IntegrationTest
@RecordApplicationEvents
class RequestServiceTest {

    static final String STAFF = DemoAccounts.STAFF;
    static final String OTHER_STAFF = "oliver.bennett@pso.example";
    static final String ADMIN = DemoAccounts.ADMINISTRATOR;
    static final String HEAD = DemoAccounts.HEAD;
    static final byte[] PDF = "%PDF-1.4\n% a tiny receipt\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    RequestService requests;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    TaskExtras extras;

    @Autowired
    BoardFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void headKeepsTheCatalogue() {
        fixture.asRun(HEAD, () -> requests.setAdminsMayManage(false));
    }

    static FormDefinition expenseForm() {
        return new FormDefinition(List.of(
                new FormField(
                        null,
                        "Amount",
                        FieldKind.MONEY,
                        true,
                        null,
                        new BigDecimal("0.01"),
                        null,
                        List.of("EUR", "CHF")),
                new FormField(null, "Supplier", FieldKind.SHORT_TEXT, true, null, null, null, List.of()),
                new FormField(null, "Details", FieldKind.LONG_TEXT, false, null, null, null, List.of()),
                new FormField(null, "Receipt", FieldKind.ATTACHMENT, true, null, null, null, List.of())));
    }

    static RequestTypeDraft draft(String name, AssigneeRule rule, Long assignee, FormDefinition form) {
        return new RequestTypeDraft(
                name,
                "Claim back what you paid",
                "EXPENSES",
                rule,
                assignee,
                2,
                TargetUnit.WORKING_DAYS,
                "Check receipt\nBook in ledger",
                5,
                form);
    }

    long newType(AssigneeRule rule, Long assignee) {
        return fixture.as(
                HEAD,
                () -> requests.createType(draft("Expense claim " + UUID.randomUUID(), rule, assignee, expenseForm())));
    }

    static Map<String, String> answers(RequestType type, String amount, String supplier, String details) {
        Map<String, String> a = new HashMap<>();
        a.put(key(type, "Amount"), amount);
        a.put(key(type, "Supplier"), supplier);
        if (details != null) {
            a.put(key(type, "Details"), details);
        }
        return a;
    }

    static String key(RequestType type, String label) {
        return type.form().fields().stream()
                .filter(f -> f.label().equals(label))
                .findFirst()
                .orElseThrow()
                .key();
    }

    static RequestDraft request(
            RequestType type, long project, Map<String, String> answers, List<TaskFiling.File> receipt) {
        return new RequestDraft(
                type.id(),
                "Train to Zurich",
                project,
                "NORMAL",
                null,
                "Thanks!",
                answers,
                Map.of(key(type, "Receipt"), receipt));
    }

    long countTasks(long project) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM admin_task WHERE project_id = ?", Long.class, project);
    }

    @Test
    void theHeadManagesTheCatalogueAndAdministratorsOnlyWhenTheHeadAllowsIt() {
        long typeId = newType(AssigneeRule.NONE, null);
        RequestType created = fixture.as(HEAD, () -> requests.type(typeId));
        assertThat(created.formVersion()).isEqualTo(1);
        assertThat(created.form().fields()).extracting(FormField::key).containsExactly("f1", "f2", "f3", "f4");
        assertThat(created.checklist()).containsExactly("Check receipt", "Book in ledger");
        assertThat(fixture.as(STAFF, () -> requests.catalogue(created.name().substring(0, 20))))
                .extracting(CatalogueEntry::id)
                .contains(typeId);

        assertThatThrownBy(() -> fixture.as(ADMIN, () -> requests.allTypes()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        fixture.as(ADMIN, () -> requests.updateType(typeId, created.version(), created.toDraft())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.asRun(ADMIN, () -> requests.setAdminsMayManage(true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(STAFF, () -> requests.createType(created.toDraft())))
                .isInstanceOf(AccessDeniedException.class);

        fixture.asRun(HEAD, () -> requests.setAdminsMayManage(true));
        assertThat(fixture.as(ADMIN, () -> requests.mayManage())).isTrue();
        // a description change keeps the form version; a field change writes version 2
        RequestTypeDraft renamed = new RequestTypeDraft(
                created.name(),
                "Another description",
                "EXPENSES",
                AssigneeRule.NONE,
                null,
                4,
                TargetUnit.WORKING_HOURS,
                null,
                1,
                created.form());
        RequestType same = fixture.as(ADMIN, () -> requests.updateType(typeId, created.version(), renamed));
        assertThat(same.formVersion()).isEqualTo(1);
        assertThat(same.description()).isEqualTo("Another description");
        assertThat(same.targetUnit()).isEqualTo(TargetUnit.WORKING_HOURS);
        List<FormField> fewer = created.form().fields().subList(0, 2);
        RequestType v2 = fixture.as(
                ADMIN,
                () -> requests.updateType(
                        typeId,
                        same.version(),
                        new RequestTypeDraft(
                                created.name(),
                                null,
                                "EXPENSES",
                                AssigneeRule.NONE,
                                null,
                                null,
                                null,
                                null,
                                1,
                                new FormDefinition(fewer))));
        assertThat(v2.formVersion()).isEqualTo(2);
        assertThat(v2.form().fields()).hasSize(2);
        // a stale version is refused
        assertThatThrownBy(() -> fixture.as(ADMIN, () -> requests.updateType(typeId, same.version(), renamed)))
                .isInstanceOf(RequestService.ConcurrentCatalogueChange.class);
        // a second type of the same name is refused with a message
        assertThatThrownBy(() -> fixture.as(HEAD, () -> requests.createType(created.toDraft())))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("request.type.name.taken");

        fixture.asRun(ADMIN, () -> requests.setActive(typeId, v2.version(), false));
        assertThat(fixture.as(STAFF, () -> requests.catalogue(null)))
                .extracting(CatalogueEntry::id)
                .doesNotContain(typeId);
        assertThat(fixture.as(HEAD, () -> requests.allTypes()))
                .filteredOn(t -> t.id() == typeId)
                .singleElement()
                .extracting(RequestType::active)
                .isEqualTo(false);

        fixture.asRun(HEAD, () -> requests.setAdminsMayManage(false));
        assertThatThrownBy(() -> fixture.as(ADMIN, () -> requests.allTypes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filingCreatesTheTaskWithAssigneeChecklistAnswersAndFilesInOneTransaction() {
        long admin = fixture.personId(ADMIN);
        long typeId = newType(AssigneeRule.PERSON, admin);
        long project = fixture.newProject();
        RequestType type = fixture.as(STAFF, () -> requests.type(typeId));

        FiledRequest filed = fixture.as(
                STAFF,
                () -> requests.file(request(
                        type,
                        project,
                        answers(type, "42,5 EUR", "SBB", null),
                        List.of(new TaskFiling.File("ticket.pdf", PDF)))));

        assertThat(filed.reference()).isEqualTo("PSO-" + filed.taskId());
        TaskDetails task = fixture.as(STAFF, () -> tasks.details(filed.taskId()));
        assertThat(task.draft().title()).isEqualTo("Train to Zurich");
        assertThat(task.draft().type().name()).isEqualTo("EXPENSES");
        assertThat(task.draft().assigneeId()).isEqualTo(admin);
        assertThat(task.checklist())
                .extracting(TaskDetails.Item::label)
                .containsExactly("Check receipt", "Book in ledger");
        assertThat(task.attachments()).extracting(a -> a.fileName()).containsExactly("ticket.pdf");

        RequestView view =
                fixture.as(STAFF, () -> requests.request(filed.taskId())).orElseThrow();
        assertThat(view.typeName()).isEqualTo(type.name());
        assertThat(view.sheet())
                .extracting(FormRules.Answer::label, FormRules.Answer::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Amount", "42.50 EUR"),
                        org.assertj.core.groups.Tuple.tuple("Supplier", "SBB"),
                        org.assertj.core.groups.Tuple.tuple("Receipt", "ticket.pdf"));
        assertThat(events.stream(RequestFiled.class).filter(e -> e.taskId() == filed.taskId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.projectId()).isEqualTo(project);
                    assertThat(e.requestTypeId()).isEqualTo(typeId);
                    assertThat(e.targetAmount()).isEqualTo(2);
                    assertThat(e.targetUnit()).isEqualTo(TargetUnit.WORKING_DAYS);
                });

        // the board finds it by an answer, shows its type and exports its answers as columns
        List<TaskCard> found = fixture.as(
                ADMIN,
                () -> board.filteredCards(BoardFilter.NONE.withProject(project).withText("sbb")));
        assertThat(found).extracting(TaskCard::id).containsExactly(filed.taskId());
        assertThat(fixture.as(ADMIN, () -> extras.typeLabels(List.of(filed.taskId()))))
                .containsEntry(filed.taskId(), type.name());
        String csv = fixture.as(ADMIN, () -> board.csv(BoardFilter.NONE.withProject(project), key -> key));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",request_type,Amount,Supplier,Receipt");
        assertThat(csv).contains(type.name() + ",42.50 EUR,SBB,ticket.pdf");
    }

    @Test
    void aRefusedFileOrAnswerLeavesNothing() {
        long typeId = newType(AssigneeRule.LEAST_LOADED, null);
        long project = fixture.newProject();
        RequestType type = fixture.as(STAFF, () -> requests.type(typeId));

        byte[] notAllowed = "MZ this is a program".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> fixture.as(
                        STAFF,
                        () -> requests.file(request(
                                type,
                                project,
                                answers(type, "10 EUR", "ACME", null),
                                List.of(new TaskFiling.File("virus.exe", notAllowed))))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("attachment.typeNotAllowed");
        assertThatThrownBy(() -> fixture.as(
                        STAFF,
                        () -> requests.file(request(
                                type,
                                project,
                                answers(type, "0 EUR", "ACME", null),
                                List.of(new TaskFiling.File("r.pdf", PDF))))))
                .isInstanceOfSatisfying(FormAnswerException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("request.field.min");
                    assertThat(e.args()).containsExactly("Amount", "0.01");
                });
        assertThatThrownBy(() -> fixture.as(
                        STAFF,
                        () -> requests.file(request(type, project, answers(type, "10 EUR", "ACME", null), List.of()))))
                .isInstanceOfSatisfying(
                        FormAnswerException.class, e -> assertThat(e.args()).containsExactly("Receipt"));
        assertThat(countTasks(project)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request WHERE request_type_id = ?", Long.class, typeId))
                .isZero();

        Long leastLoaded = fixture.as(STAFF, () -> fixture.as(STAFF, () -> filingLeastLoaded()));
        FiledRequest filed = fixture.as(
                STAFF,
                () -> requests.file(request(
                        type,
                        project,
                        answers(type, "10 EUR", "ACME", null),
                        List.of(new TaskFiling.File("r.pdf", PDF)))));
        assertThat(fixture.as(ADMIN, () -> tasks.details(filed.taskId()))
                        .draft()
                        .assigneeId())
                .isEqualTo(leastLoaded);
    }

    @Autowired
    TaskFiling filing;

    Long filingLeastLoaded() {
        return filing.leastLoadedAdministrator().orElse(null);
    }

    @Test
    void twoPeopleEditingTheSameAnswersGetOneConflict() {
        long typeId = newType(AssigneeRule.NONE, null);
        long project = fixture.newProject();
        RequestType type = fixture.as(STAFF, () -> requests.type(typeId));
        FiledRequest filed = fixture.as(
                STAFF,
                () -> requests.file(request(
                        type,
                        project,
                        answers(type, "10 EUR", "ACME", null),
                        List.of(new TaskFiling.File("r.pdf", PDF)))));
        RequestView seenByStaff =
                fixture.as(STAFF, () -> requests.request(filed.taskId())).orElseThrow();
        RequestView seenByAdmin =
                fixture.as(ADMIN, () -> requests.request(filed.taskId())).orElseThrow();
        assertThat(seenByStaff.mayEdit()).isTrue();

        Map<String, String> staffAnswers = new HashMap<>(seenByStaff.answers());
        staffAnswers.put(key(type, "Supplier"), "ACME Ltd");
        RequestView saved =
                fixture.as(STAFF, () -> requests.updateAnswers(filed.taskId(), seenByStaff.version(), staffAnswers));
        assertThat(saved.answers()).containsEntry(key(type, "Supplier"), "ACME Ltd");
        assertThat(saved.answers()).containsEntry(key(type, "Receipt"), "r.pdf");
        assertThat(fixture.as(STAFF, () -> tasks.details(filed.taskId())).history())
                .filteredOn(h -> h.action().name().equals("EDITED"))
                .extracting(TaskDetails.History::detail)
                .containsExactly("answers");

        Map<String, String> adminAnswers = new HashMap<>(seenByAdmin.answers());
        adminAnswers.put(key(type, "Supplier"), "ACME GmbH");
        assertThatThrownBy(() -> fixture.as(
                        ADMIN, () -> requests.updateAnswers(filed.taskId(), seenByAdmin.version(), adminAnswers)))
                .isInstanceOf(RequestConflictException.class)
                .hasMessage("request.conflict");
        assertThat(fixture.as(ADMIN, () -> requests.request(filed.taskId()))
                        .orElseThrow()
                        .answers())
                .containsEntry(key(type, "Supplier"), "ACME Ltd");

        // an answer that breaks the form is refused, naming the field; someone else's staff may not edit
        Map<String, String> bad = new HashMap<>(saved.answers());
        bad.put(key(type, "Amount"), "-3 EUR");
        assertThatThrownBy(() -> fixture.as(ADMIN, () -> requests.updateAnswers(filed.taskId(), saved.version(), bad)))
                .isInstanceOf(FormAnswerException.class);
        assertThatThrownBy(() -> fixture.as(
                        OTHER_STAFF, () -> requests.updateAnswers(filed.taskId(), saved.version(), saved.answers())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void longTextsEmojiAndRightToLeftTextComeBackExactly() {
        long typeId = newType(AssigneeRule.NONE, null);
        long project = fixture.newProject();
        RequestType type = fixture.as(STAFF, () -> requests.type(typeId));
        String details = "שלום עולם – مرحبا 👩‍💻\n".repeat(100) + "x".repeat(10_000 - 2_200 - 100 * 0);
        String exact = details.substring(0, details.offsetByCodePoints(0, 10_000));
        String supplier = "Café 😀 عربي";
        FiledRequest filed = fixture.as(
                STAFF,
                () -> requests.file(request(
                        type,
                        project,
                        answers(type, "1 EUR", supplier, exact),
                        List.of(new TaskFiling.File("r.pdf", PDF)))));
        Map<String, String> stored = fixture.as(STAFF, () -> requests.request(filed.taskId()))
                .orElseThrow()
                .answers();
        assertThat(stored.get(key(type, "Details"))).isEqualTo(exact);
        assertThat(stored.get(key(type, "Supplier"))).isEqualTo(supplier);
        assertThat(fixture.as(STAFF, () -> extras.tasksMatching("مرحبا"))).contains(filed.taskId());
    }

    @Test
    void staffSeeOnlyTheirOwnRequestsAnswersAdministratorsAll() {
        long typeId = newType(AssigneeRule.NONE, null);
        long project = fixture.newProject();
        RequestType type = fixture.as(STAFF, () -> requests.type(typeId));
        String secret = "Secret supplier " + UUID.randomUUID();
        FiledRequest filed = fixture.as(
                STAFF,
                () -> requests.file(request(
                        type,
                        project,
                        answers(type, "1 EUR", secret, null),
                        List.of(new TaskFiling.File("r.pdf", PDF)))));

        RequestView other =
                fixture.as(OTHER_STAFF, () -> requests.request(filed.taskId())).orElseThrow();
        assertThat(other.sheet()).isEmpty();
        assertThat(other.answers()).isEmpty();
        assertThat(other.mayEdit()).isFalse();
        assertThat(other.typeName()).isEqualTo(type.name());
        assertThat(fixture.as(OTHER_STAFF, () -> extras.answers(List.of(filed.taskId()))))
                .isEmpty();
        assertThat(fixture.as(OTHER_STAFF, () -> extras.tasksMatching(secret))).isEmpty();
        assertThat(fixture.as(OTHER_STAFF, () -> board.csv(BoardFilter.NONE.withProject(project), k -> k)))
                .doesNotContain(secret);

        assertThat(fixture.as(STAFF, () -> extras.answers(List.of(filed.taskId())))
                        .get(filed.taskId()))
                .extracting(TaskExtras.Answer::value)
                .contains(secret);
        assertThat(fixture.as(ADMIN, () -> requests.request(filed.taskId()))
                        .orElseThrow()
                        .sheet())
                .extracting(FormRules.Answer::value)
                .contains(secret);
        assertThat(fixture.as(HEAD, () -> extras.tasksMatching(secret))).containsExactly(filed.taskId());
    }

    @Test
    void theSixBoardTypesAreCatalogueEntries() {
        assertThat(fixture.as(STAFF, () -> requests.catalogue(null)))
                .extracting(CatalogueEntry::name)
                .contains("Expenses", "Invoicing", "Data entry", "Paperwork", "Reporting", "Other");
    }
}
