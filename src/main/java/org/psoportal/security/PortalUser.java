package org.psoportal.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them; held in the session, so kept small. */
public record PortalUser(
        long personId, String email, String displayName, String passwordHash, boolean active, Set<Role> roles)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /**
     * The person behind an authentication's principal: the principal itself (password sign-in) or the person a
     * single sign-on principal carries ({@link Carrier}: the OpenID Connect user must stay an {@code OidcUser} so that
     * signing out can end the provider's session too).
     */
    public static Optional<PortalUser> of(Object principal) {
        if (principal instanceof PortalUser user) {
            return Optional.of(user);
        }
        if (principal instanceof Carrier carrier) {
            return Optional.of(carrier.portalUser());
        }
        return Optional.empty();
    }

    /** A principal of another kind that stands for a person of the portal. */
    public interface Carrier {
        PortalUser portalUser();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Never print the hash, not even in a log line. */
    @Override
    public String toString() {
        return "PortalUser[" + personId + ", " + email + ", " + roles + "]";
    }
}
