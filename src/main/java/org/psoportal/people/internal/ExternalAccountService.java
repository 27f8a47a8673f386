package org.psoportal.people.internal;

import java.util.Objects;
import java.util.Set;
import org.psoportal.security.AccessChanged;
import org.psoportal.security.ExternalAccounts;
import org.psoportal.security.ExternalIdentity;
import org.psoportal.security.GroupRoleMapping;
import org.psoportal.security.PortalUser;
import org.psoportal.security.Role;
import org.psoportal.shared.SafeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the organisation's identity provider or directory knows them: the one place that creates a person just
 * in time and keeps name, department and roles in step with the provider's groups. Called by the sign-in machinery
 * (no caller is signed in yet) and by the directory sync; never by a view. It is therefore a component, not a
 * {@code @Service} with an access rule: no caller could pass one before signing in, and the module boundary keeps it
 * from the views of other modules (it is internal; other modules see only {@link ExternalAccounts}). Entity changes
 * are audited like any other (EntityAudit).
 */
@Component
public class ExternalAccountService implements ExternalAccounts {

    /** The length of the name and department columns. */
    private static final int TEXT_COLUMN = 120;

    private final PersonRepository people;
    private final GroupRoleMapping groupRoles;
    private final UnusablePassword unusablePassword;
    private final ApplicationEventPublisher events;

    ExternalAccountService(
            PersonRepository people,
            GroupRoleMapping groupRoles,
            UnusablePassword unusablePassword,
            ApplicationEventPublisher events) {
        this.people = people;
        this.groupRoles = groupRoles;
        this.unusablePassword = unusablePassword;
        this.events = events;
    }

    @Override
    @Transactional
    public PortalUser signIn(ExternalIdentity identity) {
        Person person = upsert(identity).person();
        if (!person.isActive()) {
            throw new DisabledException("deactivated");
        }
        return new PortalUser(
                person.getId(),
                person.getEmail(),
                person.getFullName(),
                person.getPasswordHash(),
                true,
                Set.copyOf(person.getRoles()));
    }

    /** What an upsert did to the person. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** The person after the upsert, and what changed. */
    public record Upserted(Person person, Outcome outcome) {}

    /**
     * Creates the person (active, roles from the groups, no usable local password) or brings an existing one up to
     * date; a deactivated person stays deactivated. Publishes {@link AccessChanged} when the roles changed.
     */
    @Transactional
    public Upserted upsert(ExternalIdentity identity) {
        String email = Person.normalizeEmail(identity.email());
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new BadCredentialsException("The identity carries no e-mail address");
        }
        String name = limit(SafeText.singleLine(
                identity.fullName() == null || identity.fullName().isBlank() ? email : identity.fullName()));
        String department = limit(blankToNull(identity.department()));
        String subject = identity.subject() == null
                ? null
                : identity.subject()
                        .substring(0, Math.min(255, identity.subject().length()));
        Set<Role> roles = groupRoles.rolesFor(identity.groups());
        var existing = people.findByEmail(email);
        if (existing.isEmpty()) {
            Person created = new Person(name, email, unusablePassword.hash(), roles);
            created.setDepartment(department);
            created.setExternalId(subject);
            return new Upserted(people.saveAndFlush(created), Outcome.CREATED);
        }
        Person person = existing.get();
        boolean rolesChanged = !person.getRoles().equals(roles);
        boolean changed = rolesChanged
                || !person.getFullName().equals(name)
                || !Objects.equals(person.getDepartment(), department)
                || !Objects.equals(person.getExternalId(), subject);
        if (!changed) {
            return new Upserted(person, Outcome.UNCHANGED);
        }
        person.setFullName(name);
        person.setDepartment(department);
        person.setExternalId(subject);
        person.setRoles(roles);
        people.saveAndFlush(person);
        if (rolesChanged) {
            events.publishEvent(new AccessChanged(person.getId(), AccessChanged.Reason.ROLES_CHANGED));
        }
        return new Upserted(person, Outcome.UPDATED);
    }

    /** Names and departments longer than the column are cut rather than refused: the provider is the authority. */
    private static String limit(String text) {
        return text == null || text.length() <= TEXT_COLUMN ? text : text.substring(0, TEXT_COLUMN);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : SafeText.singleLine(text);
    }
}
