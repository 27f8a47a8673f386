package org.psoportal.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port for a server that another process will open later (a packaged portal, Redis, the test OpenID provider).
 *
 * <p>Why not {@code new ServerSocket(0)}: that port comes from the kernel's ephemeral range and is free again the
 * moment the socket closes, so anything else that asks for port 0 before our server binds it can be handed the same
 * number. CI saw exactly that: a packaged portal's embedded MariaDB (which asks for port 0) took the web port chosen
 * for that portal, and the portal failed with "Port … was already in use". Ports below the ephemeral range (Linux:
 * 32768–60999) are never handed out for port 0, so only another explicit choice could collide, and a random pick
 * among twelve thousand that is checked to be free makes that vanishingly rare.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;

    private FreePorts() {}

    /** A port below the ephemeral range that nothing listens on now. */
    public static int belowEphemeralRange() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No free port between " + FIRST + " and " + LAST);
    }
}
