package org.psoportal.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the one place services, views, the refusal log and the audit trail ask. Instances serve code
 * that Spring wires; {@link #caller(String)} is static for code that runs where no bean reaches (an exception
 * built inside a throw expression).
 */
@Component
public class CurrentUser {

    /**
     * The caller as the audit trail names them (a signed-in person by id and e-mail, anyone else by name) and as
     * logs name them ({@link #logName()}: a person by id only, since logs carry no personal data).
     */
    public record Caller(Long personId, String name) {

        public String logName() {
            return personId == null ? name : "person " + personId;
        }
    }

    public Optional<PortalUser> find() {
        Authentication auth = authentication();
        return auth == null ? Optional.empty() : PortalUser.of(auth.getPrincipal());
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public long personId() {
        return require().personId();
    }

    /** Whether the caller has one of {@link Role#MANAGERS}. */
    public boolean isManager() {
        return Role.MANAGERS.stream().anyMatch(this::hasRole);
    }

    public Optional<Long> findPersonId() {
        return find().map(PortalUser::personId);
    }

    public boolean hasRole(Role role) {
        Authentication auth = authentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    /** The roles the caller holds, whoever authenticated them (a signed-in person or a test's mock user). */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (hasRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * Names the caller: a signed-in person by id and e-mail; a visitor who has not signed in as "anonymous"; a
     * technical account by its name; and {@code nobody} when no authentication is on this thread at all (work the
     * application starts itself, such as a scheduler).
     */
    public static Caller caller(String nobody) {
        Authentication auth = authentication();
        if (auth == null) {
            return new Caller(null, nobody);
        }
        if (isAnonymous(auth)) {
            return new Caller(null, "anonymous");
        }
        Optional<PortalUser> person = PortalUser.of(auth.getPrincipal());
        if (person.isPresent()) {
            return new Caller(person.get().personId(), person.get().email());
        }
        return new Caller(null, auth.getName());
    }

    private static boolean isAnonymous(Authentication auth) {
        return auth instanceof AnonymousAuthenticationToken
                || !auth.isAuthenticated()
                || auth.getPrincipal() == null
                || "anonymousUser".equals(auth.getPrincipal());
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
