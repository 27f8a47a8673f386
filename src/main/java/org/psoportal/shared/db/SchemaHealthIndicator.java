package org.psoportal.shared.db;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness part "schema": every changeset this build knows has been applied to the database. An instance whose
 * schema is behind (another instance is still migrating, or the migration failed half-way) must not take traffic.
 * Once it is up to date it stays so (changesets are never taken back), so the answer is then kept and the probe
 * costs nothing; only while it is behind is the changelog compared with the database again at each probe.
 */
@Component("schemaHealthIndicator")
class SchemaHealthIndicator extends AbstractHealthIndicator {

    private final DataSource dataSource;
    private final String changeLog;
    private volatile boolean migrated;

    SchemaHealthIndicator(
            DataSource dataSource,
            @Value("${spring.liquibase.change-log:classpath:db/changelog/db.changelog-master.yaml}") String changeLog) {
        super("Schema migration check failed");
        this.dataSource = dataSource;
        this.changeLog = changeLog.replaceFirst("^classpath:", "");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        if (!migrated) {
            List<ChangeSet> unrun = unrunChangeSets();
            if (!unrun.isEmpty()) {
                builder.down().withDetail("unrunChangeSets", unrun.size());
                return;
            }
            migrated = true;
        }
        builder.up();
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the documented way to list unrun changesets in 4.x
    private List<ChangeSet> unrunChangeSets() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(changeLog, new ClassLoaderResourceAccessor(), database)) {
                return liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            }
        }
    }
}
