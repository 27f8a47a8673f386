package org.psoportal.largedata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows as multi-row {@code INSERT ... VALUES (..), (..), ...} statements of up to {@code rowsPerStatement}
 * rows: one round trip and one parse per few hundred rows, whatever the driver's batch settings.
 */
final class BatchInsert implements AutoCloseable {

    private static final int MAX_PARAMETERS = 30_000;
    private static final int MAX_ROWS = 1_000;
    private static final int COMMIT_EVERY = 20;

    private final Connection connection;
    private final String table;
    private final java.util.Map<String, Long> written;
    private final String head;
    private final String rowPlaceholders;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;
    private long rows;
    private int statements;

    /** @param written receives the table's row count when this closes */
    BatchInsert(java.util.Map<String, Long> written, Connection connection, String table, String... columnNames) {
        this.connection = connection;
        this.table = table;
        this.written = written;
        this.columns = columnNames.length;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ";
        this.rowPlaceholders = "(" + "?,".repeat(columns - 1) + "?)";
        this.rowsPerStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / columns));
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            write(full);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                    write(rest);
                }
            }
            connection.commit();
            written.merge(table, rows, Long::sum);
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private void write(PreparedStatement statement) throws SQLException {
        int i = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(i++, jdbcValue(value));
            }
        }
        statement.executeUpdate();
        rows += pending.size();
        pending.clear();
        if (++statements % COMMIT_EVERY == 0) {
            connection.commit();
        }
    }

    private String sql(int rowCount) {
        StringBuilder sb = new StringBuilder(head.length() + rowCount * (rowPlaceholders.length() + 1));
        sb.append(head);
        for (int r = 0; r < rowCount; r++) {
            sb.append(r == 0 ? "" : ",").append(rowPlaceholders);
        }
        return sb.toString();
    }

    /** Instants are stored as UTC DATETIME(6), as Hibernate writes them (hibernate.jdbc.time_zone=UTC). */
    private static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }
}
