package bango.conformance;

import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Category;
import bango.annex.InstitutionRegistry;
import bango.annex.NetworkBinding;
import bango.annex.RegisteredInstitution;
import bango.annex.Rule;
import bango.codes.InstitutionId;
import bango.intermediate.CopyStore;
import bango.intermediate.IntermediateServer;
import bango.issuance.LinkedPopulation;
import bango.network.Authorization;
import bango.network.ConnectionRegistry;
import bango.network.Key;
import bango.network.Messages;
import bango.network.Network;
import bango.network.http.JsonHttpServer;
import bango.records.ProvisionRecord;
import bango.records.RecordLog;
import bango.trace.LinkageTraceModule;
import bango.trace.TraceEvent;
import bango.vault.InMemoryKeyCustody;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;

/**
 * The real linkage services on loopback for trace validation: the core system deciding with the
 * bundled Annex Table 2 and the sample registry of thirteen institutions (one with an unpublished
 * assessment, one without an accepted self-check) through {@link Authorizer}, the interface system, and an intermediate server with its
 * own copies and record journal for every institution. One network serves every run; each run has
 * serials of its own, so the runs do not meet.
 *
 * <p>A run ({@link #run}) draws from its seed a few queries between random institutions (ones the
 * table allows, ones it allows but whose provider's assessment is unpublished or whose provider is
 * not connected, ones it refuses),
 * copies present or missing, restrictions, the rate of lost and duplicated messages, and the staff's
 * decisions on held queries; it resends what is unanswered until nothing is, and observes the
 * services' state whenever the network is quiet.
 */
final class LinkageWorld implements AutoCloseable {

    static final int PERSONS = 12;
    /**
     * NET-7: the institution whose self-check is never reported: 日本年金機構, which the table lets
     * others ask but which asks nobody.
     */
    static final long UNCONNECTED = 2;

    /** One query: an inquirer asks a provider, under an item, for a category about a person. */
    record Ask(int item, long inquirer, long provider, Category category, int person) {
    }

    private final AnnexTable table = AnnexTable.bundled();
    private final InstitutionRegistry registry = InstitutionRegistry.sample();
    private final Authorizer authorizer = new Authorizer(table, registry);
    private final List<Category> categories = List.copyOf(table.categories());
    private final Map<Category, Integer> categoryIndex = new HashMap<>();
    private final LinkedPopulation population;
    private final Map<String, List<String>> codes = new HashMap<>();
    private final Map<String, List<String>> payloads = new HashMap<>();
    private final Set<String> copies = new HashSet<>();
    private final List<Ask> allowed = new ArrayList<>();
    private final List<Ask> unpublished = new ArrayList<>();
    private final List<Ask> toUnconnected = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    final LinkageRecorder recorder = new LinkageRecorder();
    final Network network;
    /** The seeded fault: a core that allows every query without consulting the table (NET-2). */
    volatile boolean ignoreTable;

    LinkageWorld(Path dir) throws Exception {
        for (Category c : categories) {
            categoryIndex.put(c, categoryIndex.size());
        }
        List<InstitutionId> ids = registry.all().stream().map(RegisteredInstitution::id).toList();
        population = LinkedPopulation.issue(11, PERSONS, ids, new InMemoryKeyCustody(), new InMemoryKeyCustody());
        for (InstitutionId id : ids) {
            for (int k = 0; k < PERSONS; k++) {
                codes.put(code(id.value(), k), List.of("code", "I" + id.value(), "p" + k));
            }
        }
        pools();
        Set<String> names = new HashSet<>();
        categories.forEach(c -> names.add(c.name()));
        IntermediateServer.Vocabulary vocabulary = new IntermediateServer.Vocabulary(
                item -> item >= 1 && item <= table.items(),
                i -> registry.find(new InstitutionId(i)).isPresent(), names::contains);
        Authorization byTable = NetworkBinding.authorization(authorizer);
        Authorization authorization = (inquirer, item, provider, category) -> ignoreTable
                ? Authorization.Verdict.allow(item) : byTable.decide(inquirer, item, provider, category);
        network = Network.start(new Network.Plan(population.core(), authorization, ids, vocabulary, dir, 0,
                recorder, recorder));
        List<InstitutionId> checked = ids.stream().filter(i -> i.value() != UNCONNECTED).toList();
        if (!network.reportSelfChecks(checked, ConnectionRegistry.allInPlace()).stream().allMatch(s -> s == 200)) {
            network.close();
            throw new IllegalStateException("a self-check was not accepted");
        }
    }

    /** The queries the table allows between two of the institutions, split by published assessment. */
    private void pools() {
        for (Rule r : table.rules()) {
            for (RegisteredInstitution i : registry.all()) {
                if (!i.types().contains(r.inquirer()) || i.id().value() == UNCONNECTED) {
                    continue;
                }
                for (RegisteredInstitution p : registry.all()) {
                    if (p != i && p.types().contains(r.provider())) {
                        Ask a = new Ask(r.item(), i.id().value(), p.id().value(), r.category(), 0);
                        (p.id().value() == UNCONNECTED ? toUnconnected : p.assessmentPublished() ? allowed : unpublished)
                                .add(a);
                    }
                }
            }
        }
    }

    /** The spec's Rules, worked out from the table's rows, not by the authorizer under test. */
    private boolean tableAllows(Ask a) {
        Set<?> asking = registry.find(new InstitutionId(a.inquirer())).orElseThrow().types();
        Set<?> asked = registry.find(new InstitutionId(a.provider())).orElseThrow().types();
        for (Rule r : table.rules()) {
            if (r.item() == a.item() && r.category().equals(a.category()) && asking.contains(r.inquirer())
                    && asked.contains(r.provider())) {
                return true;
            }
        }
        return false;
    }

    private boolean published(long institution) {
        return registry.find(new InstitutionId(institution)).orElseThrow().assessmentPublished();
    }

    private String code(long institution, int person) {
        return population.code(new InstitutionId(institution), population.number(person)).text();
    }

    private String category(Category c) {
        return "c" + categoryIndex.get(c);
    }

    private Ask draw(Random rnd) {
        int kind = rnd.nextInt(20);
        int person = rnd.nextInt(PERSONS);
        if (kind < 3 && !unpublished.isEmpty()) {
            Ask a = unpublished.get(rnd.nextInt(unpublished.size()));
            return new Ask(a.item(), a.inquirer(), a.provider(), a.category(), person);
        }
        if (kind < 4 && !toUnconnected.isEmpty()) {
            Ask a = toUnconnected.get(rnd.nextInt(toUnconnected.size()));
            return new Ask(a.item(), a.inquirer(), a.provider(), a.category(), person);
        }
        Ask a = allowed.get(rnd.nextInt(allowed.size()));
        if (kind < 10) {
            return new Ask(a.item(), a.inquirer(), a.provider(), a.category(), person);
        }
        // Another category or item between the same two: mostly one the table does not allow.
        return rnd.nextBoolean()
                ? new Ask(a.item(), a.inquirer(), a.provider(), categories.get(rnd.nextInt(categories.size())), person)
                : new Ask(1 + rnd.nextInt(table.items()), a.inquirer(), a.provider(), a.category(), person);
    }

    /** One run from {@code seed}, in the spec's terms. */
    LinkageTraceModule.Run run(long seed) throws Exception {
        Random rnd = new Random(seed);
        List<Ask> asks = new ArrayList<>();
        int n = 2 + rnd.nextInt(6);
        for (int k = 0; k < n; k++) {
            asks.add(draw(rnd));
        }
        int[] rates = {0, 100, 250};
        int loss = rates[rnd.nextInt(3)];
        int duplicates = rates[rnd.nextInt(3)];

        // IS-2, IS-7: the providers' copies and restrictions for what is asked.
        Map<List<Object>, Boolean> restricted = new LinkedHashMap<>();
        for (Ask a : asks) {
            String copyKey = a.provider() + " " + a.person() + " " + a.category().name();
            if (!copies.contains(copyKey) && rnd.nextInt(100) < 85) {
                String payload = "{\"provider\":" + a.provider() + ",\"person\":" + a.person() + ",\"category\":"
                        + categoryIndex.get(a.category()) + "}";
                network.server(a.provider()).copies().register(List.of(
                        new CopyStore.Copy(code(a.provider(), a.person()), a.category().name(), payload)));
                copies.add(copyKey);
                payloads.put(payload, List.of("data", "I" + a.provider(), "p" + a.person(), category(a.category())));
            }
            restricted.put(List.of(a.provider(), a.person(), a.category()), rnd.nextInt(100) < 30);
        }
        for (Map.Entry<List<Object>, Boolean> r : restricted.entrySet()) {
            long p = (Long) r.getKey().get(0);
            int who = (Integer) r.getKey().get(1);
            Category c = (Category) r.getKey().get(2);
            network.server(p).copies().restrict(new CopyStore.Restriction(code(p, who), c.name()), r.getValue());
        }

        recorder.begin(seed);
        recorder.faults(loss, duplicates);
        Map<Long, List<Ask>> plan = new TreeMap<>();
        Map<Long, Long> base = new HashMap<>();
        for (Ask a : asks) {
            long serial = inquire(a);
            List<Ask> mine = plan.computeIfAbsent(a.inquirer(), i -> new ArrayList<>());
            long first = base.computeIfAbsent(a.inquirer(), i -> serial - 1);
            mine.add(a);
            if (serial != first + mine.size()) {
                throw new AssertionError("I" + a.inquirer() + " numbered its queries " + first + "+" + mine.size()
                        + " and " + serial);
            }
        }
        Map<Long, LongUnaryOperator> serials = new HashMap<>();
        base.forEach((i, b) -> serials.put(i, s -> s - b));

        Set<Key> considered = new HashSet<>();
        boolean quietEnd = false;
        for (int round = 0; round < 12 && !quietEnd; round++) {
            if (!recorder.awaitQuiet(15_000)) {
                throw new AssertionError("the network did not settle: " + recorder.busy());
            }
            recorder.observe(observe(plan, base));
            if (round >= 1) {
                recorder.faults(0, 0); // faults in the first exchange and the first resends only
            }
            boolean acted = false;
            // IS-7: the staff decide on most held queries, provide on most of those.
            Map<Key, Long> held = new TreeMap<>((x, y) -> x.inquirer() != y.inquirer()
                    ? Long.compare(x.inquirer(), y.inquirer()) : Long.compare(x.serial(), y.serial()));
            for (TraceEvent e : recorder.events()) {
                if (e.action().equals("ProviderReceiveNotice") && Messages.HELD.equals(e.get("outcome"))) {
                    held.put(new Key((Long) e.get("inquirer"), (Long) e.get("serial")), (Long) e.get("provider"));
                }
            }
            for (Map.Entry<Key, Long> h : held.entrySet()) {
                if (considered.add(h.getKey()) && rnd.nextInt(100) < 80) {
                    network.server(h.getValue()).decide(h.getKey(), rnd.nextInt(100) < 60);
                    acted = true;
                }
            }
            if (!acted) {
                // The spec resends only once nothing about the query is in flight: its timeout is
                // longer than any delivery. Resends wait for a quiet network after staff decisions.
                for (long i : plan.keySet()) {
                    acted |= network.server(i).resendUnanswered(0) > 0;
                }
            }
            quietEnd = !acted;
        }
        for (Map.Entry<Long, List<Ask>> p : plan.entrySet()) {
            for (int k = 1; k <= p.getValue().size(); k++) {
                if (network.server(p.getKey()).state(base.get(p.getKey()) + k) == IntermediateServer.State.SENT) {
                    throw new AssertionError("I" + p.getKey() + " serial " + (base.get(p.getKey()) + k)
                            + " still unanswered after the resends");
                }
            }
        }
        List<TraceEvent> events = recorder.specEvents(serials);
        return new LinkageTraceModule.Run(constants(asks, plan, restricted, events), events);
    }

    /** NET-1: the business system's query to its intermediate server over HTTP; its serial. */
    private long inquire(Ask a) throws Exception {
        String body = JsonHttpServer.JSON.createObjectNode().put("item", a.item()).put("provider", a.provider())
                .put("category", a.category().name()).put("code", code(a.inquirer(), a.person())).toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(network.server(a.inquirer()).http().uri()
                        .resolve("/v1/inquiries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("the inquiry was not accepted: " + r.statusCode() + " " + r.body());
        }
        return JsonHttpServer.JSON.readTree(r.body()).get("serial").asLong();
    }

    private Map<String, Object> constants(List<Ask> asks, Map<Long, List<Ask>> plan,
            Map<List<Object>, Boolean> restricted, List<TraceEvent> events) {
        Set<String> institutions = new TreeSet<>();
        Set<String> persons = new TreeSet<>();
        Set<Integer> items = new TreeSet<>();
        Set<String> cats = new TreeSet<>();
        Set<Map<String, Object>> rules = new LinkedHashSet<>();
        Set<String> published = new TreeSet<>();
        Set<String> connected = new TreeSet<>();
        Set<Map<String, Object>> copySet = new LinkedHashSet<>();
        Set<Map<String, Object>> restrictedSet = new LinkedHashSet<>();
        for (Ask a : asks) {
            for (long i : List.of(a.inquirer(), a.provider())) {
                institutions.add("I" + i);
                if (published(i)) {
                    published.add("I" + i);
                }
                if (i != UNCONNECTED) {
                    connected.add("I" + i);
                }
            }
            persons.add("p" + a.person());
            items.add(a.item());
            cats.add(category(a.category()));
            if (tableAllows(a)) {
                rules.add(row("item", a.item(), "inquirer", "I" + a.inquirer(), "provider", "I" + a.provider(),
                        "category", category(a.category())));
            }
            Map<String, Object> tuple = row("provider", "I" + a.provider(), "person", "p" + a.person(),
                    "category", category(a.category()));
            if (copies.contains(a.provider() + " " + a.person() + " " + a.category().name())) {
                copySet.add(tuple);
            }
            if (restricted.get(List.of(a.provider(), a.person(), a.category()))) {
                restrictedSet.add(tuple);
            }
        }
        Map<String, Object> planOut = new LinkedHashMap<>();
        for (String i : institutions) {
            List<Map<String, Object>> queries = new ArrayList<>();
            for (Ask a : plan.getOrDefault(Long.parseLong(i.substring(1)), List.of())) {
                queries.add(row("item", a.item(), "provider", "I" + a.provider(), "category", category(a.category()),
                        "person", "p" + a.person()));
            }
            planOut.put(i, queries);
        }
        int losses = 0;
        int dups = 0;
        for (TraceEvent e : events) {
            losses += e.action().equals("Lose") ? 1 : 0;
            dups += Boolean.TRUE.equals(e.fields().get("leave")) ? 1 : 0;
        }
        Map<String, Object> c = new HashMap<>();
        c.put("institutions", institutions);
        c.put("persons", persons);
        c.put("items", items);
        c.put("categories", cats);
        c.put("rules", rules);
        c.put("published", published);
        c.put("connected", connected);
        c.put("copies", copySet);
        c.put("restricted", restrictedSet);
        c.put("plan", planOut);
        c.put("maxLoss", losses);
        c.put("maxDup", dups);
        return c;
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            m.put((String) namesAndValues[k], namesAndValues[k + 1]);
        }
        return m;
    }

    /**
     * The services' state for the run's queries: each inquiry's status and the data released (as
     * the inquirer's business system reads them over HTTP), and every party's records.
     */
    private TraceEvent observe(Map<Long, List<Ask>> plan, Map<Long, Long> base) throws Exception {
        Map<String, Object> inquiry = new LinkedHashMap<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        Set<Long> parties = new TreeSet<>();
        for (Map.Entry<Long, List<Ask>> p : plan.entrySet()) {
            long i = p.getKey();
            List<String> states = new ArrayList<>();
            Set<Map<String, Object>> released = new LinkedHashSet<>();
            for (int k = 1; k <= p.getValue().size(); k++) {
                long serial = base.get(i) + k;
                JsonNode view = JsonHttpServer.JSON.readTree(http.send(HttpRequest.newBuilder(
                        network.server(i).http().uri().resolve("/v1/inquiries/" + serial)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                states.add(view.get("state").asText());
                if (view.has("data")) {
                    String payload = view.get("data").asText();
                    released.add(row("serial", k, "data", payloads.getOrDefault(payload, List.of("unknown", payload))));
                }
                parties.add(p.getValue().get(k - 1).provider());
            }
            inquiry.put("I" + i, states);
            answers.put("I" + i, released);
            parties.add(i);
        }
        Map<String, Object> records = new LinkedHashMap<>();
        for (long party : parties) {
            records.put("I" + party, records(network.server(party).records(), false, plan, base));
        }
        records.put("core", records(network.core().records(), true, plan, base));
        return new TraceEvent("Observe", row("inquiry", inquiry, "answers", answers, "records", records));
    }

    private Set<Map<String, Object>> records(RecordLog log, boolean core, Map<Long, List<Ask>> plan,
            Map<Long, Long> base) {
        Set<Map<String, Object>> out = new LinkedHashSet<>();
        for (Map.Entry<Long, List<Ask>> p : plan.entrySet()) {
            for (int k = 1; k <= p.getValue().size(); k++) {
                for (ProvisionRecord r : log.find(new InstitutionId(p.getKey()), base.get(p.getKey()) + k)) {
                    String person = core ? r.person().split(String.valueOf(ProvisionRecord.CORE_SEPARATOR))[0] : r.person();
                    Category c = categories.stream().filter(x -> x.name().equals(r.category())).findFirst().orElse(null);
                    out.add(row("kind", r.kind().name().toLowerCase(), "inquirer", "I" + r.inquirer().value(),
                            "provider", "I" + r.provider().value(), "item", r.item(),
                            "category", c == null ? r.category() : category(c), "serial", k,
                            "person", codes.getOrDefault(person, List.of("unknown", person))));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        network.close();
    }
}
