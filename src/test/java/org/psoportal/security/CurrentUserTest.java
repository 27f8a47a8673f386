package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {

    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInPersonIsNamedByIdAndEmailAndHoldsTheirRoles() {
        PortalUser ann = new PortalUser(7, "ann@pso.test", "Ann", "x", true, Set.of(Role.STAFF, Role.HEAD));
        signIn(UsernamePasswordAuthenticationToken.authenticated(ann, null, ann.getAuthorities()));

        assertThat(CurrentUser.caller("system")).isEqualTo(new CurrentUser.Caller(7L, "ann@pso.test"));
        assertThat(currentUser.findPersonId()).contains(7L);
        assertThat(currentUser.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.HEAD);
    }

    @Test
    void aVisitorWhoHasNotSignedInIsAnonymous() {
        signIn(new AnonymousAuthenticationToken(
                "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));

        assertThat(CurrentUser.caller("system")).isEqualTo(new CurrentUser.Caller(null, "anonymous"));
        assertThat(currentUser.find()).isEmpty();
        assertThat(currentUser.roles()).isEmpty();
    }

    @Test
    void workWithoutAnyAuthenticationIsNamedAsTheCallerSays() {
        assertThat(CurrentUser.caller("system")).isEqualTo(new CurrentUser.Caller(null, "system"));
        assertThat(CurrentUser.caller("anonymous").logName()).isEqualTo("anonymous");
    }

    @Test
    void aTechnicalAccountIsNamedByItsName() {
        signIn(UsernamePasswordAuthenticationToken.authenticated(
                "demo-loader", null, List.of(new SimpleGrantedAuthority(Role.HEAD.authority()))));

        assertThat(CurrentUser.caller("system")).isEqualTo(new CurrentUser.Caller(null, "demo-loader"));
        assertThat(currentUser.hasRole(Role.HEAD)).isTrue();
        assertThat(currentUser.findPersonId()).isEmpty();
    }

    private static void signIn(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
