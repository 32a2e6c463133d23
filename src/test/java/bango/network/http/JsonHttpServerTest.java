package bango.network.http;

import static bango.network.http.HttpCalls.get;
import static bango.network.http.HttpCalls.post;
import static bango.network.http.HttpCalls.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.network.http.HttpCalls.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services' HTTP plumbing: routes, path parameters, typed errors, the body limit. */
@Covers("NET-5")
class JsonHttpServerTest {

    final List<String> calls = new ArrayList<>();
    final List<byte[]> tapped = new ArrayList<>();
    JsonHttpServer server;
    URI base;

    @BeforeEach
    void start() throws Exception {
        server = new JsonHttpServer("test", 64)
                .route("POST", "/v1/echo", (p, body) -> body)
                .route("POST", "/v1/quiet", (p, body) -> {
                    calls.add("quiet " + body);
                    return null;
                })
                .route("GET", "/v1/things/{id}/parts/{part}", (p, body) -> Map.of("id", p[0], "part", p[1]))
                .route("GET", "/v1/things", (p, body) -> List.of("a", "b"))
                .route("GET", "/v1/refuse", (p, body) -> {
                    throw new ApiException(409, "conflict", "it clashes");
                })
                .route("GET", "/v1/fail", (p, body) -> {
                    throw new IllegalStateException("secret detail");
                })
                .route("GET", "/v1/odd", (p, body) -> new Object());
        server.tap(tapped::add);
        server.start(0);
        base = server.uri();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRouteGetsItsBodyAndItsReplyIsJson() throws Exception {
        Reply r = post(base, "/v1/echo", "{\"a\":[1,2]}");
        assertEquals(200, r.status());
        assertEquals("{\"a\":[1,2]}", r.body().toString());
        assertEquals(List.of("a", "b"), List.of(get(base, "/v1/things").body().get(0).asText(),
                get(base, "/v1/things").body().get(1).asText()));
    }

    @Test
    void noReplyIs204AndAnEmptyBodyIsNull() throws Exception {
        Reply r = post(base, "/v1/quiet", "");
        assertEquals(204, r.status());
        assertNull(r.body());
        assertEquals(204, post(base, "/v1/quiet", "[1]").status());
        assertEquals(List.of("quiet null", "quiet [1]"), calls);
    }

    @Test
    void pathParametersArePassedInOrder() throws Exception {
        Reply r = get(base, "/v1/things/7/parts/wheel");
        assertEquals(200, r.status());
        assertEquals("7", r.body().get("id").asText());
        assertEquals("wheel", r.body().get("part").asText());
        assertEquals(404, get(base, "/v1/things/7/wheels/wheel").status());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        Reply unknown = get(base, "/v1/nothing");
        assertEquals(404, unknown.status());
        assertEquals("unknown-path", unknown.type());
        assertEquals("no such endpoint: /v1/nothing", unknown.detail());
        assertEquals(404, get(base, "/").status());
        assertEquals(404, get(base, "/v1/things/7").status());

        Reply wrong = get(base, "/v1/echo");
        assertEquals(405, wrong.status());
        assertEquals("method-not-allowed", wrong.type());
        assertEquals("GET is not allowed on /v1/echo", wrong.detail());
        assertEquals(405, send(base, "/v1/things", "DELETE", null).status());
        assertEquals(List.of(), calls);
    }

    @Test
    void whatJettyRefusesItselfIsATypedErrorToo() throws Exception {
        // An empty path segment is refused before any route sees it (ambiguous under Jetty's URI rules).
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(base + "//v1//things").toURL().openConnection();
        c.setRequestProperty("Connection", "close");
        assertEquals(400, c.getResponseCode());
        assertEquals("application/json", c.getContentType());
        com.fasterxml.jackson.databind.JsonNode body;
        try (java.io.InputStream in = c.getErrorStream()) {
            body = JsonHttpServer.JSON.readTree(in);
        }
        assertEquals("malformed", body.get("type").asText());
        assertTrue(body.get("detail").asText().startsWith("the request is not one this service reads: "), body.toString());
        assertEquals(List.of(), calls);
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        Reply r = post(base, "/v1/quiet", "{not json");
        assertEquals(400, r.status());
        assertEquals("malformed", r.type());
        assertEquals("the body is not JSON", r.detail());
        assertEquals(List.of(), calls);
    }

    @Test
    void aBodyOverTheLimitIs413AndNeverReachesTheRoute() throws Exception {
        String atLimit = "\"" + "x".repeat(62) + "\"";
        assertEquals(64, atLimit.length());
        assertEquals(204, post(base, "/v1/quiet", atLimit).status());

        Reply r = post(base, "/v1/quiet", "\"" + "x".repeat(63) + "\"");
        assertEquals(413, r.status());
        assertEquals("body-too-large", r.type());
        assertEquals("the body exceeds the limit of 64 bytes", r.detail());
        assertEquals(1, calls.size());
        assertEquals(64, server.bytesReceived());
    }

    @Test
    void refusalsAreTypedAndFailuresNameOnlyTheirClass() throws Exception {
        Reply refused = get(base, "/v1/refuse");
        assertEquals(409, refused.status());
        assertEquals("conflict", refused.type());
        assertEquals("it clashes", refused.detail());

        Reply failed = get(base, "/v1/fail");
        assertEquals(500, failed.status());
        assertEquals("internal", failed.type());
        assertEquals("test failed: IllegalStateException", failed.detail());

        Reply odd = get(base, "/v1/odd");
        assertEquals(500, odd.status());
        assertEquals("reply not serialisable", odd.detail());
    }

    @Test
    void theTapSeesEveryBodyAsReceived() throws Exception {
        post(base, "/v1/quiet", "[1, 2]");
        post(base, "/v1/echo", "{}");
        assertEquals(2, tapped.size());
        assertArrayEquals("[1, 2]".getBytes(StandardCharsets.UTF_8), tapped.get(0));
        assertEquals(8, server.bytesReceived());
        assertThrows(NullPointerException.class, () -> server.tap(null));
    }

    @Test
    void routesComeBeforeTheStartAndTheServerStartsOnce() {
        assertThrows(IllegalStateException.class, () -> server.route("GET", "/v1/late", (p, b) -> null));
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> server.start(0));
        assertEquals("test is already started", twice.getMessage());
        assertEquals("test", server.name());
        assertEquals("JsonHttpServer[test]", server.toString());
        assertTrue(base.toString().startsWith("http://127.0.0.1:"), base.toString());
    }

    @Test
    void itListensOnTheGivenPortUntilClosed() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String name = "fixed" + System.nanoTime(); // no thread of an earlier run carries it
        JsonHttpServer s = new JsonHttpServer(name).route("GET", "/v1/x", (p, b) -> List.of(1)).start(port);
        URI at = s.uri();
        assertEquals(URI.create("http://127.0.0.1:" + port), at);
        assertEquals(200, get(at, "/v1/x").status());
        // on loopback only: another loopback address of the same machine does not reach it
        assertThrows(java.io.IOException.class, () -> get(URI.create("http://127.0.0.2:" + port), "/v1/x"));
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(name + "-")),
                "the service's threads carry its name");
        s.close();
        assertThrows(java.net.ConnectException.class, () -> get(at, "/v1/x"));
    }

    @Test
    void theLimitIsPositiveAndTheDefaultIsFourMebibytes() {
        assertThrows(IllegalArgumentException.class, () -> new JsonHttpServer("x", 0));
        assertThrows(NullPointerException.class, () -> new JsonHttpServer(null, 1));
        new JsonHttpServer("x", 1).close(); // never started: nothing to stop
        assertEquals(4 * 1024 * 1024, JsonHttpServer.DEFAULT_MAX_BODY);
    }

    @Test
    void anErrorStatusIs4xxOr5xx() {
        assertEquals(400, ApiException.badRequest("t", "d").status());
        assertEquals(404, ApiException.notFound("t", "d").status());
        ApiException e = ApiException.unprocessable("t", "d");
        assertEquals(422, e.status());
        assertEquals("t", e.type());
        assertEquals("d", e.getMessage());
        assertEquals(599, new ApiException(599, "t", "d").status());
        assertThrows(IllegalArgumentException.class, () -> new ApiException(399, "t", "d"));
        assertThrows(IllegalArgumentException.class, () -> new ApiException(600, "t", "d"));
    }
}
