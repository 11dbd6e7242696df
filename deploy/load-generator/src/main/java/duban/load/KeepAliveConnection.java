package duban.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection, used by one thread at a time: a request is written, its whole answer
 * read (Content-Length or chunked), and the socket kept for the next. The generator shares the machine with
 * the system it measures, and a general-purpose client spent more of its cores per request than the
 * services' own HTTP layer; this one costs little beyond the socket calls. Not a general client: no TLS,
 * no redirects, no 1xx answers other than none at all.
 */
final class KeepAliveConnection implements AutoCloseable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final URI base;
    private final Duration timeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI base, Duration timeout) {
        if (!"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("only http:// addresses are supported: " + base);
        }
        this.base = base;
        this.timeout = timeout;
    }

    /** Sends one request (body null for none) and returns its status and body as UTF-8 text. */
    TasksApi.Answer exchange(String method, String path, String contentType, String token, String body)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(512)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(port()).append("\r\n")
                .append("Accept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            connect();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return readAnswer();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private TasksApi.Answer readAnswer() throws IOException {
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = parts[0].equals("HTTP/1.0");
        int headBytes = statusLine.length();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            headBytes += line.length();
            if (headBytes > MAX_HEAD_BYTES) {
                throw new IOException("answer head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunked();
        } else if (length >= 0) {
            body = in.readNBytes(Math.toIntExact(length));
            if (body.length != length) {
                throw new EOFException("answer body ended after " + body.length + " of " + length + " bytes");
            }
        } else if (status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new TasksApi.Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("chunk ended after " + chunk.length + " of " + size + " bytes");
            }
            body.write(chunk);
            readLine();
        }
    }

    /** A line of the answer's head, without its CR LF (the head is ASCII). */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the middle of an answer");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() > MAX_HEAD_BYTES) {
                throw new IOException("answer line longer than " + MAX_HEAD_BYTES + " bytes");
            }
            line.append((char) b);
        }
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        Socket fresh = new Socket();
        fresh.setTcpNoDelay(true);
        fresh.connect(new InetSocketAddress(base.getHost(), port()), (int) Math.min(timeout.toMillis(), 5000));
        fresh.setSoTimeout((int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
        socket = fresh;
        in = new BufferedInputStream(fresh.getInputStream(), 16 * 1024);
        out = fresh.getOutputStream();
    }

    private int port() {
        return base.getPort() > 0 ? base.getPort() : 80;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
