package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonForm;
import org.psoportal.people.PersonRow;
import org.psoportal.people.PersonService;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Sign-in through the application's authentication manager against the real person table. */
@IntegrationTest
class SignInTest {

    @Autowired AuthenticationConfiguration authConfig;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired PersonService people;

    private Authentication signIn(String email, String password) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void signsInWithAnyCaseOfTheEmail() throws Exception {
        Authentication auth = signIn("  Head@PSO.example ", DemoContext.PASSWORD);
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                u -> assertThat(u.roles()).containsExactly(Role.HEAD));
    }

    @Test
    void unknownEmailAndWrongPasswordFailTheSameWay() {
        assertThatThrownBy(() -> signIn("nobody@pso.example", "whatever1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(DemoAccounts.EXPERT, "wrong-password"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void deactivatedPersonCannotSignIn() {
        String email = jdbc.queryForObject("SELECT email FROM person WHERE active = FALSE LIMIT 1", String.class);
        assertThatThrownBy(() -> signIn(email, DemoContext.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        PersonForm form = new PersonForm();
        form.setFullName("Lock Test");
        form.setEmail("lock-" + UUID.randomUUID() + "@pso.example");
        form.setRoles(EnumSet.of(Role.STAFF));
        PersonRow person = people.create(form, "right-password");
        assertThat(signIn(person.email(), "right-password").isAuthenticated()).isTrue();

        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(person.email(), "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(person.email(), "right-password")).isInstanceOf(LockedException.class);
    }

    @Test
    void thePasswordHashIsNeverPrinted() {
        PortalUser user = (PortalUser) userDetails.loadUserByUsername(DemoAccounts.ADMINISTRATOR);
        assertThat(user.toString()).doesNotContain(user.getPassword());
    }
}
