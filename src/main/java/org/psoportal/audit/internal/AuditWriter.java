package org.psoportal.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.psoportal.shared.SafeText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit entries. Every text goes through {@link SafeText#oneLine} here, the one way into the table, so no
 * stored value can hold a line break that would forge a second entry in the view or in an export. Times are
 * written as UTC wall-clock values, whatever the JVM's or the database's time zone.
 */
@Component
public class AuditWriter {

    static final String INSERT = "INSERT INTO audit_event (occurred_at, actor_person_id, actor_label, category,"
            + " action, object_type, object_id, detail, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Writes the entry in a transaction of its own and commits it: a sign-in or a refused access is recorded even
     * when the caller's transaction (the refused service call) then rolls back.
     */
    void writeNow(AuditEntry entry) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT);
            bind(ps, entry);
            return ps;
        }));
    }

    /** Writes entries through the given connection, as part of whatever transaction it is in. */
    public static void write(Connection connection, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (AuditEntry e : entries) {
                bind(ps, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, AuditEntry e) throws SQLException {
        ps.setObject(1, LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
        if (e.actorPersonId() == null) {
            ps.setNull(2, Types.BIGINT);
        } else {
            ps.setLong(2, e.actorPersonId());
        }
        ps.setString(3, SafeText.oneLine(e.actor(), 254));
        ps.setString(4, e.category().name());
        ps.setString(5, SafeText.oneLine(e.action(), 30));
        ps.setString(6, e.objectType() == null ? null : SafeText.oneLine(e.objectType(), 40));
        if (e.objectId() == null) {
            ps.setNull(7, Types.BIGINT);
        } else {
            ps.setLong(7, e.objectId());
        }
        ps.setString(8, e.detail() == null ? null : SafeText.oneLine(e.detail(), 500));
        ps.setString(9, e.remoteAddress() == null ? null : SafeText.oneLine(e.remoteAddress(), 45));
    }
}
