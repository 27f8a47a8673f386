package org.psoportal.shared.db;

import java.util.List;
import liquibase.changelog.ChangeSet;
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

    private final SerialisedSpringLiquibase migration;
    private volatile boolean migrated;

    SchemaHealthIndicator(SerialisedSpringLiquibase migration) {
        super("Schema migration check failed");
        this.migration = migration;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        if (!migrated) {
            List<ChangeSet> unrun = migration.unrunChangeSets();
            if (!unrun.isEmpty()) {
                builder.down().withDetail("unrunChangeSets", unrun.size());
                return;
            }
            migrated = true;
        }
        builder.up();
    }
}
