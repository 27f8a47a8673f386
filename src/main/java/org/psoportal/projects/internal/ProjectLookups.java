package org.psoportal.projects.internal;

import java.util.Collection;
import java.util.List;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.projects.ProjectSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Codes and names of many projects by id, in plain SQL: a JPQL query with a list parameter is translated anew on
 * every call, and this lookup runs behind every board page (see {@code PersonLookups}).
 */
@Component
public class ProjectLookups {

    private final JdbcClient jdbc;

    ProjectLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The projects among {@code ids} that exist, in no particular order; none for no ids. */
    public List<ProjectSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, code, name, status FROM project WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new ProjectSummary(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        ProjectStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
