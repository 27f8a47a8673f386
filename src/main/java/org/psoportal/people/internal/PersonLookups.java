package org.psoportal.people.internal;

import java.util.Collection;
import java.util.List;
import org.psoportal.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names and activity of many people by id, in plain SQL. Hibernate translates a JPQL query with a list parameter
 * ({@code in :ids}) to SQL anew on every call; these lookups run behind every board, directory and week page, so
 * they skip that translation (docs/performance.md, "Query translations").
 */
@Component
public class PersonLookups {

    private final JdbcClient jdbc;

    PersonLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The people among {@code ids} that exist, in no particular order; none for no ids. */
    public List<PersonSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, full_name, email FROM person WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new PersonSummary(rs.getLong("id"), rs.getString("full_name"), rs.getString("email")))
                .list();
    }

    /** The ids among {@code ids} of people who are active (may sign in). */
    public List<Long> activeIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM person WHERE id IN (:ids) AND active")
                .param("ids", ids)
                .query(Long.class)
                .list();
    }
}
