package org.psoportal.requests.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.requests.RequestFiled;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request catalogue: its entries (managed by the head, and by administrators when the head allows it), filing a
 * request (the board task, its assignee, checklist, files and the answers, all in one transaction) and a request's
 * answers (need to know, like a task's details; changed by whoever may change the task, optimistically locked).
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class RequestService {

    private final RequestStore store;
    private final TaskFiling filing;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    RequestService(
            RequestStore store,
            TaskFiling filing,
            PersonService people,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            Validator validator) {
        this.store = store;
        this.filing = filing;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.validator = validator;
    }

    // --- the catalogue as requesters see it

    /** The active entries, in display order; {@code search} narrows by name or description. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public List<CatalogueEntry> catalogue(String search) {
        return store.types(true, RequestStore.likePattern(search)).stream()
                .map(t -> new CatalogueEntry(t.id(), t.name(), t.description(), t.targetAmount(), t.targetUnit()))
                .toList();
    }

    /** One entry with its current form (an inactive one only for those who manage the catalogue). */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public RequestType type(long typeId) {
        RequestType t = store.type(typeId).orElseThrow(() -> new NotFoundException("request type", typeId));
        if (!t.active() && !mayManageNow()) {
            throw new NotFoundException("request type", typeId);
        }
        return t;
    }

    /** The people a person field may name: everyone active, by name. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public List<PersonSummary> people() {
        Map<Long, PersonSummary> all = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            people.activeWithRole(role).forEach(p -> all.putIfAbsent(p.id(), p));
        }
        return all.values().stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // --- managing the catalogue

    /** Whether the caller may manage the catalogue: the head, or an administrator while the head allows it. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return mayManageNow();
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public boolean adminsMayManage() {
        return store.adminsMayManage();
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public void setAdminsMayManage(boolean allowed) {
        store.setAdminsMayManage(allowed);
    }

    /** Every entry, active or not. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public List<RequestType> allTypes() {
        requireManage("request catalogue", 0L);
        return store.types(false, null);
    }

    /** The administrators a type may name as its default assignee. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public List<PersonSummary> administrators() {
        return people.activeWithRole(Role.ADMINISTRATOR);
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public long createType(RequestTypeDraft draft) {
        requireManage("request type", 0L);
        RequestTypeDraft d = check(draft);
        try {
            return store.insertType(d, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("request.type.name.taken", d.name());
        }
    }

    /**
     * Saves an entry if nobody changed it since {@code expectedVersion}. A change of its fields writes a new form
     * version (earlier requests keep theirs).
     */
    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public RequestType updateType(long typeId, long expectedVersion, RequestTypeDraft draft) {
        requireManage("request type", typeId);
        RequestType before = store.type(typeId).orElseThrow(() -> new NotFoundException("request type", typeId));
        RequestTypeDraft d = check(draft);
        boolean formChanged = !before.form().equals(d.form());
        try {
            if (!store.updateType(typeId, expectedVersion, d, formChanged, clock.instant())) {
                throw new ConcurrentCatalogueChange(before.name());
            }
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("request.type.name.taken", d.name());
        }
        return store.type(typeId).orElseThrow();
    }

    /** Deactivates (hides from requesters; filed requests keep it) or reactivates an entry. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public void setActive(long typeId, long expectedVersion, boolean active) {
        requireManage("request type", typeId);
        RequestType before = store.type(typeId).orElseThrow(() -> new NotFoundException("request type", typeId));
        if (!store.setActive(typeId, expectedVersion, active)) {
            throw new ConcurrentCatalogueChange(before.name());
        }
    }

    /** A catalogue entry changed by someone else first. */
    static class ConcurrentCatalogueChange extends org.psoportal.shared.ConcurrentChangeException {
        ConcurrentCatalogueChange(String name) {
            super("request.type.conflict", name);
        }
    }

    private RequestTypeDraft check(RequestTypeDraft draft) {
        FormValidation.requireValidOneAtATime(validator, draft);
        if (!filing.taskTypes().contains(draft.taskType())) {
            throw new UserMessageException("request.type.taskType.required");
        }
        if ((draft.targetAmount() == null) != (draft.targetUnit() == null)) {
            throw new UserMessageException("request.type.target.invalid");
        }
        if (draft.assigneeRule() == AssigneeRule.PERSON
                && (draft.assigneeId() == null || !people.hasActiveRole(draft.assigneeId(), Role.ADMINISTRATOR))) {
            throw new UserMessageException("board.assignee.invalid");
        }
        if (draft.checklistItems().size() > 30
                || draft.checklistItems().stream().anyMatch(i -> i.length() > 200)) {
            throw new UserMessageException("board.checklist.invalid");
        }
        return new RequestTypeDraft(
                draft.name().strip(),
                draft.description(),
                draft.taskType(),
                draft.assigneeRule(),
                draft.assigneeRule() == AssigneeRule.PERSON ? draft.assigneeId() : null,
                draft.targetAmount(),
                draft.targetUnit(),
                draft.checklist(),
                draft.displayOrder(),
                FormRules.checkDefinition(draft.form()));
    }

    private boolean mayManageNow() {
        // the head always; the other managers (administrators) while the head allows it
        return currentUser.hasRole(Role.HEAD) || (currentUser.isManager() && store.adminsMayManage());
    }

    private void requireManage(String what, Object id) {
        if (!mayManageNow()) {
            throw AccessRefusals.refuse(what, id);
        }
    }

    // --- filing and answering

    /**
     * Files a request: checks the answers against the type's current form, then creates the board task (title,
     * project, priority, the type's board type, the assignee its rule gives, its checklist, the files), stores the
     * answers and publishes {@link RequestFiled}, all in one transaction: a refused answer or file leaves nothing.
     */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FiledRequest file(RequestDraft draft) {
        RequestType type = store.type(draft.requestTypeId())
                .filter(RequestType::active)
                .orElseThrow(() -> new UserMessageException("request.type.gone"));
        Map<String, String> given = new HashMap<>(draft.answers());
        List<TaskFiling.File> files = new ArrayList<>(draft.files().getOrDefault("", List.of()));
        for (FormField f : type.form().fields()) {
            if (f.kind() == FieldKind.ATTACHMENT) {
                List<TaskFiling.File> attached = draft.files().getOrDefault(f.key(), List.of());
                given.put(
                        f.key(),
                        String.join(
                                ", ",
                                attached.stream().map(TaskFiling.File::name).toList()));
                files.addAll(attached);
            }
        }
        Map<String, String> answers = FormRules.check(type.form(), given);
        checkPeople(type.form(), answers);
        Long assignee = switch (type.assigneeRule()) {
            case NONE -> null;
            case PERSON ->
                type.assigneeId() != null && people.hasActiveRole(type.assigneeId(), Role.ADMINISTRATOR)
                        ? type.assigneeId()
                        : null;
            case LEAST_LOADED -> filing.leastLoadedAdministrator().orElse(null);
        };
        String title = draft.title() == null || draft.title().isBlank() ? type.name() : draft.title();
        long taskId = filing.file(new TaskFiling.Filing(
                title,
                draft.note(),
                draft.projectId(),
                type.taskType(),
                draft.priority(),
                draft.dueDate(),
                assignee,
                type.checklist(),
                files));
        Instant now = clock.instant();
        store.insertRequest(
                taskId,
                type.id(),
                type.formId(),
                currentUser.personId(),
                answers,
                FormRules.searchText(FormRules.sheet(type.form(), answers, names(type.form(), answers))),
                now);
        events.publishEvent(new RequestFiled(
                taskId, draft.projectId(), type.id(), type.name(), type.targetAmount(), type.targetUnit(), now));
        return new FiledRequest(taskId, FiledRequest.reference(taskId));
    }

    /**
     * The request a task was filed as, if it was: its answers with the questions they were asked with, for those who
     * may read the task's details (need to know); others get the type and reference only.
     */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public Optional<RequestView> request(long taskId) {
        return store.request(taskId).map(r -> {
            if (!filing.mayReadDetails(taskId)) {
                return new RequestView(
                        taskId,
                        FiledRequest.reference(taskId),
                        r.typeId(),
                        r.typeName(),
                        r.formVersion(),
                        FormDefinition.EMPTY,
                        Map.of(),
                        List.of(),
                        false,
                        r.version());
            }
            return view(r);
        });
    }

    /**
     * Changes a request's answers (checked against the form they were asked with) if nobody changed them since
     * {@code expectedVersion}: the requester while the card is in To do, managers always. Files of attachment
     * fields stay as they were (they are the task's attachments).
     */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public RequestView updateAnswers(long taskId, long expectedVersion, Map<String, String> answers) {
        RequestStore.StoredRequest r =
                store.request(taskId).orElseThrow(() -> new NotFoundException("request", taskId));
        if (!filing.mayEdit(taskId)) {
            throw AccessRefusals.refuse("request", taskId);
        }
        if (r.version() != expectedVersion) {
            throw new RequestConflictException(FiledRequest.reference(taskId));
        }
        Map<String, String> given = new HashMap<>(answers == null ? Map.of() : answers);
        for (FormField f : r.form().fields()) {
            if (f.kind() == FieldKind.ATTACHMENT) {
                given.put(f.key(), r.answers().get(f.key()));
            }
        }
        Map<String, String> clean = FormRules.check(r.form(), given);
        checkPeople(r.form(), clean);
        if (!clean.equals(r.answers())) {
            String text = FormRules.searchText(FormRules.sheet(r.form(), clean, names(r.form(), clean)));
            if (!store.updateAnswers(taskId, expectedVersion, clean, text, clock.instant())) {
                throw new RequestConflictException(FiledRequest.reference(taskId));
            }
            filing.recordEdit(taskId, "answers");
        }
        return view(store.request(taskId).orElseThrow());
    }

    private RequestView view(RequestStore.StoredRequest r) {
        return new RequestView(
                r.taskId(),
                FiledRequest.reference(r.taskId()),
                r.typeId(),
                r.typeName(),
                r.formVersion(),
                r.form(),
                r.answers(),
                FormRules.sheet(r.form(), r.answers(), names(r.form(), r.answers())),
                filing.mayEdit(r.taskId()),
                r.version());
    }

    /** A person field must name an active person. */
    private void checkPeople(FormDefinition form, Map<String, String> answers) {
        Map<Long, FormField> asked = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            if (f.kind() == FieldKind.PERSON && answers.containsKey(f.key())) {
                asked.put(Long.parseLong(answers.get(f.key())), f);
            }
        }
        if (asked.isEmpty()) {
            return;
        }
        Set<Long> active = people.activeAmong(asked.keySet());
        for (Map.Entry<Long, FormField> e : asked.entrySet()) {
            if (!active.contains(e.getKey())) {
                throw new FormAnswerException(new FieldProblem(
                        e.getValue().key(), "request.field.person", e.getValue().label()));
            }
        }
    }

    /** Person names for the person answers of a form (one lookup). */
    LongFunction<String> names(FormDefinition form, Map<String, String> answers) {
        Set<Long> ids = new HashSet<>();
        for (FormField f : form.fields()) {
            String v = answers.get(f.key());
            if (f.kind() == FieldKind.PERSON && v != null && v.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(v));
            }
        }
        Map<Long, PersonSummary> found = ids.isEmpty() ? Map.of() : people.summaries(ids);
        return id ->
                Optional.ofNullable(found.get(id)).map(PersonSummary::fullName).orElse("?");
    }
}
