package org.psoportal.requests.internal;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoportal.admintasks.TaskExtras;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.requests.ui.RequestSection;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's view of requests ({@link TaskExtras}): type names for everyone who sees the board (a card's type is
 * no secret), answers and the answer search only for those who may read them: managers all, others the requests
 * they filed themselves. One or two statements per call, whatever the number of tasks.
 */
@org.springframework.stereotype.Component
@PreAuthorize(Access.BOARD_VIEWERS)
class RequestExtras implements TaskExtras {

    private final RequestStore store;
    private final RequestService requests;
    private final PersonService people;
    private final CurrentUser currentUser;

    RequestExtras(RequestStore store, RequestService requests, PersonService people, CurrentUser currentUser) {
        this.store = store;
        this.requests = requests;
        this.people = people;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> typeLabels(Collection<Long> taskIds) {
        return store.typeNames(taskIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<Answer>> answers(Collection<Long> taskIds) {
        List<RequestStore.StoredRequest> found = store.requests(taskIds, onlyRequester());
        Set<Long> personIds = new HashSet<>();
        for (RequestStore.StoredRequest r : found) {
            for (FormField f : r.form().fields()) {
                String v = r.answers().get(f.key());
                if (f.kind() == FieldKind.PERSON && v != null && v.matches("\\d{1,18}")) {
                    personIds.add(Long.parseLong(v));
                }
            }
        }
        Map<Long, PersonSummary> names = personIds.isEmpty() ? Map.of() : people.summaries(personIds);
        Map<Long, List<Answer>> answers = new LinkedHashMap<>();
        for (RequestStore.StoredRequest r : found) {
            List<Answer> sheet = new ArrayList<>();
            for (FormRules.Answer a : FormRules.sheet(
                    r.form(),
                    r.answers(),
                    id -> Optional.ofNullable(names.get(id))
                            .map(PersonSummary::fullName)
                            .orElse("?"))) {
                sheet.add(new Answer(a.label(), a.value()));
            }
            answers.put(r.taskId(), sheet);
        }
        return answers;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> tasksMatching(String text) {
        String like = RequestStore.likePattern(text);
        return like == null ? Set.of() : store.matching(like, onlyRequester());
    }

    @Override
    public Optional<Component> dialogSection(long taskId, Runnable onChange) {
        return requests.request(taskId).map(view -> new RequestSection(requests, view, onChange));
    }

    /** Null for managers (all requests), else the caller (their own). */
    private Long onlyRequester() {
        return currentUser.isManager() ? null : currentUser.personId();
    }
}
