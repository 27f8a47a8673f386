package org.psoportal.shared.db;

import java.time.Instant;

/**
 * What the embedded MariaDB is doing right now, for a readiness probe: {@link #up()} is false while it is being
 * restarted after it stopped unexpectedly, and after it was stopped.
 *
 * @param state running, being restarted by the watchdog, or stopped on purpose
 * @param pid the server process, or -1 when none runs
 * @param port the TCP port on 127.0.0.1 (the same across restarts)
 * @param unexpectedStops how often the server died while it should have been running (each one is restarted)
 * @param lastUnexpectedStop when it last did, or null
 */
public record EmbeddedDatabaseHealth(State state, long pid, int port, int unexpectedStops, Instant lastUnexpectedStop) {

    public enum State {
        /** The server runs and accepts connections. */
        RUNNING,
        /** The server died on its own; the watchdog is starting it again on the same port and data. */
        RESTARTING,
        /** Stopped on purpose (or not started yet): the watchdog leaves it alone. */
        STOPPED
    }

    public boolean up() {
        return state == State.RUNNING;
    }
}
