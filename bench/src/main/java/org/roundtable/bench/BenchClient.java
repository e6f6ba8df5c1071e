package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A client of the server's HTTP API logged in as one user (HTTP Basic), that times every request from
 * just before it is sent to just after its whole answer has arrived.
 *
 * <p>It speaks HTTP/1.1 over plain sockets kept alive, one request at a time on each, as wrk does, because
 * it shares the server's cores: the JDK's HttpClient spent 0.34 ms of CPU per vote on its asynchronous
 * machinery, a quarter of what the server spent, and the benchmark measured 737 votes/s where wrk, on the
 * same server, measured 1,062.
 */
final class BenchClient {

    /** The header in which every write answers its partnership's stream sequence. */
    static final String SEQUENCE = "Roundtable-Sequence";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_TIMEOUT_MILLIS = (int) Duration.ofMinutes(10).toMillis();
    /**
     * A connection idle for longer is not reused: the server closes idle ones after its connection timeout
     * (5 s), and a request sent on a connection it is closing would be lost.
     */
    private static final long IDLE_NANOS = Duration.ofSeconds(2).toNanos();

    private final int port;
    private final String head;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

    BenchClient(int port, String user, String password) {
        this.port = port;
        this.head = "Host: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    private Response send(String method, String path, String json) {
        String request = method + " " + path;
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String headers = request + " HTTP/1.1\r\n" + head
                + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                + "\r\n";
        byte[] headerBytes = headers.getBytes(StandardCharsets.ISO_8859_1);
        long sent = System.nanoTime();
        try {
            Connection connection = connection(sent);
            Answer answer;
            try {
                answer = connection.exchange(headerBytes, body);
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
            long answered = System.nanoTime();
            if (answer.keepAlive()) {
                connection.idleSince = answered;
                idle.offerFirst(connection);
            } else {
                connection.close();
            }
            return new Response(request, answer.status(), answer.headers(), answer.body(), sent, answered);
        } catch (IOException e) {
            throw new UncheckedIOException(request + " failed", e);
        }
    }

    /** The most recently used connection that is still fresh, or a new one. */
    private Connection connection(long now) throws IOException {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            if (now - connection.idleSince < IDLE_NANOS) {
                return connection;
            }
            connection.close();
        }
        return new Connection(port);
    }

    /** An answer as read from the wire: header names in lower case. */
    private record Answer(int status, Map<String, String> headers, String body, boolean keepAlive) {}

    /** One keep-alive connection to the server. */
    private static final class Connection implements Closeable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private long idleSince;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        Answer exchange(byte[] headers, byte[] body) throws IOException {
            byte[] request = new byte[headers.length + body.length];
            System.arraycopy(headers, 0, request, 0, headers.length);
            System.arraycopy(body, 0, request, headers.length, body.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            Map<String, String> answerHeaders = new HashMap<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                answerHeaders.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            boolean keepAlive = !"close".equalsIgnoreCase(answerHeaders.get("connection"));
            byte[] answer;
            String length = answerHeaders.get("content-length");
            if ("chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding"))) {
                answer = chunked();
            } else if (length != null) {
                answer = exactly(Integer.parseInt(length));
            } else if (status == 204 || status == 304 || status < 200) {
                answer = new byte[0];
            } else {
                // Neither length nor chunks: the body ends with the connection.
                answer = in.readAllBytes();
                keepAlive = false;
            }
            return new Answer(status, answerHeaders, new String(answer, StandardCharsets.UTF_8), keepAlive);
        }

        private byte[] chunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int extension = sizeLine.indexOf(';');
                int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
                if (size == 0) {
                    // Trailers, if any, up to the empty line that ends the message.
                    String trailer;
                    do {
                        trailer = line();
                    } while (!trailer.isEmpty());
                    return body.toByteArray();
                }
                body.write(exactly(size));
                if (!line().isEmpty()) {
                    throw new IOException("A chunk did not end with CRLF");
                }
            }
        }

        private byte[] exactly(int length) throws IOException {
            byte[] bytes = in.readNBytes(length);
            if (bytes.length < length) {
                throw new EOFException("The connection ended " + (length - bytes.length) + " bytes before the body");
            }
            return bytes;
        }

        /** A line of the head, without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("The connection ended inside an answer's head: " + line);
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Nothing more to read or write on it either way.
            }
        }
    }

    /**
     * An answer and when it came.
     *
     * @param request       method and path, for messages
     * @param status        the HTTP status
     * @param headers       the answer's headers, their names in lower case
     * @param body          the whole body, as UTF-8
     * @param sentNanos     System.nanoTime just before sending
     * @param answeredNanos System.nanoTime once the whole body had arrived
     */
    record Response(
            String request, int status, Map<String, String> headers, String body, long sentNanos, long answeredNanos) {

        long durationNanos() {
            return answeredNanos - sentNanos;
        }

        /** This answer, after checking that its status is {@code expected}: any other answer stops the benchmark. */
        Response expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException(
                        "%s answered %d instead of %d: %s".formatted(request, status, expected, body));
            }
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(request + " answered no JSON: " + body, e);
            }
        }

        /** The stream sequence a write answered. */
        long sequence() {
            String sequence = headers.get(SEQUENCE.toLowerCase(Locale.ROOT));
            if (sequence == null) {
                throw new IllegalStateException(request + " answered no " + SEQUENCE + " header");
            }
            return Long.parseLong(sequence);
        }
    }
}
