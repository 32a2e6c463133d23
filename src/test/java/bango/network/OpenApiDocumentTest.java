package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import bango.institution.BusinessSystemService;
import bango.intermediate.CopyStore;
import bango.intermediate.IntermediateServer;
import bango.issuance.LinkedPopulation;
import bango.jlis.JlisService;
import bango.modelcheck.ModelChecker;
import bango.network.ApiErrorSites.Pair;
import bango.network.ApiErrorSites.Site;
import bango.network.http.JsonHttpServer;
import bango.network.http.JsonHttpServer.Endpoint;
import bango.records.JournalRecordLog;
import bango.trace.Tracer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/openapi.yaml} says what the services serve, and only that. Each service's route table
 * is read from the service itself (built, not started); the typed errors from its source. Paths in
 * the document start with the service's name, which is also the operation's tag (several services
 * serve the same path).
 */
class OpenApiDocumentTest {

    static final Path DOCUMENT = Path.of("docs", "openapi.yaml");

    /** The services, by the tag the document gives them, and the source that raises their errors. */
    static final Map<String, String> SOURCES = new TreeMap<>(Map.of(
            "core", "bango/network/CoreService.java",
            "interface", "bango/network/InterfaceService.java",
            "intermediate", "bango/intermediate/IntermediateServer.java",
            "jlis", "bango/jlis/JlisService.java",
            "business", "bango/institution/BusinessSystemService.java"));

    /** Sources every service shares: the server itself and the reading of messages. */
    static final List<String> SHARED = List.of("bango/network/http/JsonHttpServer.java", "bango/network/Wire.java");

    static final String API_EXCEPTION = "bango/network/http/ApiException.java";

    /** Services that pass on the errors of the services they call (with status and type). */
    static final Map<String, Set<String>> FORWARDS = Map.of("business", Set.of("intermediate", "jlis"));

    /** The request schemas of the document and the records the services read them into. */
    static final Map<String, String> REQUEST_RECORDS = new TreeMap<>(Map.ofEntries(
            Map.entry("Query", "bango.network.Messages$Query"),
            Map.entry("Notice", "bango.network.Messages$Notice"),
            Map.entry("Data", "bango.network.Messages$Data"),
            Map.entry("Report", "bango.network.Messages$Report"),
            Map.entry("Release", "bango.network.Messages$Release"),
            Map.entry("Answer", "bango.network.Messages$Answer"),
            Map.entry("Status", "bango.network.Messages$Status"),
            Map.entry("SelfCheck", "bango.network.InterfaceService$SelfCheck"),
            Map.entry("InquiryRequest", "bango.intermediate.IntermediateServer$InquiryRequest"),
            Map.entry("CopyRequest", "bango.intermediate.IntermediateServer$CopyRequest"),
            Map.entry("RestrictionRequest", "bango.intermediate.IntermediateServer$RestrictionRequest"),
            Map.entry("StaffDecision", "bango.intermediate.IntermediateServer$StaffDecision"),
            Map.entry("CodeRequest", "bango.jlis.JlisService$CodeRequest"),
            Map.entry("BusinessQuery", "bango.institution.BusinessSystemService$QueryRequest")));

    static JsonNode document;
    static Path root;
    static Map<String, List<Endpoint>> routes;
    static Map<String, List<Site>> sites;

    @BeforeAll
    static void read(@TempDir Path dir) throws Exception {
        root = ModelChecker.findProjectRoot();
        document = new ObjectMapper(new YAMLFactory()).readTree(root.resolve(DOCUMENT).toFile());
        routes = routeTables(dir);
        sites = errorSites();
    }

    /** Builds each service as {@code ./bango up} does (without starting it) and reads its routes. */
    static Map<String, List<Endpoint>> routeTables(Path dir) throws Exception {
        List<InstitutionId> ids = NetworkFixture.ids(2);
        LinkedPopulation pop = NetworkFixture.population(1, 2);
        Map<String, List<Endpoint>> out = new TreeMap<>();
        try (JournalRecordLog records = JournalRecordLog.open(dir.resolve("core.journal"));
                CoreService core = new CoreService(pop.core(), NetworkFixture.table(), i -> i <= 2, new ConnectionRegistry(),
                        records, Tracer.OFF)) {
            out.put("core", core.http().endpoints());
        }
        out.put("interface", new InterfaceService(i -> i <= 2, new ConnectionRegistry(), Tracer.OFF).http().endpoints());
        IntermediateServer.Vocabulary vocabulary = new IntermediateServer.Vocabulary(item -> true, i -> i <= 2,
                NetworkFixture.CATEGORIES::contains);
        try (CopyStore copies = CopyStore.open(dir.resolve("I1"));
                JournalRecordLog records = JournalRecordLog.open(dir.resolve("I1.journal"));
                IntermediateServer server = new IntermediateServer(ids.get(0), copies, records, vocabulary, Tracer.OFF)) {
            out.put("intermediate", server.http().endpoints());
        }
        out.put("jlis", new JlisService((id, number) -> pop.code(id, number), i -> i <= 2, () -> 1).http().endpoints());
        URI nowhere = URI.create("http://127.0.0.1:9");
        out.put("business", new BusinessSystemService(pop.issuance().institution(ids.get(0)), nowhere, nowhere)
                .http().endpoints());
        return out;
    }

    // --- Routes --------------------------------------------------------------------------------

    /** The document's operations of each service, as {@code METHOD /path} with the service's prefix removed. */
    static Map<String, Set<String>> documentedRoutes() {
        Map<String, Set<String>> out = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode tags = op.getValue().path("tags");
            assertEquals(1, tags.size(), path.getKey() + " " + op.getKey() + " has one tag, its service");
            String service = tags.get(0).asText();
            String prefix = "/" + service + "/";
            assertTrue(path.getKey().startsWith(prefix), path.getKey() + " starts with its service's name, " + prefix);
            out.computeIfAbsent(service, s -> new TreeSet<>())
                    .add(op.getKey().toUpperCase() + " " + path.getKey().substring(prefix.length() - 1));
        }));
        return out;
    }

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    static Set<String> served(List<Endpoint> endpoints) {
        return endpoints.stream().map(e -> e.method() + " " + e.path()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @Covers({"NET-7"})
    void everyRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        Map<String, Set<String>> documented = documentedRoutes();
        assertEquals(SOURCES.keySet(), routes.keySet());
        assertEquals(routes.keySet(), documented.keySet(), "the document's services");
        for (String service : routes.keySet()) {
            Set<String> served = served(routes.get(service));
            Set<String> undocumented = new TreeSet<>(served);
            undocumented.removeAll(documented.get(service));
            Set<String> unserved = new TreeSet<>(documented.get(service));
            unserved.removeAll(served);
            assertTrue(undocumented.isEmpty(), service + " serves routes the document lacks: " + undocumented);
            assertTrue(unserved.isEmpty(), "the document has routes " + service + " does not serve: " + unserved);
        }
        // NET-7: the interface system takes the self-checks and tells who is connected.
        assertTrue(served(routes.get("interface")).containsAll(
                Set.of("POST /v1/self-checks", "GET /v1/connections/{institution}")));
        Set<String> tags = new TreeSet<>();
        document.get("tags").forEach(t -> tags.add(t.get("name").asText()));
        assertEquals(routes.keySet(), tags, "one tag per service");
    }

    @Test
    void pathParametersAreDeclaredAndBodiesGoWithPosts() {
        Pattern param = Pattern.compile("\\{(\\w+)}");
        document.get("paths").fields().forEachRemaining(path -> {
            Set<String> named = new TreeSet<>();
            Matcher m = param.matcher(path.getKey());
            while (m.find()) {
                named.add(m.group(1));
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                Set<String> declared = new TreeSet<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), op.getValue().path("parameters"))) {
                    for (JsonNode p : list) {
                        if (p.path("in").asText().equals("path")) {
                            assertTrue(p.path("required").asBoolean(), where + ": path parameter " + p.path("name") + " is required");
                            declared.add(p.get("name").asText());
                        }
                    }
                }
                assertEquals(named, declared, where + ": path parameters");
                assertEquals(op.getKey().equals("post"), op.getValue().has("requestBody"), where + ": a POST has a body, a GET none");
                long successes = iterable(op.getValue().get("responses").fieldNames()).stream()
                        .filter(s -> s.startsWith("2")).count();
                assertEquals(1, successes, where + ": one success response");
            });
        });
    }

    // --- Errors --------------------------------------------------------------------------------

    /** Every typed error raised in the services' and the shared sources, by source. */
    static Map<String, List<Site>> errorSites() throws IOException {
        Path main = root.resolve("src/main/java");
        Map<String, Integer> factories = ApiErrorSites.factories(Files.readString(main.resolve(API_EXCEPTION)));
        Map<String, List<Site>> out = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(main)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : sources) {
            String name = main.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            if (name.equals(API_EXCEPTION)) {
                continue;
            }
            List<Site> sites = ApiErrorSites.scan(name, Files.readString(f, StandardCharsets.UTF_8), factories);
            if (!sites.isEmpty()) {
                out.put(name, sites);
            }
        }
        return out;
    }

    /**
     * The errors the server writes itself, not as an ApiException: an unexpected failure of a route
     * ({@code error("internal", ...)} and its fallback body) is a 500.
     */
    static Set<Pair> serverOwnErrors() throws IOException {
        String src = ApiErrorSites.withoutComments(Files.readString(root.resolve("src/main/java").resolve(SHARED.get(0))));
        Set<Pair> out = new TreeSet<>();
        Matcher call = Pattern.compile("\\berror\\s*\\(").matcher(src);
        while (call.find()) {
            String type = ApiErrorSites.literal(ApiErrorSites.arguments(src, call.end() - 1).get(0));
            if (type != null) { // error(e.type(), ...) writes an ApiException, found at its own call site
                out.add(new Pair(500, type));
            }
        }
        Matcher body = Pattern.compile("\\\\\"type\\\\\":\\\\\"([\\w-]+)\\\\\"").matcher(src);
        while (body.find()) {
            out.add(new Pair(500, body.group(1)));
        }
        return out;
    }

    @Test
    void onlyTheDocumentedServicesRaiseTypedErrors() throws IOException {
        Set<String> raising = sites.keySet();
        Set<String> known = new TreeSet<>(SOURCES.values());
        known.addAll(SHARED);
        assertTrue(known.containsAll(raising), "sources raising typed errors outside the documented services: "
                + raising.stream().filter(f -> !known.contains(f)).toList());
        assertTrue(raising.containsAll(SHARED), "the shared sources raise the typed errors of every route");
    }

    @Test
    void everyErrorTypeRaisedIsInTheErrorSchemaAndNoOther() throws IOException {
        Set<String> raised = new TreeSet<>();
        sites.values().forEach(inFile -> inFile.forEach(s -> {
            s.pairs().forEach(p -> raised.add(p.type()));
            raised.addAll(s.fallbacks());
        }));
        serverOwnErrors().forEach(p -> raised.add(p.type()));
        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/Error/properties/type/enum").forEach(t -> documented.add(t.asText()));
        assertFalse(documented.isEmpty(), "the Error schema lists its types");
        assertEquals(raised, documented, "the Error schema's types against the types the code raises");
        // Statuses that are not literals at the call site were read all the same.
        assertTrue(sites.get(SOURCES.get("intermediate")).stream().anyMatch(s -> s.pairs().contains(new Pair(403, "not-connected"))));
    }

    /** Every (status, type) documented on the operations of {@code service}. */
    static Set<Pair> documentedPairs(String service) {
        Set<Pair> out = new TreeSet<>();
        operations(service).forEach(op -> out.addAll(pairs(op)));
        return out;
    }

    static List<JsonNode> operations(String service) {
        List<JsonNode> out = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue().path("tags").path(0).asText().equals(service)) {
                out.add(op.getValue());
            }
        }));
        return out;
    }

    static Set<Pair> pairs(JsonNode operation) {
        Set<Pair> out = new TreeSet<>();
        operation.get("responses").fields().forEachRemaining(r -> {
            int status = Integer.parseInt(r.getKey());
            if (status < 400) {
                return;
            }
            JsonNode response = resolve(r.getValue());
            if (r.getValue().has("$ref")) {
                assertEquals(status, response.path("x-status").asInt(), r.getValue().get("$ref") + " is used for its own status");
            }
            Set<String> types = types(response);
            assertFalse(types.isEmpty(), "a " + status + " response names its error types");
            types.forEach(t -> out.add(new Pair(status, t)));
        });
        return out;
    }

    /** The types a response's schema allows: {@code allOf: [Error, {properties: {type: {enum: [...]}}}]}. */
    static Set<String> types(JsonNode response) {
        JsonNode schema = resolve(response.at("/content/application~1json/schema"));
        Set<String> out = new TreeSet<>();
        List<JsonNode> parts = new ArrayList<>();
        schema.path("allOf").forEach(parts::add);
        parts.add(schema);
        boolean isError = false;
        for (JsonNode part : parts) {
            isError |= part.path("$ref").asText().equals("#/components/schemas/Error");
            part.at("/properties/type/enum").forEach(t -> out.add(t.asText()));
        }
        assertTrue(isError, "an error response's schema is an Error: " + schema);
        return out;
    }

    static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        assertTrue(ref.startsWith("#/"), ref);
        JsonNode target = document.at(ref.substring(1));
        assertFalse(target.isMissingNode(), "unresolved " + ref);
        return resolve(target);
    }

    @Test
    void eachServiceDocumentsTheStatusesAndTypesItsCodeRaisesAndNoOthers() throws IOException {
        // Raised once a route is found (the body, the message, an unexpected failure): on every operation.
        Set<Pair> everyRoute = new TreeSet<>(serverOwnErrors());
        // Raised before any route is found (unknown path, wrong method): component responses of their own.
        Set<Pair> noRoute = new TreeSet<>();
        for (String shared : SHARED) {
            for (Site s : sites.get(shared)) {
                (s.method().equals("dispatch") ? noRoute : everyRoute).addAll(s.pairs());
            }
        }
        assertEquals(Set.of(new Pair(404, "unknown-path"), new Pair(405, "method-not-allowed")), noRoute);
        assertTrue(everyRoute.contains(new Pair(413, "body-too-large")), "the body limit: " + everyRoute);
        Set<Pair> components = new TreeSet<>();
        document.at("/components/responses").forEach(r -> types(r).forEach(t -> components.add(new Pair(r.path("x-status").asInt(), t))));
        assertTrue(components.containsAll(noRoute), "documented among the component responses: " + noRoute);

        Map<String, Set<Pair>> own = new TreeMap<>();
        SOURCES.forEach((service, file) -> own.put(service, sites.getOrDefault(file, List.of()).stream().filter(s -> !s.forwarded())
                .flatMap(s -> s.pairs().stream()).collect(Collectors.toCollection(TreeSet::new))));
        for (String service : SOURCES.keySet()) {
            boolean forwards = sites.getOrDefault(SOURCES.get(service), List.of()).stream().anyMatch(Site::forwarded);
            assertEquals(FORWARDS.containsKey(service), forwards, service + " forwards the errors of the services it calls");
            for (JsonNode op : operations(service)) {
                Set<Pair> missing = new TreeSet<>(everyRoute);
                missing.removeAll(pairs(op));
                assertTrue(missing.isEmpty(), service + " " + op.get("operationId").asText() + " lacks " + missing);
            }
            Set<Pair> documented = documentedPairs(service);
            Set<Pair> undocumented = new TreeSet<>(own.get(service));
            undocumented.removeAll(documented);
            assertTrue(undocumented.isEmpty(), service + " raises errors its operations do not document: " + undocumented);
            Set<Pair> possible = new TreeSet<>(own.get(service));
            possible.addAll(everyRoute);
            for (String upstream : FORWARDS.getOrDefault(service, Set.of())) {
                possible.addAll(own.get(upstream));
            }
            Set<Pair> invented = new TreeSet<>(documented);
            invented.removeAll(possible);
            assertTrue(invented.isEmpty(), service + "'s operations document errors it cannot give: " + invented);
        }
    }

    // --- Schemas -------------------------------------------------------------------------------

    @Test
    void requestSchemasHaveTheFieldsOfTheRecordsTheServicesRead() throws Exception {
        Set<String> requestSchemas = new TreeSet<>();
        document.get("paths").forEach(path -> path.forEach(op -> {
            JsonNode schema = op.at("/requestBody/content/application~1json/schema");
            if (!schema.isMissingNode()) {
                JsonNode ref = schema.has("items") ? schema.get("items") : schema;
                requestSchemas.add(ref.get("$ref").asText().replace("#/components/schemas/", ""));
            }
        }));
        assertEquals(REQUEST_RECORDS.keySet(), requestSchemas, "every request body is a schema read into a record");
        for (Map.Entry<String, String> e : REQUEST_RECORDS.entrySet()) {
            JsonNode schema = document.at("/components/schemas/" + e.getKey());
            Set<String> fields = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(fields::add);
            Set<String> components = new TreeSet<>();
            for (RecordComponent c : Class.forName(e.getValue()).getRecordComponents()) {
                components.add(c.getName());
            }
            assertEquals(components, fields, e.getKey() + " against " + e.getValue());
            assertFalse(schema.path("additionalProperties").asBoolean(true), e.getKey() + ": no other field is read");
        }
        Set<String> measures = new TreeSet<>();
        document.at("/components/schemas/SelfCheck/properties/measures/properties").fieldNames().forEachRemaining(measures::add);
        assertEquals(new TreeSet<>(ConnectionRegistry.MEASURES), measures, "the connection rules' measures");
    }

    @Test
    @Covers({"NET-4"})
    void theCoreTakesNoMessageThatCarriesData() throws Exception {
        Set<String> coreBodies = new TreeSet<>();
        for (JsonNode op : operations("core")) {
            coreBodies.add(op.at("/requestBody/content/application~1json/schema/items/$ref").asText()
                    .replace("#/components/schemas/", ""));
        }
        assertEquals(Set.of("Query", "Report"), coreBodies);
        for (String body : coreBodies) {
            List<String> fields = Arrays.stream(Class.forName(REQUEST_RECORDS.get(body)).getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertFalse(fields.contains("payload") || fields.contains("data"), body + " carries no data: " + fields);
        }
        assertTrue(served(routes.get("interface")).contains("POST /v1/data"), "the data goes to the interface system");
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertTrue(refs.size() > 50, "the document refers to its components: " + refs.size());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/"), ref);
            assertFalse(document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.has("$ref")) {
            out.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, out));
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    // --- The reading of sources ------------------------------------------------------------------

    static final String SAMPLE = """
            class Sample {
                Object a() {
                    throw ApiException.notFound("unknown-thing", "no \\"thing\\" here, (really)");
                }
                Object b(Request req) {
                    String type = kind(req); // the type comes from a method
                    /* new ApiException(418, "teapot", "a comment raises nothing") */
                    throw new ApiException(type.equals("gone") ? 410 : 422, type, "refused");
                }
                private String kind(Request req) {
                    if (req.late()) {
                        return "gone";
                    }
                    return req.odd() ? "odd" : "even";
                }
                Object c(HttpResponse<String> r, JsonNode node) {
                    throw new ApiException(r.statusCode(), node.path("type").asText("upstream"), "passed on");
                }
            }
            """;

    @Test
    void theReaderFollowsTypesAndStatusesThatAreNotLiterals() {
        List<Site> sites = ApiErrorSites.scan("Sample.java", SAMPLE, Map.of("notFound", 404));
        assertEquals(3, sites.size(), sites::toString);
        assertEquals(Set.of(new Pair(404, "unknown-thing")), sites.get(0).pairs());
        assertEquals("a", sites.get(0).method());
        assertEquals(Set.of(new Pair(410, "gone"), new Pair(422, "odd"), new Pair(422, "even")), sites.get(1).pairs());
        assertEquals("b", sites.get(1).method());
        assertTrue(sites.get(2).forwarded());
        assertEquals(Set.of("upstream"), sites.get(2).fallbacks());
    }

    @Test
    void theReaderRefusesWhatItCannotTell() {
        String typeFromAField = "class S { Object a() { throw new ApiException(409, this.kind, \"x\"); } }";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ApiErrorSites.scan("S.java", typeFromAField, Map.of()));
        assertTrue(e.getMessage().contains("S.java:1") && e.getMessage().contains("this.kind"), e.getMessage());
        String statusFromAField = "class S { Object a() { throw new ApiException(this.status, \"clash\", \"x\"); } }";
        assertThrows(IllegalStateException.class, () -> ApiErrorSites.scan("S.java", statusFromAField, Map.of()));
        String unknownFactory = "class S { Object a() { throw ApiException.conflict(\"clash\", \"x\"); } }";
        assertThrows(IllegalStateException.class, () -> ApiErrorSites.scan("S.java", unknownFactory, Map.of("notFound", 404)));
    }

    @Test
    void theFactoriesStatusesAreReadFromApiException() throws IOException {
        Map<String, Integer> factories = ApiErrorSites.factories(
                Files.readString(root.resolve("src/main/java").resolve(API_EXCEPTION)));
        assertEquals(Map.of("badRequest", 400, "notFound", 404, "unprocessable", 422), factories);
    }
}
