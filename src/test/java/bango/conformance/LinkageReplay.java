package bango.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.codes.InstitutionId;
import bango.intermediate.IntermediateServer;
import bango.issuance.LinkedPopulation;
import bango.modelcheck.TlaValue;
import bango.network.Authorization;
import bango.network.ConnectionRegistry;
import bango.network.Faults;
import bango.network.Messages;
import bango.network.Network;
import bango.network.http.JsonHttpServer;
import bango.records.JournalRecordLog;
import bango.records.ProvisionRecord;
import bango.records.RecordLog;
import bango.trace.Tracer;
import bango.vault.InMemoryKeyCustody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiPredicate;

/**
 * Drives the Information Provision Network System's real services (the core system, the interface
 * system and one intermediate server per institution, on loopback, each with its own record journal)
 * through a behaviour of {@code TestLinkage.tla} (a generated test's), and compares the spec's end
 * state with theirs.
 *
 * <p>The scenario's constants come with the behaviour (as TLC printed them): institutions
 * {@code i1, i2, ...} become ids 1, 2, ... (in name order), persons {@code a, ...} the persons of a
 * synthetic population, whose codes the core system issued; categories keep their names. The core
 * decides with the scenario's table and published assessments; the providers register the
 * scenario's copies (each copy's data names its provider, person and category, as the spec's
 * {@code Data} does) and restrictions over HTTP, as their business systems do; only the connected
 * institutions file their self-checks; a party whose record store fails has its record log closed
 * before the first query, so that every append fails.
 *
 * <p>Of the spec's steps, the replay performs those a business system, the staff or the network
 * performs: a query sent ({@code SendQuery}: the business system's request, or the intermediate
 * server's resend once its query has gone silent), a staff decision ({@code StaffDecide}), and the
 * network's faults ({@code Lose}, and a delivery that leaves the message behind), which are armed
 * before the first step and hit the first message of their kind on its first line. The services
 * take every other step themselves. The spec's end state has no message in flight, so it is final:
 * the replay waits until the services settle, then compares each query's outcome, the answers
 * released, the queries held for staff, and every party's records as they are on disk.
 *
 * <p>One abstraction is mapped: the core system records a query it refuses itself under the
 * inquirer's code alone (it translates codes only for the queries it allows), where the spec's
 * record names both codes.
 */
public final class LinkageReplay {

    private static final String CORE = "core";
    private static final long SETTLE_NANOS = 10_000_000_000L;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final Path dir;
    private final List<String> actions = new ArrayList<>();
    private final List<Map<String, TlaValue>> states = new ArrayList<>();
    private final TlaValue setting;
    private final Map<String, InstitutionId> institutions = new TreeMap<>();
    private final Map<String, Integer> persons = new TreeMap<>();
    /** Code text -> the spec's {@code Code(party, person)}. */
    private final Map<String, TlaValue> codeValues = new HashMap<>();
    /** (inquirer, spec serial) -> the serial the inquirer's intermediate server gave the query. */
    private final Map<List<Object>, Long> serials = new HashMap<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private LinkedPopulation population;
    private Network network;

    private LinkageReplay(String name, String setting, String[][] behaviour, Path dir) {
        this.name = name;
        this.dir = dir;
        for (String[] step : behaviour) {
            actions.add(step[0]);
            Map<String, TlaValue> state = new LinkedHashMap<>();
            for (int i = 1; i < step.length; i++) {
                int eq = step[i].indexOf(" = ");
                state.put(step[i].substring(0, eq), TlaValue.parse(step[i].substring(eq + 3)));
            }
            states.add(state);
        }
        this.setting = TlaValue.parse(setting);
    }

    /**
     * Drives the services, set up as {@code setting} (the scenario's constants) says, through
     * {@code behaviour} (rows of the action, then {@code "var = value"}), keeping their stores in
     * {@code dir}.
     */
    public static void replay(String name, String setting, String[][] behaviour, Path dir) throws Exception {
        new LinkageReplay(name, setting, behaviour, dir).run();
    }

    private void run() throws Exception {
        bind();
        armFaults();
        startNetwork();
        try {
            for (int k = 1; k < states.size(); k++) {
                step(k);
            }
            Map<String, TlaValue> last = states.get(states.size() - 1);
            Map<String, Object> expected = observable(last);
            Map<String, Object> actual = settle(expected);
            assertEquals(expected, actual, () -> name + ": the services settled in another state than the spec's");
            for (Fault f : faults) {
                assertTrue(f.hit.get(), () -> name + ": the network never carried the " + f.what + " the spec's behaviour "
                        + f.how + "; the services took another path");
            }
        } finally {
            network.close();
        }
        // What every party recorded, read back from its journal (failed stores included).
        Map<String, TlaValue> last = states.get(states.size() - 1);
        for (String party : parties()) {
            List<TlaValue> written = new ArrayList<>();
            try (JournalRecordLog log = JournalRecordLog.open(journal(party))) {
                for (ProvisionRecord r : log.readAll()) {
                    written.add(record(r));
                }
            }
            assertEquals(expectedRecords(last, party), Set.copyOf(written),
                    () -> name + ": the records of " + party + " on disk differ from the spec's");
            assertEquals(Set.copyOf(written).size(), written.size(), () -> name + ": " + party + " recorded one event twice: " + written);
        }
    }

    // --- Binding the scenario to the services ------------------------------------------------------

    private void bind() {
        long id = 1;
        for (String i : new java.util.TreeSet<>(names(setting.get("institutions")))) {
            institutions.put(i, new InstitutionId(id++));
        }
        int p = 0;
        for (String person : new java.util.TreeSet<>(names(setting.get("persons")))) {
            persons.put(person, p++);
        }
        population = LinkedPopulation.issue(7, persons.size(), List.copyOf(institutions.values()),
                new InMemoryKeyCustody(), new InMemoryKeyCustody());
        institutions.forEach((inst, iid) -> persons.forEach((person, index) ->
                codeValues.put(code(inst, person), TlaValue.seq(TlaValue.str("code"), TlaValue.model(inst), TlaValue.model(person)))));
    }

    private String code(String institution, String person) {
        return population.code(institutions.get(institution), population.number(persons.get(person))).text();
    }

    private String institutionName(long id) {
        return institutions.entrySet().stream().filter(e -> e.getValue().value() == id).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError(name + ": no institution with id " + id));
    }

    /** NET-2 as the scenario states it: a rule of the table, and the provider's assessment published. */
    private Authorization authorization() {
        Set<TlaValue> rules = elements(setting.get("rules"));
        Set<TlaValue> published = elements(setting.get("published"));
        return (inquirer, item, provider, category) -> {
            TlaValue asked = TlaValue.record("item", item, "inquirer", TlaValue.model(institutionName(inquirer.value())),
                    "provider", TlaValue.model(institutionName(provider.value())), "category", TlaValue.model(category));
            if (!rules.contains(asked)) {
                return Authorization.Verdict.deny("no rule of the table gives " + category + " under item " + item);
            }
            if (!published.contains(TlaValue.model(institutionName(provider.value())))) {
                return Authorization.Verdict.deny(provider + "'s privacy impact assessment is not published");
            }
            return Authorization.Verdict.allow(item);
        };
    }

    private void startNetwork() throws Exception {
        Set<Long> items = new HashSet<>();
        elements(setting.get("items")).forEach(i -> items.add(i.asLong()));
        Set<String> categories = names(setting.get("categories"));
        Set<Long> ids = new HashSet<>();
        institutions.values().forEach(i -> ids.add(i.value()));
        IntermediateServer.Vocabulary vocabulary = new IntermediateServer.Vocabulary(
                item -> items.contains((long) item), ids::contains, categories::contains);
        network = Network.start(new Network.Plan(population.core(), authorization(), List.copyOf(institutions.values()),
                vocabulary, dir, 0, Tracer.OFF, networkFaults()));
        List<InstitutionId> connected = names(setting.get("connected")).stream().sorted().map(institutions::get).toList();
        assertEquals(connected.stream().map(i -> 200).toList(), network.reportSelfChecks(connected, ConnectionRegistry.allInPlace()),
                () -> name + ": a self-check was not accepted");
        // IS-2, IS-7: the providers' business systems register the copies and restrictions in advance.
        for (TlaValue copy : elements(setting.get("copies"))) {
            String provider = modelName(copy.get("provider"));
            String person = modelName(copy.get("person"));
            String category = modelName(copy.get("category"));
            ObjectNode data = JsonHttpServer.JSON.createObjectNode().put("provider", provider).put("person", person).put("category", category);
            ArrayNode body = JsonHttpServer.JSON.createArrayNode();
            body.addObject().put("code", code(provider, person)).put("category", category).set("data", data);
            assertEquals(200, post(server(provider), "/v1/copies", body.toString()).status(), name + ": a copy was not registered");
        }
        for (TlaValue r : elements(setting.get("restricted"))) {
            String provider = modelName(r.get("provider"));
            ObjectNode body = JsonHttpServer.JSON.createObjectNode().put("code", code(provider, modelName(r.get("person"))))
                    .put("category", modelName(r.get("category"))).put("restricted", true);
            assertEquals(200, post(server(provider), "/v1/restrictions", body.toString()).status(), name + ": a restriction was not registered");
        }
        // LOG-1: a failing record store takes no record: every append to a closed log fails.
        for (TlaValue party : elements(setting.get("failingStores"))) {
            logOf(partyName(party)).close();
        }
    }

    private URI server(String institution) {
        return network.server(institutions.get(institution).value()).http().uri();
    }

    private RecordLog logOf(String party) {
        return party.equals(CORE) ? network.core().records() : network.server(institutions.get(party).value()).records();
    }

    private Path journal(String party) {
        return party.equals(CORE) ? dir.resolve("core").resolve("records.journal")
                : dir.resolve("intermediate").resolve("I" + institutions.get(party).value()).resolve("records.journal");
    }

    private List<String> parties() {
        List<String> parties = new ArrayList<>(institutions.keySet());
        parties.add(CORE);
        return parties;
    }

    // --- The network's faults ---------------------------------------------------------------------

    /** A fault of the spec's behaviour: the first message on a first line that matches is lost or repeated. */
    private static final class Fault {
        final boolean lose;
        final String what;
        final String how;
        final BiPredicate<String, Object> matches;
        final AtomicBoolean hit = new AtomicBoolean();

        Fault(boolean lose, String what, BiPredicate<String, Object> matches) {
            this.lose = lose;
            this.what = what;
            this.how = lose ? "loses" : "delivers twice";
            this.matches = matches;
        }
    }

    private void armFaults() {
        for (int k = 1; k < states.size(); k++) {
            TlaValue before = states.get(k - 1).get("net");
            TlaValue after = states.get(k).get("net");
            if (actions.get(k).equals("Lose")) {
                faults.add(fault(true, only(minus(before, after), k)));
            } else if (states.get(k).get("dups").asLong() > states.get(k - 1).get("dups").asLong()) {
                faults.add(fault(false, repeated(k)));
            }
        }
    }

    /** The message a step that left it behind delivered: known by the action's kind of message. */
    private TlaValue repeated(int k) {
        String type = switch (actions.get(k)) {
            case "CoreReceiveQuery" -> "query";
            case "ProviderReceiveNotice" -> "notice";
            case "InterfaceParkData" -> "data";
            case "InterfaceRelease" -> "release";
            case "InquirerReceiveAnswer" -> "answer";
            default -> throw new AssertionError(name + ", step " + k + ": no implementation fault repeats the message of " + actions.get(k));
        };
        List<TlaValue> candidates = elements(states.get(k - 1).get("net")).stream()
                .filter(m -> m.get("type").asString().equals(type) && elements(states.get(k).get("net")).contains(m)).toList();
        return only(Set.copyOf(candidates), k);
    }

    /**
     * The spec's message as the implementation sends it on its first line: the sender's line to the
     * interface system (or the interface system's to the receiver), with the implementation's message.
     */
    private Fault fault(boolean lose, TlaValue m) {
        String type = m.get("type").asString();
        String inquirer = modelName(type.equals("query") ? m.get("from")
                : Set.of("notice", "report", "release").contains(type) ? m.get("inquirer") : m.get("to"));
        long serial = implSerial(inquirer, m.get("serial").asLong());
        long iid = institutions.get(inquirer).value();
        String from = partyName(m.get("from"));
        String line = from.equals(CORE) ? "core->interface" : from.equals("interface") ? "interface->" : "is-" + institutions.get(from).value() + "->interface";
        BiPredicate<String, Object> message = switch (type) {
            case "query" -> (l, o) -> o instanceof Messages.Query q && q.inquirer() == iid && q.serial() == serial;
            case "notice" -> (l, o) -> o instanceof Messages.Notice n && n.inquirer() == iid && n.serial() == serial;
            case "data" -> (l, o) -> o instanceof Messages.Data d && d.inquirer() == iid && d.serial() == serial;
            case "report" -> {
                String outcome = m.get("outcome").asString();
                // A provision is reported by the interface system when it parks the data.
                String via = outcome.equals(Messages.PROVIDED) ? "interface->core" : line;
                yield (l, o) -> l.equals(via) && o instanceof Messages.Report r && r.inquirer() == iid && r.serial() == serial
                        && r.outcome().equals(outcome);
            }
            case "release" -> (l, o) -> o instanceof Messages.Release r && r.inquirer() == iid && r.serial() == serial;
            case "answer" -> (l, o) -> o instanceof Messages.Answer a && a.inquirer() == iid && a.serial() == serial;
            case "held", "refused" -> (l, o) -> l.startsWith(line) && o instanceof Messages.Status s && s.inquirer() == iid
                    && s.serial() == serial && s.status().equals(type);
            default -> throw new AssertionError(name + ": no implementation message for a " + type);
        };
        String firstLine = type.equals("report") ? "" : line;
        return new Fault(lose, type + " of " + inquirer + "'s serial " + m.get("serial"),
                (l, o) -> l.startsWith(firstLine) && message.test(l, o));
    }

    private Faults networkFaults() {
        return new Faults() {
            @Override
            public boolean lose(String line, Object message) {
                return strike(true, line, message);
            }

            @Override
            public boolean duplicate(String line, Object message) {
                return strike(false, line, message);
            }
        };
    }

    private boolean strike(boolean lose, String line, Object message) {
        for (Fault f : faults) {
            if (f.lose == lose && f.matches.test(line, message) && f.hit.compareAndSet(false, true)) {
                return true;
            }
        }
        return false;
    }

    // --- The steps --------------------------------------------------------------------------------

    private void step(int k) throws Exception {
        Map<String, TlaValue> before = states.get(k - 1);
        Map<String, TlaValue> after = states.get(k);
        switch (actions.get(k)) {
            case "SendQuery" -> {
                TlaValue m = only(minus(after.get("net"), before.get("net")), k);
                String inquirer = modelName(m.get("from"));
                long s = m.get("serial").asLong();
                String was = before.get("inquiry").apply(TlaValue.model(inquirer)).apply(TlaValue.of(s)).asString();
                if (was.equals("idle")) {
                    ask(inquirer, s, k);
                } else {
                    resend(inquirer, s, k);
                }
            }
            case "StaffDecide" -> {
                TlaValue d = only(minus(after.get("staff"), before.get("staff")), k);
                decide(modelName(d.get("provider")), modelName(d.get("inquirer")), d.get("serial").asLong(), d.get("provide").asBoolean(), k);
            }
            case "Lose", "CoreReceiveQuery", "ProviderReceiveNotice", "InterfaceParkData", "CoreReceiveReport",
                    "InterfaceRelease", "InquirerReceiveAnswer", "InquirerReceiveStatus" -> {
                // the network's fault (armed before the first step) or a service's own step
            }
            default -> throw new AssertionError(name + ", step " + k + ": no implementation step for " + actions.get(k));
        }
    }

    /** NET-1: the inquirer's business system asks, with its own code for the person. */
    private void ask(String inquirer, long specSerial, int k) throws Exception {
        TlaValue q = setting.get("plan").apply(TlaValue.model(inquirer)).apply(TlaValue.of(specSerial));
        long expected = serials.keySet().stream().filter(key -> key.get(0).equals(inquirer)).count() + 1;
        serials.put(List.of(inquirer, specSerial), expected);
        ObjectNode body = JsonHttpServer.JSON.createObjectNode().put("item", q.get("item").asLong())
                .put("provider", institutions.get(modelName(q.get("provider"))).value())
                .put("category", modelName(q.get("category"))).put("code", code(inquirer, modelName(q.get("person"))));
        Reply r = post(server(inquirer), "/v1/inquiries", body.toString());
        assertEquals(200, r.status(), () -> name + ", step " + k + ": the query was not sent: " + r.body());
        assertEquals(expected, r.body().get("serial").asLong(), () -> name + ", step " + k + ": the server numbered the query otherwise");
    }

    /** The inquirer's server resends, under the same serial, once nothing about its query is on its way. */
    private void resend(String inquirer, long specSerial, int k) throws Exception {
        long serial = implSerial(inquirer, specSerial);
        IntermediateServer s = network.server(institutions.get(inquirer).value());
        for (Fault f : faults.subList(0, lossesBefore(k))) {
            await(() -> f.hit.get(), k, "the " + f.what + " to be lost");
        }
        await(() -> network.backlog() == 0, k, "the network to go quiet");
        assertEquals(IntermediateServer.State.SENT, s.state(serial), () -> name + ", step " + k + ": the query is no longer unanswered");
        assertEquals(1, s.resendUnanswered(0), () -> name + ", step " + k + ": the server resent another number of queries");
    }

    private int lossesBefore(int k) {
        int n = 0;
        for (int j = 1; j < k; j++) {
            if (actions.get(j).equals("Lose") || states.get(j).get("dups").asLong() > states.get(j - 1).get("dups").asLong()) {
                n++;
            }
        }
        return n;
    }

    /** IS-7: the provider's staff decide on the held query, once it is listed as held. */
    private void decide(String provider, String inquirer, long specSerial, boolean provide, int k) throws Exception {
        long serial = implSerial(inquirer, specSerial);
        long iid = institutions.get(inquirer).value();
        await(() -> held(provider).contains(List.of(iid, serial)), k, "the query to be held at " + provider);
        Reply r = post(server(provider), "/v1/holds/" + iid + "/" + serial, "{\"provide\":" + provide + "}");
        assertEquals(200, r.status(), () -> name + ", step " + k + ": the staff decision was not taken: " + r.body());
    }

    private Set<List<Long>> held(String provider) throws Exception {
        Set<List<Long>> held = new HashSet<>();
        for (JsonNode h : get(server(provider), "/v1/holds").body()) {
            held.add(List.of(h.get("inquirer").asLong(), h.get("serial").asLong()));
        }
        return held;
    }

    private long implSerial(String inquirer, long specSerial) {
        Long serial = serials.get(List.of(inquirer, specSerial));
        if (serial != null) {
            return serial;
        }
        // A fault armed before the query is sent: the server numbers its queries in the order sent.
        List<Long> order = new ArrayList<>();
        for (int k = 1; k < states.size(); k++) {
            TlaValue was = states.get(k - 1).get("inquiry").apply(TlaValue.model(inquirer));
            TlaValue now = states.get(k).get("inquiry").apply(TlaValue.model(inquirer));
            for (long s = 1; now instanceof TlaValue.Seq seq && s <= seq.elements().size(); s++) {
                if (was.apply(TlaValue.of(s)).asString().equals("idle") && !now.apply(TlaValue.of(s)).asString().equals("idle")) {
                    order.add(s);
                }
            }
        }
        int index = order.indexOf(specSerial);
        if (index < 0) {
            throw new AssertionError(name + ": " + inquirer + " never sends serial " + specSerial);
        }
        return index + 1;
    }

    // --- The end state ------------------------------------------------------------------------------

    /** What is compared: each planned query's status, the answers released, the held queries, the live records. */
    private Map<String, Object> observable(Map<String, TlaValue> state) {
        Map<String, Object> v = new TreeMap<>();
        for (String i : institutions.keySet()) {
            TlaValue plan = setting.get("plan").apply(TlaValue.model(i));
            for (long s = 1; plan instanceof TlaValue.Seq seq && s <= seq.elements().size(); s++) {
                v.put("inquiry " + i + " " + s, state.get("inquiry").apply(TlaValue.model(i)).apply(TlaValue.of(s)).asString());
            }
            TlaValue answers = state.get("answers").apply(TlaValue.model(i));
            v.put("answers " + i, elements(TlaValue.set(answers instanceof TlaValue.Seq seq ? seq.elements() : List.of())));
            Set<TlaValue> holds = new HashSet<>();
            for (TlaValue x : elements(state.get("served"))) {
                if (modelName(x.get("provider")).equals(i) && x.get("outcome").asString().equals("held")
                        && elements(state.get("staff")).stream().noneMatch(d -> d.get("provider").equals(x.get("provider"))
                        && d.get("inquirer").equals(x.get("inquirer")) && d.get("serial").equals(x.get("serial")))) {
                    holds.add(TlaValue.seq(x.get("inquirer"), x.get("serial")));
                }
            }
            v.put("held at " + i, holds);
        }
        for (String party : parties()) {
            if (!failing(party)) {
                v.put("records of " + party, expectedRecords(state, party));
            }
        }
        return v;
    }

    private boolean failing(String party) {
        return elements(setting.get("failingStores")).stream().anyMatch(p -> partyName(p).equals(party));
    }

    /** The spec's records of {@code party}, with the one mapped abstraction (see the class comment). */
    private Set<TlaValue> expectedRecords(Map<String, TlaValue> state, String party) {
        Set<TlaValue> records = elements(state.get("records").apply(partyValue(party)));
        if (!party.equals(CORE)) {
            return records;
        }
        Set<TlaValue> mapped = new HashSet<>();
        for (TlaValue r : records) {
            boolean refusedByCore = r.get("kind").asString().equals("refusal") && records.stream().noneMatch(
                    x -> x.get("kind").asString().equals("request") && x.get("inquirer").equals(r.get("inquirer"))
                            && x.get("serial").equals(r.get("serial")));
            mapped.add(refusedByCore ? with(r, "person", r.get("person").apply(TlaValue.of(1))) : r);
        }
        return mapped;
    }

    private static TlaValue with(TlaValue rec, String field, TlaValue value) {
        Map<String, TlaValue> fields = new LinkedHashMap<>(((TlaValue.Rec) rec).fields());
        fields.put(field, value);
        return TlaValue.from(fields);
    }

    /** The same view of the services. */
    private Map<String, Object> observed() throws Exception {
        Map<String, Object> v = new TreeMap<>();
        for (String i : institutions.keySet()) {
            TlaValue plan = setting.get("plan").apply(TlaValue.model(i));
            Set<TlaValue> answers = new HashSet<>();
            for (long s = 1; plan instanceof TlaValue.Seq seq && s <= seq.elements().size(); s++) {
                Long serial = serials.get(List.of(i, s));
                String status = "idle";
                if (serial != null) {
                    JsonNode q = get(server(i), "/v1/inquiries/" + serial).body();
                    status = q.get("state").asText();
                    if (status.equals("provided")) { // the data counts once the provision is recorded
                        JsonNode d = JsonHttpServer.JSON.readTree(q.get("data").asText());
                        answers.add(TlaValue.record("serial", s, "data", TlaValue.seq(TlaValue.str("data"),
                                TlaValue.model(d.get("provider").asText()), TlaValue.model(d.get("person").asText()),
                                TlaValue.model(d.get("category").asText()))));
                    }
                }
                v.put("inquiry " + i + " " + s, status);
            }
            v.put("answers " + i, answers);
            Set<TlaValue> holds = new HashSet<>();
            for (List<Long> h : held(i)) {
                String inquirer = institutionName(h.get(0));
                holds.add(TlaValue.seq(TlaValue.model(inquirer), TlaValue.of(specSerial(inquirer, h.get(1)))));
            }
            v.put("held at " + i, holds);
        }
        for (String party : parties()) {
            if (!failing(party)) {
                Set<TlaValue> records = new HashSet<>();
                for (ProvisionRecord r : logOf(party).readAll()) {
                    records.add(record(r));
                }
                v.put("records of " + party, records);
            }
        }
        return v;
    }

    /** Waits until the services show the spec's end state with nothing left on the lines (or 10 s pass); returns what they show. */
    private Map<String, Object> settle(Map<String, Object> expected) throws Exception {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (true) {
            Map<String, Object> now = observed();
            boolean quiet = network.backlog() == 0;
            if ((quiet && now.equals(expected) && observed().equals(expected)) || System.nanoTime() > deadline) {
                return now;
            }
            Thread.sleep(5);
        }
    }

    /** A record as the spec writes it. */
    private TlaValue record(ProvisionRecord r) {
        String inquirer = institutionName(r.inquirer().value());
        TlaValue person;
        int sep = r.person().indexOf(ProvisionRecord.CORE_SEPARATOR);
        if (sep >= 0) {
            person = TlaValue.seq(codeValue(r.person().substring(0, sep)), codeValue(r.person().substring(sep + 1)));
        } else {
            person = codeValue(r.person());
        }
        return TlaValue.record("kind", r.kind().name().toLowerCase(), "inquirer", TlaValue.model(inquirer),
                "provider", TlaValue.model(institutionName(r.provider().value())), "item", r.item(),
                "category", TlaValue.model(r.category()), "serial", specSerial(inquirer, r.serial()), "person", person);
    }

    private TlaValue codeValue(String code) {
        TlaValue v = codeValues.get(code);
        if (v == null) {
            throw new AssertionError(name + ": a record names a code the core issued to nobody of the scenario");
        }
        return v;
    }

    private long specSerial(String inquirer, long serial) {
        return serials.entrySet().stream().filter(e -> e.getKey().get(0).equals(inquirer) && e.getValue() == serial)
                .map(e -> (Long) e.getKey().get(1)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": serial " + serial + " of " + inquirer + " was never sent"));
    }

    // --- TLA+ values --------------------------------------------------------------------------------

    private static Set<TlaValue> elements(TlaValue set) {
        if (set instanceof TlaValue.FiniteSet s) {
            return Set.copyOf(s.elements());
        }
        if (set instanceof TlaValue.Seq s && s.elements().isEmpty()) {
            return Set.of();
        }
        throw new IllegalArgumentException(set + " is not a set");
    }

    private static Set<String> names(TlaValue set) {
        Set<String> names = new HashSet<>();
        elements(set).forEach(v -> names.add(modelName(v)));
        return names;
    }

    private static String modelName(TlaValue v) {
        if (v instanceof TlaValue.ModelValue m) {
            return m.name();
        }
        throw new IllegalArgumentException(v + " is not a model value");
    }

    /** An institution (a model value) or the core ({@code "core"}), by name. */
    private static String partyName(TlaValue v) {
        return v instanceof TlaValue.Str s ? s.value() : modelName(v);
    }

    private static TlaValue partyValue(String party) {
        return party.equals(CORE) ? TlaValue.str(CORE) : TlaValue.model(party);
    }

    private static Set<TlaValue> minus(TlaValue a, TlaValue b) {
        Set<TlaValue> out = new HashSet<>(elements(a));
        out.removeAll(elements(b));
        return out;
    }

    private TlaValue only(Set<TlaValue> values, int k) {
        if (values.size() != 1) {
            throw new AssertionError(name + ", step " + k + " (" + actions.get(k) + "): expected one message, found " + values);
        }
        return values.iterator().next();
    }

    // --- HTTP, as a business system speaks it ---------------------------------------------------------

    private record Reply(int status, JsonNode body) {
    }

    private static Reply post(URI base, String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JsonHttpServer.JSON.readTree(r.body()));
    }

    private static Reply get(URI base, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JsonHttpServer.JSON.readTree(r.body()));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private void await(Condition c, int k, String what) throws Exception {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (!c.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + ", step " + k + " (" + actions.get(k) + "): waited 10 s for " + what);
            }
            Thread.sleep(5);
        }
    }
}
