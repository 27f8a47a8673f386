package org.psoportal.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the one place services and views ask. */
@Component
public class CurrentUser {

    /**
     * {@code @PreAuthorize} rule of a query about one person (parameter {@code personId}): that person themself, or
     * the head, who sees the whole office anyway.
     */
    public static final String SELF_OR_HEAD =
            "isAuthenticated() and (hasRole('HEAD') or #personId == principal.personId())";

    public Optional<PortalUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
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

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
