package org.psoportal.testsupport;

import java.util.function.Supplier;
import org.psoportal.security.SecurityContexts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs test work signed in as a real person (loaded like at sign-in), or anonymously for {@code null}: for threads
 * and arrangements where {@code @WithUserDetails} does not reach.
 */
@Component
public class RunAs {

    private final UserDetailsService users;

    RunAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T call(String email, Supplier<T> work) {
        return SecurityContexts.callAs(authentication(email), work);
    }

    public void run(String email, Runnable work) {
        SecurityContexts.runAs(authentication(email), work);
    }

    private Authentication authentication(String email) {
        if (email == null) {
            return new AnonymousAuthenticationToken(
                    "anonymous", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        var user = users.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
