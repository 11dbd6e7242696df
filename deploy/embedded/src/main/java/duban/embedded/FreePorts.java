package duban.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Local TCP ports: finding unused ones, and probing whether something listens. */
final class FreePorts {

    static final String LOOPBACK = "127.0.0.1";

    private FreePorts() {
    }

    /**
     * A port nobody listens on right now. The port is released before returning, so a caller that
     * binds it later can still lose a race: callers retry their start on a bind failure.
     */
    static int find() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    /** Two distinct free ports, e.g. a broker's and its controller's. */
    static int[] findTwo() {
        int first = find();
        int second = find();
        while (second == first) {
            second = find();
        }
        return new int[] {first, second};
    }

    /** Whether a TCP connection to the loopback port succeeds. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
