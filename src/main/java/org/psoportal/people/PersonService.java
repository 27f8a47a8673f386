package org.psoportal.people;

import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.people.internal.Person;
import org.psoportal.people.internal.PersonActivation;
import org.psoportal.people.internal.PersonFilter;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonLookups;
import org.psoportal.people.internal.PersonRepository;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.people.internal.UnusablePassword;
import org.psoportal.security.Access;
import org.psoportal.security.AccessChanged;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.LocalPasswords;
import org.psoportal.security.PasswordPolicy;
import org.psoportal.security.Role;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.UpsertOutcome;
import org.psoportal.shared.UserMessageException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and their roles. Administration is for the head of the PSO; lookups for anyone signed in. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class PersonService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    /** The length of the department column. */
    public static final int DEPARTMENT_LENGTH = 120;

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy;
    private final PersonActivation activation;
    private final UnusablePassword unusablePassword;
    private final LocalPasswords localPasswords;
    private final PersonLookups lookups;

    PersonService(
            PersonRepository people,
            PasswordEncoder passwordEncoder,
            Validator validator,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PasswordPolicy passwordPolicy,
            PersonActivation activation,
            UnusablePassword unusablePassword,
            LocalPasswords localPasswords,
            PersonLookups lookups) {
        this.lookups = lookups;
        this.passwordPolicy = passwordPolicy;
        this.activation = activation;
        this.unusablePassword = unusablePassword;
        this.localPasswords = localPasswords;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** One page of the administration grid, filtered by name or e-mail and role. */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public List<PersonRow> search(PersonFilter filter, Pageable page) {
        var byName = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("fullName", "id"));
        return people.search(filter.normalizedText(), filter.role(), filter.activeOnly(), byName).stream()
                .map(PersonRow::of)
                .toList();
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public long count(PersonFilter filter) {
        return people.countSearch(filter.normalizedText(), filter.role(), filter.activeOnly());
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public PersonForm loadForm(long personId) {
        return PersonForm.of(get(personId));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public PersonRow create(PersonForm form, String initialPassword) {
        FormValidation.requireValid(validator, form);
        boolean noPassword = !localPasswords.enabled() && (initialPassword == null || initialPassword.isEmpty());
        if (!noPassword) {
            checkPassword(initialPassword);
        }
        String email = Person.normalizeEmail(form.getEmail());
        if (people.existsByEmail(email)) {
            throw new UserMessageException("person.email.duplicate", email);
        }
        Person person = new Person(
                SafeText.singleLine(form.getFullName()),
                email,
                // without local passwords: a hash of a secret nobody knows (they sign in through single sign-on)
                passwordEncoder.encode(noPassword ? UUID.randomUUID().toString() : initialPassword),
                form.getRoles());
        return PersonRow.of(people.saveAndFlush(person));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public PersonRow update(long personId, PersonForm form, String newPasswordOrBlank) {
        FormValidation.requireValid(validator, form);
        boolean newPassword = newPasswordOrBlank != null && !newPasswordOrBlank.isEmpty();
        if (newPassword) {
            checkPassword(newPasswordOrBlank);
        }
        Person person = get(personId);
        String email = Person.normalizeEmail(form.getEmail());
        if (people.existsByEmailAndIdNot(email, personId)) {
            throw new UserMessageException("person.email.duplicate", email);
        }
        if (person.getId() == currentUser.personId() && !form.getRoles().contains(Role.HEAD)) {
            // Otherwise the last head could lock the office out of its own administration.
            throw new UserMessageException("person.ownHeadRole");
        }
        boolean rolesChanged = !person.getRoles().equals(form.getRoles());
        person.setFullName(SafeText.singleLine(form.getFullName()));
        person.setEmail(email);
        person.setRoles(form.getRoles());
        if (newPassword) {
            person.setPasswordHash(passwordEncoder.encode(newPasswordOrBlank));
        }
        PersonRow saved = PersonRow.of(people.saveAndFlush(person));
        if (newPassword) {
            passwordChanged(person);
        } else if (rolesChanged) {
            events.publishEvent(new AccessChanged(person.getId(), AccessChanged.Reason.ROLES_CHANGED));
        }
        return saved;
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public PersonRow setActive(long personId, boolean active) {
        Person person = get(personId);
        if (!active && person.getId() == currentUser.personId()) {
            throw new UserMessageException("person.deactivateSelf");
        }
        activation.setActive(person, active);
        return PersonRow.of(person);
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public void setPassword(long personId, String newPassword) {
        checkPassword(newPassword);
        Person person = get(personId);
        person.setPasswordHash(passwordEncoder.encode(newPassword));
        people.saveAndFlush(person);
        passwordChanged(person);
    }

    /**
     * What {@link #importPerson} would do with this person, without changing anything (the import's preview).
     * Refuses like the import does.
     */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public UpsertOutcome previewImport(PersonImport person) {
        return upsertImported(person, false);
    }

    /**
     * Creates the person with the e-mail (active, no usable local password: the head sets one, or they sign in
     * through the organisation's sign-in) or brings name, department and roles up to date; an existing person's
     * password and active state stay as they are. One transaction per person, so a refused person leaves nothing
     * behind. Role changes end the person's open sessions like an edit in the people view.
     */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public UpsertOutcome importPerson(PersonImport person) {
        return upsertImported(person, true);
    }

    /** Someone's id, name and e-mail by their e-mail address (any case), for imports that name people by e-mail. */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public Optional<PersonSummary> findByEmail(String email) {
        return email == null
                ? Optional.empty()
                : people.findByEmail(Person.normalizeEmail(email))
                        .map(p -> new PersonSummary(p.getId(), p.getFullName(), p.getEmail()));
    }

    private UpsertOutcome upsertImported(PersonImport in, boolean write) {
        PersonForm form = new PersonForm();
        form.setFullName(in.fullName());
        form.setEmail(in.email());
        form.setRoles(in.roles());
        FormValidation.requireValid(validator, form);
        String department =
                in.department() == null || in.department().isBlank() ? null : SafeText.singleLine(in.department());
        if (department != null && department.length() > DEPARTMENT_LENGTH) {
            throw new UserMessageException("person.department.tooLong", DEPARTMENT_LENGTH);
        }
        String name = SafeText.singleLine(form.getFullName());
        String email = Person.normalizeEmail(form.getEmail());
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isEmpty()) {
            if (write) {
                Person created = new Person(name, email, unusablePassword.hash(), form.getRoles());
                created.setDepartment(department);
                people.saveAndFlush(created);
            }
            return UpsertOutcome.CREATED;
        }
        Person person = existing.get();
        boolean rolesChanged = !person.getRoles().equals(form.getRoles());
        if (!rolesChanged
                && person.getFullName().equals(name)
                && java.util.Objects.equals(person.getDepartment(), department)) {
            return UpsertOutcome.UNCHANGED;
        }
        if (rolesChanged
                && person.getId() == currentUser.personId()
                && !form.getRoles().contains(Role.HEAD)) {
            throw new UserMessageException("person.ownHeadRole");
        }
        if (write) {
            person.setFullName(name);
            person.setDepartment(department);
            person.setRoles(form.getRoles());
            people.saveAndFlush(person);
            if (rolesChanged) {
                events.publishEvent(new AccessChanged(person.getId(), AccessChanged.Reason.ROLES_CHANGED));
            }
        }
        return UpsertOutcome.UPDATED;
    }

    /** Another person's password reset by the head, or the head's own change: the other open sessions end. */
    private void passwordChanged(Person person) {
        boolean own =
                currentUser.find().map(u -> u.personId() == person.getId()).orElse(false);
        events.publishEvent(new AccessChanged(
                person.getId(), own ? AccessChanged.Reason.OWN_PASSWORD_CHANGED : AccessChanged.Reason.PASSWORD_RESET));
    }

    /** Active people with a role, for pickers (assignees, project managers, experts). */
    @Transactional(readOnly = true)
    public List<PersonSummary> activeWithRole(Role role) {
        return people.findActiveByRole(role);
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> summary(long personId) {
        return people.findSummary(personId);
    }

    /**
     * Names for many ids in one query (no query per row). One or two ids (a booking's expert and booker) get JPQL
     * queries of their own that Hibernate translates once; more go through plain SQL ({@link PersonLookups}):
     * Hibernate translates a query with a list parameter anew on every call (docs/performance.md).
     */
    @Transactional(readOnly = true)
    public Map<Long, PersonSummary> summaries(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(Set.copyOf(ids));
        List<PersonSummary> found = switch (distinct.size()) {
            case 0 -> List.of();
            case 1 -> people.findSummary(distinct.getFirst()).stream().toList();
            case 2 -> people.findSummaries(distinct.get(0), distinct.get(1));
            default -> lookups.summaries(distinct);
        };
        return found.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** Which of these people are active (may sign in): the expert directory lists only those. One statement. */
    @Transactional(readOnly = true)
    public Set<Long> activeAmong(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(lookups.activeIds(Set.copyOf(ids)));
    }

    @Transactional(readOnly = true)
    public boolean hasActiveRole(long personId, Role role) {
        return people.findById(personId)
                .filter(Person::isActive)
                .map(p -> p.getRoles().contains(role))
                .orElse(false);
    }

    private Person get(long personId) {
        return people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    /** Length in characters and in BCrypt's bytes, and not a common password: {@link PasswordPolicy}. */
    private void checkPassword(String password) {
        if (!localPasswords.enabled()) {
            throw new UserMessageException("person.password.localOff");
        }
        passwordPolicy.check(password);
    }
}
