package bango.institution;

import bango.codes.InstitutionCode;
import bango.identity.IndividualNumber;
import bango.identity.InvalidNumberException;
import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * An institution's business system (業務システム) on the network's edge: it holds the individual
 * numbers its residents gave it and its own code for each (CODE-1), maps a number to that code
 * itself, and sends the query to its intermediate server with the code only (IS-3: intermediate
 * servers hold no numbers). It then collects the answer by serial.
 */
public final class BusinessSystemService implements AutoCloseable {

    private final Institution institution;
    private final URI intermediateServer;
    private final URI jlis;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonHttpServer http;

    record QueryRequest(int item, long provider, String category, String number, Long waitMillis) {
    }

    /**
     * @param institution the institution's own book of numbers and codes
     * @param intermediateServer its intermediate server
     * @param jlis J-LIS, asked for the code of a number the book does not have (CODE-1)
     */
    public BusinessSystemService(Institution institution, URI intermediateServer, URI jlis) {
        this.institution = Objects.requireNonNull(institution, "institution");
        this.intermediateServer = Objects.requireNonNull(intermediateServer, "intermediateServer");
        this.jlis = Objects.requireNonNull(jlis, "jlis");
        this.http = new JsonHttpServer("business-" + institution.id().value())
                .route("POST", "/v1/queries", (p, body) -> query(body))
                .route("GET", "/v1/queries/{serial}", (p, body) -> forward("GET", "/v1/inquiries/" + p[0], null));
    }

    public BusinessSystemService start(int port) throws Exception {
        http.start(port);
        return this;
    }

    public JsonHttpServer http() {
        return http;
    }

    private Object query(JsonNode body) throws Exception {
        QueryRequest q = bango.network.Wire.lenient(body, QueryRequest.class);
        IndividualNumber number;
        try {
            number = IndividualNumber.parse(q.number() == null ? "" : q.number());
        } catch (InvalidNumberException e) {
            throw ApiException.unprocessable("invalid-number", "not a valid individual number: " + e.rule());
        }
        InstitutionCode code = institution.knownCode(number).orElse(null);
        if (code == null) {
            // CODE-1: a number the book does not have: J-LIS converts it and the core issues our code.
            var request = JsonHttpServer.JSON.createObjectNode().put("institution", institution.id().value())
                    .put("number", number.digits());
            code = InstitutionCode.parse(send(jlis, "POST", "/v1/code-requests", request.toString()).get("code").asText());
        }
        var inquiry = JsonHttpServer.JSON.createObjectNode()
                .put("item", q.item()).put("provider", q.provider()).put("category", q.category()).put("code", code.text());
        JsonNode sent = forward("POST", "/v1/inquiries", inquiry.toString());
        long wait = q.waitMillis() == null ? 5_000 : Math.max(0, Math.min(q.waitMillis(), 60_000));
        long deadline = System.nanoTime() + wait * 1_000_000;
        JsonNode view = sent;
        while ("sent".equals(view.path("state").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            view = forward("GET", "/v1/inquiries/" + sent.get("serial").asLong(), null);
        }
        return view;
    }

    /** Passes a request to the intermediate server; its typed errors come back as ours. */
    private JsonNode forward(String method, String path, String json) throws Exception {
        return send(intermediateServer, method, path, json);
    }

    private JsonNode send(URI service, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(10));
        b = json == null ? b.GET() : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = r.body().isEmpty() ? JsonHttpServer.JSON.createObjectNode() : JsonHttpServer.JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new ApiException(r.statusCode(), node.path("type").asText("error"), node.path("detail").asText(""));
        }
        return node;
    }

    @Override
    public void close() {
        http.close();
    }
}
