package bango.network.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A JSON service on a loopback port. Routes are matched by method and path ({@code /v1/x/{id}});
 * a refused request gets a typed error body {@code {"type": ..., "detail": ...}} with its status:
 * 400 for a body that is not the JSON the route needs, 404 for an unknown path or resource, 405 for
 * a wrong method, 413 for a body over the limit, 422 for a well-formed request naming unknown
 * things. A route's unexpected failure is a 500 whose detail names the failure's class only.
 */
public final class JsonHttpServer implements AutoCloseable {

    /** Largest request body any service accepts. */
    public static final int DEFAULT_MAX_BODY = 4 * 1024 * 1024;

    /**
     * How every service reads and writes JSON. Blackbird has Jackson reach the messages' fields
     * through generated accessors rather than reflection: the same JSON, less CPU a message.
     */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new BlackbirdModule());

    /** How much of an oversized body is read and thrown away before the connection is dropped. */
    private static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    /**
     * A route as added. An {@code inline} route is run on the connection's own I/O thread, once
     * its whole body is in, rather than handed to the pool: it must not block (it reads memory,
     * queues records and messages, and replies when they complete).
     */
    private record Entry(String method, String path, String[] segments, RawRoute route, boolean inline) {
    }

    /** A route found for a request, with the values of its path parameters. */
    private record Match(Entry entry, String[] params) {
    }

    /** A route as the dispatcher calls it: the body as received (empty when there is none). */
    @FunctionalInterface
    private interface RawRoute {
        Object handle(String[] params, Map<String, String> query, byte[] body) throws Exception;
    }

    /** A route as it was added: its method and its path pattern, e.g. {@code GET /v1/inquiries/{serial}}. */
    public record Endpoint(String method, String path) {
    }

    /**
     * An endpoint that also reads the request's query parameters (e.g. {@code ?wait=500}). Its
     * reply may be a {@link CompletionStage}: the response is written when it completes, without
     * holding a thread meanwhile (a long poll).
     */
    @FunctionalInterface
    public interface QueryRoute {
        Object handle(String[] params, Map<String, String> query, JsonNode body) throws Exception;
    }

    /**
     * Reads a request's body (its bytes, empty when there is none) as what a route needs, or
     * refuses it with a typed 4xx ({@link ApiException}).
     */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(byte[] body);
    }

    /** An endpoint whose body is read by a {@link BodyReader} rather than as a JSON tree; see {@link QueryRoute}. */
    @FunctionalInterface
    public interface TypedRoute<T> {
        Object handle(String[] params, Map<String, String> query, T body) throws Exception;
    }

    private final String name;
    private final List<Entry> routes = new ArrayList<>();
    private final int maxBody;
    private final AtomicLong bytesReceived = new AtomicLong();
    private volatile Consumer<byte[]> tap = b -> { };
    private Server server;

    /**
     * @param name the service's name, for thread names and errors
     * @param maxBody the body limit in bytes
     */
    public JsonHttpServer(String name, int maxBody) {
        this.name = Objects.requireNonNull(name, "name");
        if (maxBody < 1) {
            throw new IllegalArgumentException("the body limit is positive");
        }
        this.maxBody = maxBody;
    }

    public JsonHttpServer(String name) {
        this(name, DEFAULT_MAX_BODY);
    }

    /** Adds a route; {@code path} segments in braces are parameters. Before {@link #start}. */
    public JsonHttpServer route(String method, String path, Route route) {
        Objects.requireNonNull(route, "route");
        return route(method, path, (QueryRoute) (params, query, body) -> route.handle(params, body));
    }

    /** Adds a route that reads query parameters too; see {@link QueryRoute}. Before {@link #start}. */
    public JsonHttpServer route(String method, String path, QueryRoute route) {
        Objects.requireNonNull(route, "route");
        return add(method, path, (params, query, body) -> route.handle(params, query, tree(body)));
    }

    /**
     * Adds a route whose body {@code reader} reads before the route is called (e.g. straight into
     * typed messages, without a JSON tree in between); see {@link QueryRoute}. Before {@link #start}.
     * Such a route is run on the connection's I/O thread once a body of declared length is in (no
     * hand-off to another thread on each of the network's POSTs), so neither {@code reader} nor
     * {@code route} may block: they read memory, queue records and messages, and reply later
     * through a {@link CompletionStage}.
     */
    public <T> JsonHttpServer route(String method, String path, BodyReader<T> reader, TypedRoute<T> route) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(route, "route");
        return add(method, path, (params, query, body) -> route.handle(params, query, reader.read(body)), true);
    }

    private JsonHttpServer add(String method, String path, RawRoute route) {
        return add(method, path, route, false);
    }

    private JsonHttpServer add(String method, String path, RawRoute route, boolean inline) {
        if (server != null) {
            throw new IllegalStateException("routes are added before the server starts");
        }
        routes.add(new Entry(method, path, path.substring(1).split("/"), route, inline));
        return this;
    }

    /**
     * A body as a JSON tree: null when there is none.
     *
     * @throws ApiException 400 {@code malformed} if it is not JSON
     */
    public static JsonNode tree(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("malformed", "the body is not JSON");
        }
    }

    /** The routes added so far, in order (what the service serves; its document in docs/openapi/ is checked against it). */
    public List<Endpoint> endpoints() {
        return routes.stream().map(e -> new Endpoint(e.method(), e.path())).toList();
    }

    /**
     * Sees every request body this service receives, before it is parsed (for tests that must show
     * what a service never receives, e.g. NET-4). Replaces the previous tap.
     */
    public void tap(Consumer<byte[]> tap) {
        this.tap = Objects.requireNonNull(tap, "tap");
    }

    /** Bytes of request bodies received so far. */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    /** Starts listening on 127.0.0.1 at {@code port} (0: any free port). */
    public synchronized JsonHttpServer start(int port) throws Exception {
        if (server != null) {
            throw new IllegalStateException(name + " is already started");
        }
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName(name);
        Server s = new Server(threads);
        ServerConnector connector = new ServerConnector(s, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        s.addConnector(connector);
        s.setHandler(new Dispatch());
        s.setErrorHandler(new TypedErrors());
        s.setStopTimeout(2_000);
        s.start();
        server = s;
        return this;
    }

    /** The service's base address, e.g. {@code http://127.0.0.1:4711}. */
    public URI uri() {
        ServerConnector c = (ServerConnector) server.getConnectors()[0];
        return URI.create("http://127.0.0.1:" + c.getLocalPort());
    }

    public String name() {
        return name;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(name + " did not stop: " + e.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Declared non-blocking, so that Jetty calls it on the connection's I/O thread: it finds the
     * route there, runs an inline route there once the body is in, and hands every other route (and
     * a body of unknown or excessive length) to the pool, where reading and handling may block.
     */
    private final class Dispatch extends Handler.Abstract {
        Dispatch() {
            super(InvocationType.NON_BLOCKING);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Match match;
            try {
                match = routeFor(request);
            } catch (ApiException e) {
                respond(response, callback, null, e);
                return true;
            }
            long declared = request.getLength();
            if (match.entry().inline() && declared >= 0 && declared <= maxBody) {
                Content.Source.asByteArrayAsync(request, maxBody, Promise.Invocable.from(InvocationType.NON_BLOCKING,
                        (byte[] body, Throwable failure) -> {
                            if (failure != null) {
                                respond(response, callback, null, ApiException.badRequest("malformed",
                                        "the body could not be read to its Content-Length"));
                            } else {
                                run(match, request, response, callback, body);
                            }
                        }));
            } else {
                request.getComponents().getExecutor().execute(() -> {
                    byte[] body;
                    try {
                        body = body(request);
                    } catch (Exception e) {
                        respond(response, callback, null, e);
                        return;
                    }
                    run(match, request, response, callback, body);
                });
            }
            return true;
        }

        private void run(Match match, Request request, Response response, Callback callback, byte[] body) {
            Object reply;
            try {
                received(body);
                reply = match.entry().route().handle(match.params(), query(request), body);
            } catch (Exception e) {
                respond(response, callback, null, e);
                return;
            }
            if (reply instanceof CompletionStage<?> later) {
                later.whenComplete((r, failure) -> respond(response, callback, r,
                        failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure));
            } else {
                respond(response, callback, reply, null);
            }
        }

        private void respond(Response response, Callback callback, Object result, Throwable failure) {
            int status;
            Object reply;
            if (failure == null) {
                reply = result;
                status = reply == null ? 204 : 200;
            } else if (failure instanceof ApiException e) {
                status = e.status();
                reply = error(e.type(), e.getMessage());
            } else {
                status = 500;
                reply = error("internal", name + " failed: " + failure.getClass().getSimpleName());
            }
            response.setStatus(status);
            if (reply == null) {
                callback.succeeded();
                return;
            }
            writeJson(response, callback, reply);
        }
    }

    /** Writes {@code reply} as the response's JSON body; one that cannot be written is a 500. */
    private static void writeJson(Response response, Callback callback, Object reply) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(reply);
        } catch (JsonProcessingException e) {
            response.setStatus(500);
            bytes = "{\"type\":\"internal\",\"detail\":\"reply not serialisable\"}".getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /**
     * The errors Jetty answers itself, before a request reaches the routes (a path with an empty
     * segment, a bad header): typed JSON like every other refusal, not Jetty's HTML page.
     */
    private static final class TypedErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                Callback callback) {
            // The status stays the server's (400, 431, ...); the type is one every client already knows.
            String type = status >= 500 ? "internal" : "malformed";
            String reason = message != null && !message.isBlank() ? message : HttpStatus.getMessage(status);
            writeJson(response, callback, error(type, "the request is not one this service reads: " + reason));
        }
    }

    private static JsonNode error(String type, String detail) {
        return JSON.createObjectNode().put("type", type).put("detail", detail);
    }

    private Match routeFor(Request request) {
        String path = Request.getPathInContext(request);
        String[] segments = path.length() > 1 ? path.substring(1).split("/") : new String[] {""};
        boolean pathKnown = false;
        for (Entry e : routes) {
            String[] params = match(e.segments, segments);
            if (params == null) {
                continue;
            }
            pathKnown = true;
            if (!e.method.equals(request.getMethod())) {
                continue;
            }
            return new Match(e, params);
        }
        if (pathKnown) {
            throw new ApiException(405, "method-not-allowed", request.getMethod() + " is not allowed on " + path);
        }
        throw ApiException.notFound("unknown-path", "no such endpoint: " + path);
    }

    private static Map<String, String> query(Request request) {
        if (request.getHttpURI().getQuery() == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        Request.extractQueryParameters(request).forEach(f -> out.put(f.getName(), f.getValue()));
        return out;
    }

    private byte[] body(Request request) throws IOException {
        byte[] bytes;
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            // A declared length within the limit is read into an array of that size, at once;
            // otherwise (chunked, or too long) up to one byte past the limit.
            bytes = declared >= 0 && declared <= maxBody ? exactly(in, (int) declared) : in.readNBytes(maxBody + 1);
            if (bytes.length > maxBody) {
                // Read on (to a bound) so that the client, still sending, gets the answer rather than a reset.
                long discarded = in.skip(DISCARD_LIMIT);
                throw new ApiException(413, "body-too-large", "the body exceeds the limit of " + maxBody + " bytes"
                        + (discarded >= DISCARD_LIMIT ? " (and was not read to its end)" : ""));
            }
        }
        return bytes;
    }

    private void received(byte[] body) {
        bytesReceived.addAndGet(body.length);
        tap.accept(body);
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        if (in.readNBytes(bytes, 0, length) < length) {
            throw ApiException.badRequest("malformed", "the body is shorter than its Content-Length");
        }
        return bytes;
    }

    private static String[] match(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int k = 0; k < pattern.length; k++) {
            if (pattern[k].startsWith("{")) {
                if (path[k].isEmpty()) {
                    return null;
                }
                params.add(path[k]);
            } else if (!pattern[k].equals(path[k])) {
                return null;
            }
        }
        return params.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "JsonHttpServer[" + name + "]";
    }
}
