package bango.network.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Query parameters and replies that complete later (long polls): the response waits for the
 * reply's completion, a failed reply is a typed error as a thrown one would be, and a waiting
 * reply holds no server thread.
 */
class JsonHttpServerAsyncTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicReference<Map<String, String>> seenQuery = new AtomicReference<>();
    private final CompletableFuture<Object> later = new CompletableFuture<>();
    private JsonHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new JsonHttpServer("async-test")
                .route("GET", "/v1/echo/{id}", (params, query, body) -> {
                    seenQuery.set(query);
                    return Map.of("id", params[0], "query", query);
                })
                .route("GET", "/v1/later", (params, query, body) -> later)
                .route("GET", "/v1/refused-later", (params, query, body) ->
                        CompletableFuture.failedFuture(ApiException.notFound("unknown-serial", "no such serial")))
                .route("GET", "/v1/broken-later", (params, query, body) ->
                        CompletableFuture.supplyAsync(() -> {
                            throw new IllegalStateException("secret detail");
                        }))
                .route("GET", "/v1/nothing-later", (params, query, body) -> CompletableFuture.completedFuture(null))
                .start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(java.time.Duration.ofSeconds(10))
                .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JsonHttpServer.JSON.readTree(r.body());
    }

    @Test
    void queryParametersReachTheRouteAndAreEmptyWithoutAQuery() throws Exception {
        HttpResponse<String> r = get("/v1/echo/7?wait=500&x=a%20b");
        assertEquals(200, r.statusCode());
        assertEquals("7", json(r).get("id").asText());
        assertEquals(Map.of("wait", "500", "x", "a b"), seenQuery.get());
        assertEquals(200, get("/v1/echo/8").statusCode());
        assertEquals(Map.of(), seenQuery.get());
    }

    @Test
    void theResponseWaitsForALaterReply() throws Exception {
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.uri() + "/v1/later")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertFalse(pending.isDone(), "no response before the reply completes");
        later.complete(Map.of("state", "provided"));
        HttpResponse<String> r = pending.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("provided", json(r).get("state").asText());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void manyWaitingRepliesHoldNoThreads() throws Exception {
        // More waiting requests than the server has threads (64): another request is still served.
        CompletableFuture<?>[] waiting = new CompletableFuture<?>[100];
        for (int k = 0; k < waiting.length; k++) {
            waiting[k] = client.sendAsync(HttpRequest.newBuilder(URI.create(server.uri() + "/v1/later")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        Thread.sleep(300);
        HttpResponse<String> r = get("/v1/echo/1");
        assertEquals(200, r.statusCode());
        later.complete(Map.of("state", "held"));
        for (CompletableFuture<?> w : waiting) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> done = (HttpResponse<String>) w.get(10, TimeUnit.SECONDS);
            assertEquals(200, done.statusCode());
        }
    }

    @Test
    void aFailedLaterReplyIsATypedErrorOrAnInternalOneWithoutItsDetail() throws Exception {
        HttpResponse<String> refused = get("/v1/refused-later");
        assertEquals(404, refused.statusCode());
        assertEquals("unknown-serial", json(refused).get("type").asText());
        HttpResponse<String> broken = get("/v1/broken-later");
        assertEquals(500, broken.statusCode());
        assertEquals("internal", json(broken).get("type").asText());
        assertTrue(json(broken).get("detail").asText().contains("IllegalStateException"));
        assertFalse(broken.body().contains("secret detail"), "the failure's message is not passed on");
        HttpResponse<String> nothing = get("/v1/nothing-later");
        assertEquals(204, nothing.statusCode());
        assertEquals("", nothing.body());
    }
}
