package org.psoportal.shared.db;

import java.util.Locale;

/**
 * Where a backup or restore connects: the portal's own database, external or embedded, in the terms of MariaDB's
 * command-line clients. {@code tls} mirrors what the JDBC URL asks of the driver, so the clients connect the way
 * the portal does.
 */
record DatabaseAddress(String jdbcUrl, String host, int port, String database, String user, String password, Tls tls) {

    /** TLS as the MariaDB JDBC driver's {@code sslMode} asks for it (the driver's default is no TLS). */
    enum Tls {
        OFF,
        TRUST,
        VERIFY
    }

    @Override
    public String toString() {
        // never the password
        return user + "@" + host + ":" + port + "/" + database;
    }

    /**
     * Reads {@code jdbc:mariadb://host[:port]/database[?options]} (or {@code jdbc:mysql:}). A URL naming several hosts
     * (failover, replication) is refused: a backup must say which server it read.
     */
    static DatabaseAddress fromJdbcUrl(String url, String user, String password) {
        String rest;
        if (url.startsWith("jdbc:mariadb://")) {
            rest = url.substring("jdbc:mariadb://".length());
        } else if (url.startsWith("jdbc:mysql://")) {
            rest = url.substring("jdbc:mysql://".length());
        } else {
            throw new IllegalArgumentException(
                    "The database URL must look like jdbc:mariadb://host:port/database, not " + url);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("The database URL names no database: " + url);
        }
        String authority = rest.substring(0, slash);
        String path = rest.substring(slash + 1);
        int question = path.indexOf('?');
        String database = question < 0 ? path : path.substring(0, question);
        String options = question < 0 ? "" : path.substring(question + 1);
        if (authority.contains(",") || authority.contains("(") || authority.contains("@")) {
            throw new IllegalArgumentException(
                    "A backup connects to one server: give PSO_DB_URL with a single host:port, not " + authority);
        }
        if (database.isBlank()) {
            throw new IllegalArgumentException("The database URL names no database: " + url);
        }
        String host = authority;
        int port = 3306;
        int colon = authority.lastIndexOf(':');
        if (colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            port = Integer.parseInt(authority.substring(colon + 1));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isBlank()) {
            host = "localhost";
        }
        return new DatabaseAddress(
                url, host, port, database, user == null ? "" : user, password == null ? "" : password, tls(options));
    }

    /** The embedded server of {@link EmbeddedMariaDb} listening on {@code port}. */
    static DatabaseAddress embedded(int port, String password) {
        return new DatabaseAddress(
                "jdbc:mariadb://127.0.0.1:" + port + "/" + EmbeddedMariaDb.DATABASE,
                "127.0.0.1",
                port,
                EmbeddedMariaDb.DATABASE,
                EmbeddedMariaDb.USER,
                password,
                Tls.OFF);
    }

    private static Tls tls(String options) {
        for (String option : options.split("&")) {
            int eq = option.indexOf('=');
            String key = (eq < 0 ? option : option.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = (eq < 0 ? "" : option.substring(eq + 1)).toLowerCase(Locale.ROOT);
            if (key.equals("sslmode")) {
                return switch (value) {
                    case "verify-ca", "verify-full" -> Tls.VERIFY;
                    case "trust" -> Tls.TRUST;
                    default -> Tls.OFF;
                };
            }
        }
        return Tls.OFF;
    }
}
