package org.psoportal.security;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Fresh people with exactly one role, and running code as one of them (or as an anonymous visitor). */
@Component
public class SecurityFixture {

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    SecurityFixture(JdbcTemplate jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A new active person holding only {@code role}; returns the e-mail (the sign-in name). */
    public String newPerson(Role role, String name) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@sec.example";
        jdbc.update("INSERT INTO person (full_name, email, password_hash, active, created_at, version) "
                + "VALUES (?, ?, 'x', TRUE, NOW(6), 0)", name, email);
        jdbc.update("INSERT INTO person_role (person_id, role) VALUES (?, ?)", personId(email), role.name());
        return email;
    }

    public long personId(String email) {
        return jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, email);
    }

    /** Runs as the person with this e-mail, or as an anonymous visitor when {@code email} is null. */
    public <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            if (email == null) {
                context.setAuthentication(new AnonymousAuthenticationToken("anonymous", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            } else {
                UserDetails user = users.loadUserByUsername(email);
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()));
            }
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
