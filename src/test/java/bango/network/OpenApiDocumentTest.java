package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.cli.UpCommand;
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
import picocli.CommandLine.Option;

/**
 * The documents in {@code docs/openapi/} say what the services serve, and only that: one document
 * per service ({@code core.yaml}, ...), with the service's real paths, and {@code common.yaml} for
 * what several share, referred to by relative {@code $ref}s. Each service's route table is read from
 * the service itself (built, not started); the typed errors from its source.
 */
class OpenApiDocumentTest {

    static final Path DIRECTORY = Path.of("docs", "openapi");

    /** The document of what several services share; it serves no path. */
    static final String COMMON = "common.yaml";

    /** The one Error schema every error response is. */
    static final String ERROR = COMMON + "#/components/schemas/Error";

    /** The services, by their document's name and tag, and the source that raises their errors. */
    static final Map<String, String> SOURCES = new TreeMap<>(Map.of(
            "core", "bango/network/CoreService.java",
            "interface", "bango/network/InterfaceService.java",
            "intermediate", "bango/intermediate/IntermediateServer.java",
            "jlis", "bango/jlis/JlisService.java",
            "business", "bango/institution/BusinessSystemService.java"));

    /** Sources every service shares: the server itself and the reading of messages. */
    static final List<String> SHARED = List.of("bango/network/http/JsonHttpServer.java", "bango/network/Wire.java");

    static final String API_EXCEPTION = "bango/network/http/ApiException.java";

    /** Each service's port above {@code ./bango up}'s base port (see its {@code --port}); those of institution n for I1. */
    static final Map<String, Integer> PORT_OFFSETS = Map.of(
            "core", 0, "interface", 1, "jlis", 2, "intermediate", 100 + 1, "business", 200 + 1);

    /** Services that pass on the errors of the services they call (with status and type). */
    static final Map<String, Set<String>> FORWARDS = Map.of("business", Set.of("intermediate", "jlis"));

    /** The request schemas of the documents and the records the services read them into. */
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

    /** The documents by file name: each service's ({@code core.yaml}, ...) and {@link #COMMON}. */
    static Map<String, JsonNode> documents;
    static Path root;
    static Map<String, List<Endpoint>> routes;
    static Map<String, List<Site>> sites;

    @BeforeAll
    static void read(@TempDir Path dir) throws Exception {
        root = ModelChecker.findProjectRoot();
        documents = readDocuments(root.resolve(DIRECTORY));
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

    static Map<String, JsonNode> readDocuments(Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                out.put(f.getFileName().toString(), yaml.readTree(f.toFile()));
            }
        }
        return out;
    }

    static String file(String service) {
        return service + ".yaml";
    }

    static JsonNode document(String service) {
        return documents.get(file(service));
    }

    // --- The documents -------------------------------------------------------------------------

    @Test
    void eachServiceHasAStandaloneDocumentAtItsDefaultAddress() throws Exception {
        Set<String> expected = new TreeSet<>(List.of(COMMON));
        SOURCES.keySet().forEach(s -> expected.add(file(s)));
        assertEquals(expected, documents.keySet(), "one document per service, and the shared one");
        documents.forEach((name, d) -> {
            assertEquals("3.0.3", d.path("openapi").asText(), name);
            assertFalse(d.at("/info/title").asText().isBlank(), name + " has a title");
            assertFalse(d.at("/info/version").asText().isBlank(), name + " has a version");
            assertTrue(d.path("paths").isObject(), name + " has paths");
        });
        assertTrue(documents.get(COMMON).get("paths").isEmpty(), "the shared document serves no path");
        documents.forEach((name, d) -> assertEquals(List.of(), keysWithoutValue(d, ""),
                name + ": keys without a value (an unquoted comma in a flow mapping splits a description)"));
        int base = Integer.parseInt(UpCommand.class.getDeclaredField("port").getAnnotation(Option.class).defaultValue());
        assertEquals(7600, base, "./bango up's default base port");
        assertEquals(SOURCES.keySet(), PORT_OFFSETS.keySet());
        for (String service : SOURCES.keySet()) {
            JsonNode servers = document(service).path("servers");
            assertEquals(1, servers.size(), service + ": one server, as ./bango up runs it");
            assertEquals("http://127.0.0.1:" + (base + PORT_OFFSETS.get(service)), address(servers.get(0)),
                    service + "'s address with its variables' defaults");
            document(service).get("paths").fields().forEachRemaining(path -> {
                assertFalse(path.getValue().has("servers"), service + " " + path.getKey() + ": the document's address is the path's");
                path.getValue().forEach(op -> assertFalse(op.has("servers"), service + " " + path.getKey()));
            });
        }
    }

    /** The pointers of the keys whose value is null; the documents never mean one. */
    static List<String> keysWithoutValue(JsonNode node, String pointer) {
        List<String> out = new ArrayList<>();
        node.fields().forEachRemaining(f -> {
            String at = pointer + "/" + f.getKey();
            if (f.getValue().isNull()) {
                out.add(at);
            }
            out.addAll(keysWithoutValue(f.getValue(), at));
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(keysWithoutValue(node.get(i), pointer + "/" + i));
            }
        }
        return out;
    }

    /** A server's URL with each variable replaced by its default. */
    static String address(JsonNode server) {
        String url = server.get("url").asText();
        Iterator<Map.Entry<String, JsonNode>> variables = server.path("variables").fields();
        while (variables.hasNext()) {
            Map.Entry<String, JsonNode> v = variables.next();
            assertTrue(url.contains("{" + v.getKey() + "}"), url + " uses " + v.getKey());
            url = url.replace("{" + v.getKey() + "}", v.getValue().get("default").asText());
        }
        assertFalse(url.contains("{"), url + ": every variable has a default");
        return url;
    }

    // --- Routes --------------------------------------------------------------------------------

    /** The operations of a service's document, as {@code METHOD /path}; each is tagged with the service. */
    static Set<String> documentedRoutes(String service) {
        Set<String> out = new TreeSet<>();
        document(service).get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            assertEquals(List.of(service), iterable(op.getValue().path("tags").elements()).stream().map(JsonNode::asText).toList(),
                    service + " " + path.getKey() + " " + op.getKey() + " has one tag, its service");
            out.add(op.getKey().toUpperCase() + " " + path.getKey());
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
        assertEquals(SOURCES.keySet(), routes.keySet());
        for (String service : routes.keySet()) {
            Set<String> documented = documentedRoutes(service);
            Set<String> served = served(routes.get(service));
            Set<String> undocumented = new TreeSet<>(served);
            undocumented.removeAll(documented);
            Set<String> unserved = new TreeSet<>(documented);
            unserved.removeAll(served);
            assertTrue(undocumented.isEmpty(), service + " serves routes its document lacks: " + undocumented);
            assertTrue(unserved.isEmpty(), service + "'s document has routes it does not serve: " + unserved);
        }
        // NET-7: the interface system takes the self-checks and tells who is connected.
        assertTrue(served(routes.get("interface")).containsAll(
                Set.of("POST /v1/self-checks", "GET /v1/connections/{institution}")));
        for (String service : routes.keySet()) {
            List<String> tags = iterable(document(service).path("tags").elements()).stream().map(t -> t.get("name").asText()).toList();
            assertEquals(List.of(service), tags, service + "'s document has one tag, the service");
        }
    }

    @Test
    void pathParametersAreDeclaredAndBodiesGoWithPosts() {
        Pattern param = Pattern.compile("\\{(\\w+)}");
        documents.values().forEach(document -> document.get("paths").fields().forEachRemaining(path -> {
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
        }));
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
        resolve(new Located(COMMON, ref(ERROR))).node().at("/properties/type/enum").forEach(t -> documented.add(t.asText()));
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

    /** The operations of a service's document, each with the file its references are relative to. */
    static List<Located> operations(String service) {
        List<Located> out = new ArrayList<>();
        document(service).get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                out.add(new Located(file(service), op.getValue()));
            }
        }));
        return out;
    }

    static Set<Pair> pairs(Located operation) {
        Set<Pair> out = new TreeSet<>();
        operation.node().get("responses").fields().forEachRemaining(r -> {
            int status = Integer.parseInt(r.getKey());
            if (status < 400) {
                return;
            }
            Located response = resolve(operation.at(r.getValue()));
            if (r.getValue().has("$ref")) {
                assertEquals(status, response.node().path("x-status").asInt(), r.getValue().get("$ref") + " is used for its own status");
            }
            Set<String> types = types(response);
            assertFalse(types.isEmpty(), "a " + status + " response names its error types");
            types.forEach(t -> out.add(new Pair(status, t)));
        });
        return out;
    }

    /** The types a response's schema allows: {@code allOf: [Error, {properties: {type: {enum: [...]}}}]}. */
    static Set<String> types(Located response) {
        Located schema = resolve(response.at(response.node().at("/content/application~1json/schema")));
        Set<String> out = new TreeSet<>();
        List<JsonNode> parts = new ArrayList<>();
        schema.node().path("allOf").forEach(parts::add);
        parts.add(schema.node());
        boolean isError = false;
        for (JsonNode part : parts) {
            isError |= part.has("$ref") && target(schema.file(), part.get("$ref").asText()).equals(ERROR);
            part.at("/properties/type/enum").forEach(t -> out.add(t.asText()));
        }
        assertTrue(isError, "an error response's schema is " + ERROR + ": " + schema);
        return out;
    }

    // --- References ----------------------------------------------------------------------------

    /** A node of one of the documents, and that document's name (its references are relative to it). */
    record Located(String file, JsonNode node) {
        Located at(JsonNode child) {
            return new Located(file, child);
        }
    }

    static JsonNode ref(String ref) {
        return new ObjectMapper().createObjectNode().put("$ref", ref);
    }

    /** Where a reference made in {@code file} points, as {@code document#/pointer}. */
    static String target(String file, String ref) {
        int hash = ref.indexOf('#');
        assertTrue(hash >= 0, ref + " points into a document");
        String document = ref.substring(0, hash);
        assertFalse(document.contains("/") || document.contains(":"), ref + " names a document beside this one");
        String pointer = ref.substring(hash + 1);
        assertTrue(pointer.startsWith("/components/"), ref + " points to a component");
        return (document.isEmpty() ? file : document) + "#" + pointer;
    }

    /** The node a reference points to, followed until it is not a reference. */
    static Located resolve(Located node) {
        if (!node.node().has("$ref")) {
            return node;
        }
        String target = target(node.file(), node.node().get("$ref").asText());
        String file = target.substring(0, target.indexOf('#'));
        assertTrue(documents.containsKey(file), "no document " + file + " for " + node.node() + " in " + node.file());
        JsonNode found = documents.get(file).at(target.substring(target.indexOf('#') + 1));
        assertFalse(found.isMissingNode(), "unresolved " + node.node().get("$ref").asText() + " in " + node.file());
        return resolve(new Located(file, found));
    }

    @Test
    void eachServiceDocumentsTheStatusesAndTypesItsCodeRaisesAndNoOthers() throws IOException {
        // Raised once a route is found (the body, the message, an unexpected failure): on every operation.
        Set<Pair> everyRoute = new TreeSet<>(serverOwnErrors());
        // Raised before any route is found (unknown path, wrong method): component responses of their own.
        Set<Pair> noRoute = new TreeSet<>();
        for (String shared : SHARED) {
            for (Site s : sites.get(shared)) {
                (s.method().equals("routeFor") ? noRoute : everyRoute).addAll(s.pairs());
            }
        }
        assertEquals(Set.of(new Pair(404, "unknown-path"), new Pair(405, "method-not-allowed")), noRoute);
        assertTrue(everyRoute.contains(new Pair(413, "body-too-large")), "the body limit: " + everyRoute);
        for (String service : SOURCES.keySet()) {
            Set<Pair> components = new TreeSet<>();
            document(service).at("/components/responses").forEach(r -> {
                Located response = resolve(new Located(file(service), r));
                types(response).forEach(t -> components.add(new Pair(response.node().path("x-status").asInt(), t)));
            });
            assertTrue(components.containsAll(noRoute), service + " documents among its component responses " + noRoute);
        }

        Map<String, Set<Pair>> own = new TreeMap<>();
        SOURCES.forEach((service, file) -> own.put(service, sites.getOrDefault(file, List.of()).stream().filter(s -> !s.forwarded())
                .flatMap(s -> s.pairs().stream()).collect(Collectors.toCollection(TreeSet::new))));
        for (String service : SOURCES.keySet()) {
            boolean forwards = sites.getOrDefault(SOURCES.get(service), List.of()).stream().anyMatch(Site::forwarded);
            assertEquals(FORWARDS.containsKey(service), forwards, service + " forwards the errors of the services it calls");
            for (Located op : operations(service)) {
                Set<Pair> missing = new TreeSet<>(everyRoute);
                missing.removeAll(pairs(op));
                assertTrue(missing.isEmpty(), service + " " + op.node().get("operationId").asText() + " lacks " + missing);
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
        Map<String, Located> requestSchemas = new TreeMap<>();
        for (String service : SOURCES.keySet()) {
            for (Located op : operations(service)) {
                String name = requestSchema(op);
                if (name != null) {
                    Located schema = resolve(op.at(requestBodyRef(op.node())));
                    Located before = requestSchemas.put(name, schema);
                    assertTrue(before == null || before.node() == schema.node(), name + " is one schema wherever it is read");
                }
            }
        }
        assertEquals(REQUEST_RECORDS.keySet(), requestSchemas.keySet(), "every request body is a schema read into a record");
        for (Map.Entry<String, String> e : REQUEST_RECORDS.entrySet()) {
            JsonNode schema = requestSchemas.get(e.getKey()).node();
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
        requestSchemas.get("SelfCheck").node().at("/properties/measures/properties").fieldNames().forEachRemaining(measures::add);
        assertEquals(new TreeSet<>(ConnectionRegistry.MEASURES), measures, "the connection rules' measures");
    }

    @Test
    @Covers({"NET-4"})
    void theCoreTakesNoMessageThatCarriesData() throws Exception {
        Set<String> coreBodies = new TreeSet<>();
        for (Located op : operations("core")) {
            assertEquals("array", op.node().at("/requestBody/content/application~1json/schema/type").asText(),
                    "the core takes batches");
            coreBodies.add(requestSchema(op));
        }
        assertEquals(Set.of("Query", "Report"), coreBodies);
        for (String body : coreBodies) {
            List<String> fields = Arrays.stream(Class.forName(REQUEST_RECORDS.get(body)).getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertFalse(fields.contains("payload") || fields.contains("data"), body + " carries no data: " + fields);
        }
        assertTrue(served(routes.get("interface")).contains("POST /v1/data"), "the data goes to the interface system");
    }

    /** The reference of an operation's request body (a batch's items), or null without a body. */
    static JsonNode requestBodyRef(JsonNode operation) {
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (schema.isMissingNode()) {
            return null;
        }
        JsonNode ref = schema.has("items") ? schema.get("items") : schema;
        assertTrue(ref.has("$ref"), "a request body is a named schema: " + schema);
        return ref;
    }

    /** The name of the component schema an operation's request body is (a batch's items), or null. */
    static String requestSchema(Located operation) {
        JsonNode ref = requestBodyRef(operation.node());
        if (ref == null) {
            return null;
        }
        String target = target(operation.file(), ref.get("$ref").asText());
        String prefix = "#/components/schemas/";
        assertTrue(target.contains(prefix), target);
        return target.substring(target.indexOf(prefix) + prefix.length());
    }

    @Test
    void everyReferenceResolves() {
        int count = 0;
        for (Map.Entry<String, JsonNode> d : documents.entrySet()) {
            List<String> refs = new ArrayList<>();
            collectRefs(d.getValue(), refs);
            count += refs.size();
            for (String ref : refs) {
                String target = target(d.getKey(), ref);
                // A service's document needs only itself and the shared one; the shared one only itself.
                String file = target.substring(0, target.indexOf('#'));
                assertTrue(file.equals(d.getKey()) || file.equals(COMMON), d.getKey() + " refers to " + ref);
                resolve(new Located(d.getKey(), ref(ref)));
            }
        }
        assertTrue(count > 50, "the documents refer to their components: " + count);
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
