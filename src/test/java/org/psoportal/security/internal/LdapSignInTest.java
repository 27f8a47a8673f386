package org.psoportal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.security.Directory;
import org.psoportal.security.DirectoryUnreachable;
import org.psoportal.security.ExternalAccounts;
import org.psoportal.security.PortalUser;
import org.psoportal.security.Role;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.testsupport.LdapServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Sign-in with a company directory, through the same authentication manager the portal builds when PSO_LDAP_URL is
 * set (SecurityConfig#withDirectory: local password first, then the directory), against a real LDAP server and the
 * real person table: a directory person signs in with e-mail and directory password and is created just in time with
 * the role of their group; a wrong directory password counts towards the lock-out; a local account still signs in,
 * also while the directory is down; a directory that is down or does not answer fails the sign-in within the 5 s
 * timeout with a cause the sign-in page names.
 */
@IntegrationTest
class LdapSignInTest {

    @Autowired
    DaoAuthenticationProvider localSignIn;

    @Autowired
    ExternalAccounts externalAccounts;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    AccountKeys keys;

    @Autowired
    ApplicationEventPublisher events;

    LdapServer ldap;
    final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void startDirectory() {
        ldap = LdapServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        ldap.close();
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private AuthenticationManager manager(Directory directory) {
        return SecurityConfig.withDirectory(
                localSignIn,
                new LdapSignIn(directory, externalAccounts, attempts, keys),
                new DefaultAuthenticationEventPublisher(events));
    }

    private static Authentication login(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }

    @Test
    void aDirectoryPersonSignsInWithTheirEmailAndDirectoryPasswordWithTheRoleOfTheirGroup() {
        Authentication result = manager(ldap.directory()).authenticate(login(ldap.email("bert"), LdapServer.PASSWORD));

        PortalUser user = (PortalUser) result.getPrincipal();
        assertThat(user.email()).isEqualTo(ldap.email("bert"));
        assertThat(user.displayName()).startsWith("Bert Brecht");
        assertThat(user.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMINISTRATOR");
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAndCountsTowardsTheLockOut() {
        AuthenticationManager manager = manager(ldap.directory());
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> manager.authenticate(login(ldap.email("clara"), "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(login(ldap.email("clara"), LdapServer.PASSWORD)))
                .as("locked, even with the right directory password")
                .isInstanceOf(LockedException.class);
    }

    @Test
    void someoneNeitherLocalNorInTheDirectoryGetsTheUsualAnswer() {
        assertThatThrownBy(() -> manager(ldap.directory()).authenticate(login("nobody@nowhere.example", "whatever1")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLocalAccountStillSignsInWithItsOwnPassword() {
        Authentication result = manager(ldap.directory()).authenticate(login(DemoAccounts.HEAD, DemoContext.PASSWORD));
        assertThat(((PortalUser) result.getPrincipal()).roles()).contains(Role.HEAD);
    }

    @Test
    void aDirectoryThatIsDownFailsTheSignInWithItsOwnCauseAndLocalAccountsStillSignIn() {
        AuthenticationManager manager = manager(ldap.directory());
        ldap.stop();

        assertThatThrownBy(() -> manager.authenticate(login(ldap.email("dan"), LdapServer.PASSWORD)))
                .isInstanceOf(AuthenticationServiceException.class)
                .hasCauseInstanceOf(DirectoryUnreachable.class);
        assertThat(manager.authenticate(login(DemoAccounts.STAFF, DemoContext.PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void aDirectoryThatDoesNotAnswerFailsTheSignInAfterItsTimeout() throws IOException {
        // accepts connections and never answers: the read timeout (5 s) has to end the attempt
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        toClose.add(silent);
        Thread.ofVirtual().start(() -> {
            List<Socket> held = new ArrayList<>();
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
        AuthenticationManager manager = manager(ldap.directory("ldap://127.0.0.1:" + silent.getLocalPort()));

        long started = System.nanoTime();
        assertThatThrownBy(() -> manager.authenticate(login(ldap.email("dan"), LdapServer.PASSWORD)))
                .hasCauseInstanceOf(DirectoryUnreachable.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // 5 s of timeout plus the local password check; a hang would take minutes
        assertThat(took).isLessThan(Duration.ofSeconds(8));
    }
}
