package bango.network.http;

import static bango.network.http.HttpCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.network.http.HttpCalls.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routes whose body a reader reads are run on the connection's I/O thread once the whole body is
 * in: a body that arrives in pieces is waited for without holding a thread, one of unknown length
 * (chunked) or over the limit goes the pool's way, and one cut short never reaches the route.
 */
@Covers("NET-5")
class JsonHttpServerInlineTest {

    final List<String> seen = new CopyOnWriteArrayList<>();
    JsonHttpServer server;
    URI base;

    @BeforeEach
    void start() throws Exception {
        server = new JsonHttpServer("inline", 64)
                .route("POST", "/v1/words", body -> new String(body, StandardCharsets.UTF_8), (p, query, text) -> {
                    seen.add(text);
                    return List.of(text.length());
                });
        server.start(0);
        base = server.uri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBodyInOnePieceReachesTheRoute() throws Exception {
        Reply r = post(base, "/v1/words", "\"hello\"");
        assertEquals(200, r.status());
        assertEquals(7, r.body().get(0).asInt());
        assertEquals(List.of("\"hello\""), seen);
        assertEquals(7, server.bytesReceived());
    }

    @Test
    void aBodyInPiecesIsReadToItsEndBeforeTheRoute() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(head("Content-Length: 10"));
            out.write("\"abc".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            TimeUnit.MILLISECONDS.sleep(150);
            assertEquals(List.of(), seen, "the route waits for the whole body");
            out.write("defgh\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = readAll(s.getInputStream());
            assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
            assertTrue(reply.endsWith("[10]"), reply);
        }
        assertEquals(List.of("\"abcdefgh\""), seen);
    }

    @Test
    void aChunkedBodyIsReadToo() throws Exception {
        String reply = exchange("Transfer-Encoding: chunked", "3\r\n\"ab\r\n", "2\r\nc\"\r\n0\r\n\r\n");
        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        assertTrue(reply.endsWith("[5]"), reply);
        assertEquals(List.of("\"abc\""), seen);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String over = "\"" + "x".repeat(63) + "\"";
        Reply declared = post(base, "/v1/words", over);
        assertEquals(413, declared.status());
        assertEquals("body-too-large", declared.type());
        String chunked = exchange("Transfer-Encoding: chunked", "41\r\n" + over + "\r\n0\r\n\r\n");
        assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        assertTrue(chunked.contains("body-too-large"), chunked);
        assertEquals(List.of(), seen);
        assertEquals(0, server.bytesReceived());
    }

    @Test
    void aBodyCutShortNeverReachesTheRoute() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(head("Content-Length: 20"));
            out.write("\"abc".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.shutdownOutput(); // the client gives up mid-body
            readAll(s.getInputStream());
        }
        // a later request is served: the connection's thread was not left waiting
        assertEquals(200, post(base, "/v1/words", "\"x\"").status());
        assertEquals(List.of("\"x\""), seen);
    }

    /** Sends a request with {@code framing} whose body comes in {@code pieces}, 100 ms apart; the whole reply. */
    private String exchange(String framing, String... pieces) throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(head(framing));
            for (int k = 0; k < pieces.length; k++) {
                if (k > 0) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                out.write(pieces[k].getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return readAll(s.getInputStream());
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(base.getHost(), base.getPort());
        s.setSoTimeout(10_000);
        return s;
    }

    private static byte[] head(String framing) {
        return ("POST /v1/words HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
