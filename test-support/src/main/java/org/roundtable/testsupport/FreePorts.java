package org.roundtable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A port of this machine that nothing listens on, for a server a test starts, its PostgreSQL among them. */
public final class FreePorts {

    private FreePorts() {}

    /** Free when asked: the caller binds it soon, before another process happens to take it. */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
