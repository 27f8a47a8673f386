package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in against the real person table: case-insensitive e-mail, bcrypt, deactivated people refused. */
@IntegrationTest
class SignInTest {

    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    private Authentication signIn(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        provider.setHideUserNotFoundExceptions(true);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void signsInWithAnyCaseOfTheEmail() {
        Authentication auth = signIn("  Head@PSO.example ", DemoContext.PASSWORD);
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                u -> assertThat(u.roles()).containsExactly(Role.HEAD));
    }

    @Test
    void unknownEmailAndWrongPasswordFailTheSameWay() {
        assertThatThrownBy(() -> signIn("nobody@pso.example", "whatever1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(DemoAccounts.STAFF, "wrong-password"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void deactivatedPersonCannotSignIn() {
        String email = jdbc.queryForObject("SELECT email FROM person WHERE active = FALSE LIMIT 1", String.class);
        assertThatThrownBy(() -> signIn(email, DemoContext.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void thePasswordIsNeverPrinted() {
        PortalUser user = (PortalUser) userDetails.loadUserByUsername(DemoAccounts.ADMINISTRATOR);
        assertThat(user.toString()).doesNotContain(user.getPassword());
    }
}
