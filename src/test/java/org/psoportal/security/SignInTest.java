package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.security.internal.LoginAttempts;
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
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the application's authentication manager against the real person table. */
@IntegrationTest
class SignInTest {

    @Autowired
    AuthenticationConfiguration authConfig;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonService people;

    @Autowired
    LoginAttempts attempts;

    private Authentication signIn(String email, String password) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void signsInWithAnyCaseOfTheEmail() throws Exception {
        Authentication auth = signIn("  Head@PSO.example ", DemoContext.PASSWORD);
        assertThat(auth.getPrincipal())
                .isInstanceOfSatisfying(
                        PortalUser.class, u -> assertThat(u.roles()).containsExactly(Role.HEAD));
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

    /**
     * Five failures spread over spellings the person table's collation (utf8mb4_unicode_ci) treats as the same
     * e-mail: upper case, surrounding blanks, an accent, a decomposed accent, full-width letters. They reach one
     * account, so they lock it (before, each spelling had a counter of its own).
     */
    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void failuresSpreadOverSpellingsTheDatabaseTreatsAsEqualLockTheAccount() throws Exception {
        String local = "lock" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        PersonRow person = newPerson(local + "@pso.example", "right-password");
        String[] spellings = {
            local.toUpperCase() + "@PSO.example",
            "  " + local + "@pso.example\t",
            local.replaceFirst("o", "\u00f3") + "@pso.example",
            local.replaceFirst("o", "o\u0301") + "@pso.example",
            local.chars().mapToObj(c -> Character.toString(c - 'a' + '\uff41')).reduce("", String::concat)
                    + "@pso.example"
        };
        for (String spelling : spellings) {
            // each spelling reaches the account: sign-in's own lookup finds it
            assertThat(((PortalUser) userDetails.loadUserByUsername(spelling)).email())
                    .isEqualTo(person.email());
            assertThatThrownBy(() -> signIn(spelling, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(person.email(), "right-password")).isInstanceOf(LockedException.class);
    }

    /**
     * Many failures for one account from an address do not delay a correct sign-in of someone else from that
     * address (one office behind one address); the failures themselves are answered late.
     */
    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aCorrectSignInIsNotDelayedBySomeoneElsesFailuresFromTheSameAddress() throws Exception {
        PersonRow attacked = newPerson("attacked-" + UUID.randomUUID() + "@pso.example", "right-password");
        PersonRow colleague = newPerson("colleague-" + UUID.randomUUID() + "@pso.example", "colleague-password");
        String address = "10.77." + (int) (Math.random() * 250) + ".1";
        var details = new WebAuthenticationDetails(address, null);
        java.util.List<java.time.Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        var previous = attempts.usePause(waits::add);
        try {
            for (int i = 0; i < 12; i++) {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(attacked.email(), "wrong-" + i);
                token.setDetails(details);
                assertThatThrownBy(() -> authConfig.getAuthenticationManager().authenticate(token))
                        .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
            }
            assertThat(waits).isNotEmpty().contains(LoginAttempts.MAX_DELAY);
            assertThat(attempts.delayFor(address)).isEqualTo(LoginAttempts.MAX_DELAY);

            waits.clear();
            var token = UsernamePasswordAuthenticationToken.unauthenticated(colleague.email(), "colleague-password");
            token.setDetails(details);
            assertThat(authConfig.getAuthenticationManager().authenticate(token).isAuthenticated())
                    .isTrue();
            assertThat(waits).allMatch(java.time.Duration::isZero);
        } finally {
            attempts.usePause(previous);
        }
    }

    private PersonRow newPerson(String email, String password) {
        PersonForm form = new PersonForm();
        form.setFullName("Sign-in Test");
        form.setEmail(email);
        form.setRoles(EnumSet.of(Role.STAFF));
        return people.create(form, password);
    }

    @Test
    void thePasswordHashIsNeverPrinted() {
        PortalUser user = (PortalUser) userDetails.loadUserByUsername(DemoAccounts.ADMINISTRATOR);
        assertThat(user.toString()).doesNotContain(user.getPassword());
    }
}
