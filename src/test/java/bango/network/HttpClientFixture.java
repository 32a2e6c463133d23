package bango.network;

import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A business system's view of an intermediate server: plain HTTP with JSON. */
final class HttpClientFixture {

    record Reply(int status, JsonNode body) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static Reply post(URI base, String path, String json) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JsonHttpServer.JSON.readTree(r.body()));
    }

    static Reply get(URI base, String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JsonHttpServer.JSON.readTree(r.body()));
    }

    /** Polls the inquiry until it leaves {@code sent} (or 10 s pass). */
    static JsonNode await(URI base, long serial) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Reply r = get(base, "/v1/inquiries/" + serial);
            if (!r.body().get("state").asText().equals("sent") || System.nanoTime() > deadline) {
                return r.body();
            }
            Thread.sleep(5);
        }
    }

    private HttpClientFixture() {
    }
}
