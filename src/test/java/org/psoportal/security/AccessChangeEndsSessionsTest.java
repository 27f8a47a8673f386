package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.PersonFilter;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.security.internal.ActiveSessions;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Authorisation follows a change at once: removing a role, a password reset by the head or the person's own password
 * change end that person's other open sessions (ASVS 5.0 7.4). Sessions are real servlet sessions registered with
 * {@link ActiveSessions} as the container registers them; requests go through the portal's real security filter chain.
 */
@IntegrationTest
class AccessChangeEndsSessionsTest {

    @Autowired
    PersonService people;

    @Autowired
    SecurityFixture security;

    @Autowired
    ActiveSessions sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("springSecurityFilterChain") Filter securityFilterChain;

    private PersonRow newPerson(String password, Role... roles) {
        PersonForm form = new PersonForm();
        form.setFullName("Session Holder");
        form.setEmail("holder-" + UUID.randomUUID() + "@pso.example");
        form.setRoles(EnumSet.of(roles[0], roles));
        return security.as(DemoAccounts.HEAD, () -> people.create(form, password));
    }

    /** A signed-in session of that person, as the login form leaves it, known to {@link ActiveSessions}. */
    private MockHttpSession signedInSession(String email) {
        var user = users.loadUserByUsername(email);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    /**
     * Sends a request of this session through the portal's security filter chain and, behind it, calls the head's
     * people service; returns who the request ran as when it got through, or null when it was turned away.
     */
    private Authentication requestOfSession(MockHttpSession session, AtomicReference<Long> count) throws Exception {
        // a path the chain lets through for any signed-in person (a booking's .ics): the views' own route checks
        // need the Vaadin servlet, which this test context does not run; the head service is called behind it
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/calendar/booking/1.ics");
        request.setServletPath("/calendar/booking/1.ics");
        request.setSession(session);
        AtomicReference<Authentication> ranAs = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilterChain.doFilter(request, response, (req, res) -> {
            ranAs.set(SecurityContextHolder.getContext().getAuthentication());
            count.set(people.count(PersonFilter.ALL));
        });
        SecurityContextHolder.clearContext();
        return ranAs.get();
    }

    @Test
    void aRoleRemovedWhileASessionIsOpenEndsThatSession() throws Exception {
        PersonRow person = newPerson("session-password-1", Role.HEAD, Role.STAFF);
        MockHttpSession open = signedInSession(person.email());
        AtomicReference<Long> count = new AtomicReference<>();
        Authentication before = requestOfSession(open, count);
        assertThat(before).isNotNull();
        assertThat(before.getAuthorities()).extracting(Object::toString).contains("ROLE_HEAD");
        assertThat(count.get()).isPositive();

        PersonForm withoutHead = security.as(DemoAccounts.HEAD, () -> people.loadForm(person.id()));
        withoutHead.setRoles(EnumSet.of(Role.STAFF));
        security.run(DemoAccounts.HEAD, () -> people.update(person.id(), withoutHead, ""));

        // at once: marked ended, so its next request is anonymous even before the ending thread has invalidated it
        count.set(null);
        Authentication after = requestOfSession(open, count);
        assertThat(after == null
                        || !after.isAuthenticated()
                        || after.getAuthorities().stream()
                                .noneMatch(a -> a.getAuthority().equals("ROLE_HEAD")))
                .isTrue();
        assertThat(count.get()).as("the head service was not reached").isNull();
        await().atMost(Duration.ofSeconds(5)).until(open::isInvalid);
        // and a head service called as the person now refuses them
        assertThatThrownBy(() -> security.as(person.email(), () -> people.count(PersonFilter.ALL)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anOldSessionIsEndedWhenTheHeadResetsThePassword() {
        PersonRow person = newPerson("session-password-2", Role.STAFF);
        MockHttpSession first = signedInSession(person.email());
        MockHttpSession second = signedInSession(person.email());
        MockHttpSession someoneElse = signedInSession(DemoAccounts.STAFF);

        security.run(DemoAccounts.HEAD, () -> people.setPassword(person.id(), "a-fresh-passphrase-3"));

        await().atMost(Duration.ofSeconds(5)).until(() -> first.isInvalid() && second.isInvalid());
        assertThat(someoneElse.isInvalid()).isFalse();
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsTheCurrentOne() {
        PersonRow person = newPerson("session-password-4", Role.HEAD);
        MockHttpSession current = signedInSession(person.email());
        MockHttpSession elsewhere = signedInSession(person.email());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            PersonForm own = security.as(person.email(), () -> people.loadForm(person.id()));
            security.run(person.email(), () -> people.update(person.id(), own, "my-own-new-passphrase"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        await().atMost(Duration.ofSeconds(5)).until(elsewhere::isInvalid);
        assertThat(current.isInvalid()).isFalse();
        assertThat(current.getAttribute(ActiveSessions.ENDED)).isNull();
    }
}
