package bango.network.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Plain HTTP calls to a service on loopback, for the services' unit tests. {@link HttpURLConnection}
 * rather than {@code java.net.http}: it starts at once, which matters when the tests run again for
 * every mutant.
 */
public final class HttpCalls {

    /** A reply: its status and its JSON body ({@code null} if it had none). */
    public record Reply(int status, JsonNode body) {
        /** The error type of a refused request. */
        public String type() {
            return body.get("type").asText();
        }

        /** The error detail of a refused request. */
        public String detail() {
            return body.get("detail").asText();
        }
    }

    private HttpCalls() {
    }

    public static Reply post(URI base, String path, String json) throws IOException {
        return send(base, path, "POST", json);
    }

    public static Reply get(URI base, String path) throws IOException {
        return send(base, path, "GET", null);
    }

    public static Reply send(URI base, String path, String method, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) base.resolve(path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(10_000);
        c.setRequestProperty("Connection", "close"); // an idle kept-alive connection would delay the server's stop
        if (json != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        byte[] body = in == null ? new byte[0] : in.readAllBytes();
        if (in != null) {
            in.close();
        }
        return new Reply(status, body.length == 0 ? null : JsonHttpServer.JSON.readTree(body));
    }

    /** {@code value} as JSON text (a message or a batch of them). */
    public static String json(Object value) {
        try {
            return JsonHttpServer.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
