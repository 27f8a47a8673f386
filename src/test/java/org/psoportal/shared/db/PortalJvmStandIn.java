package org.psoportal.shared.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A portal JVM reduced to its embedded database, for {@link EmbeddedMariaDbKilledPortalTest}: starts the server in
 * the directory given as the only argument, writes a row, prints {@code READY <port>} and waits to be killed.
 */
public final class PortalJvmStandIn {

    private PortalJvmStandIn() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]));
        try (var c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, db.password());
                var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS survivor (v VARCHAR(40))");
            s.execute("INSERT INTO survivor VALUES ('written before kill -9')");
        }
        System.out.println("READY " + db.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
