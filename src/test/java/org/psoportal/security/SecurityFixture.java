package org.psoportal.security;

import java.util.UUID;
import java.util.function.Supplier;
import org.psoportal.testsupport.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Fresh people with exactly one role, and running code as one of them (or as an anonymous visitor). */
@Component
public class SecurityFixture {

    private final JdbcTemplate jdbc;
    private final RunAs runAs;

    SecurityFixture(JdbcTemplate jdbc, RunAs runAs) {
        this.jdbc = jdbc;
        this.runAs = runAs;
    }

    /** A new active person holding only {@code role}; returns the e-mail (the sign-in name). */
    public String newPerson(Role role, String name) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@sec.example";
        jdbc.update(
                "INSERT INTO person (full_name, email, password_hash, active, created_at, version) "
                        + "VALUES (?, ?, 'x', TRUE, NOW(6), 0)",
                name,
                email);
        jdbc.update("INSERT INTO person_role (person_id, role) VALUES (?, ?)", personId(email), role.name());
        return email;
    }

    public long personId(String email) {
        return jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, email);
    }

    /** Runs as the person with this e-mail, or as an anonymous visitor when {@code email} is null. */
    public <T> T as(String email, Supplier<T> work) {
        return runAs.call(email, work);
    }

    public void run(String email, Runnable work) {
        runAs.run(email, work);
    }
}
