package bango.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.codes.CodePermutation;
import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.institution.Institution;
import bango.issuance.Issuance;
import bango.jlis.Jlis;
import bango.jlis.NumberPermutation;
import bango.modelcheck.TlaValue;
import bango.register.Municipality;
import bango.register.PersonName;
import bango.register.Resident;
import bango.register.Sex;
import bango.register.SyntheticPopulation;
import bango.trace.Tracer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays a behaviour of Identifiers.tla (a generated test's) against the implementation and
 * compares the spec's state with the implementation's after every step that completes an
 * implementation operation.
 *
 * <p>The spec's model values become concrete values: resident codes {@code r1, r2, ...}, the other
 * values {@code v1, ...} of the number domain, municipalities, institutions {@code i1, ...} with ids
 * 1, 2, ... and codes {@code c1, ...}. The spec samples its keyed permutations lazily; the replay
 * gives the implementation scripted permutations that return exactly the spec's samples, so the
 * implementation meets the same collisions the model checker chose, and fails loudly if it evaluates
 * a point the spec never did.
 */
public final class IdentifiersReplay {

    private static final String NONE = "none";

    private final String name;
    private final List<Map<String, TlaValue>> states = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private final Map<String, Long> values = new TreeMap<>();
    private final Map<Long, String> valueNames = new HashMap<>();
    private final Map<String, Municipality> municipalities = new TreeMap<>();
    private final Map<String, String> homes = new TreeMap<>();
    private final Map<String, InstitutionId> institutions = new TreeMap<>();
    private final Map<String, InstitutionCode> codes = new TreeMap<>();
    private final Map<InstitutionCode, String> codeNames = new HashMap<>();
    private Issuance world;

    private IdentifiersReplay(String name, String[][] behaviour) {
        this.name = name;
        for (String[] step : behaviour) {
            actions.add(step[0]);
            Map<String, TlaValue> state = new LinkedHashMap<>();
            for (int i = 1; i < step.length; i++) {
                int eq = step[i].indexOf(" = ");
                state.put(step[i].substring(0, eq), TlaValue.parse(step[i].substring(eq + 3)));
            }
            states.add(state);
        }
    }

    /** Replays {@code behaviour}: rows of the action, then {@code "var = value"} for each variable. */
    public static void replay(String name, String[][] behaviour) {
        new IdentifiersReplay(name, behaviour).run();
    }

    private void run() {
        bind();
        compareAll(0);
        int k = 1;
        while (k < states.size()) {
            String action = actions.get(k);
            switch (action) {
                case "RequestNumber", "RequestReissue" -> {
                    String r = modelName(states.get(k).get("job").get("rc"));
                    int end = k;
                    while (end < states.size() && !actions.get(end).equals("JlisIssue")) {
                        end++;
                    }
                    if (end == states.size()) {
                        return; // the behaviour stops inside J-LIS's generation: nothing left to compare
                    }
                    ResidentCode rc = residentCode(r);
                    var register = world.register(municipalities.get(homes.get(r)));
                    if (action.equals("RequestNumber")) {
                        register.designate(rc);
                    } else {
                        register.change(rc);
                    }
                    k = end;
                }
                case "RequestCode" -> {
                    TlaValue m = only(added(states.get(k - 1).get("msgs"), states.get(k).get("msgs")), k);
                    Institution institution = world.institution(institutions.get(modelName(m.get("from"))));
                    Optional<Long> serial = institution.requestCode(number(modelName(m.get("num"))));
                    assertEquals(Optional.of(m.get("serial").asLong()), serial,
                            () -> where(actions.size() - 1) + ": the institution used another serial");
                }
                case "IssueCode", "RefuseCode" -> {
                    TlaValue m = only(added(states.get(k).get("msgs"), states.get(k - 1).get("msgs")), k);
                    world.jlis().processCodeRequest(institutions.get(modelName(m.get("from"))), m.get("serial").asLong());
                }
                default -> throw new AssertionError(where(k) + ": no implementation step for action " + action);
            }
            compareAll(k);
            k++;
        }
    }

    // --- Binding the spec's model values to concrete ones ---------------------------------------

    private void bind() {
        Map<String, TlaValue> init = states.get(0);
        Map<String, TlaValue> last = states.get(states.size() - 1);
        // Municipalities and their residents, from the initial knowledge: each holds its residents' codes.
        List<Municipality> towns = SyntheticPopulation.MUNICIPALITIES;
        TlaValue.Fcn knows = (TlaValue.Fcn) init.get("knows");
        int t = 0;
        for (Map.Entry<TlaValue, TlaValue> e : knows.graph().entrySet()) {
            if (e.getKey() instanceof TlaValue.ModelValue mv && mv.name().startsWith("m")) {
                municipalities.put(mv.name(), towns.get(t++));
                for (TlaValue row : ((TlaValue.FiniteSet) e.getValue()).elements()) {
                    for (TlaValue atom : ((TlaValue.FiniteSet) row).elements()) {
                        homes.put(modelName(atom.apply(TlaValue.of(2))), mv.name());
                    }
                }
            }
        }
        // Resident codes r1, r2, ...: one prefix, so their 11-digit values are plain and distinct.
        int i = 0;
        for (String r : homes.keySet()) {
            ResidentCode rc = ResidentCode.fromBody(4_200_000_000L + 10L * i++);
            values.put(r, rc.value());
        }
        // The other values of the number domain: whatever model values the permutation mentions.
        for (TlaValue tweak : ((TlaValue.Fcn) last.get("perm")).graph().values()) {
            if (tweak instanceof TlaValue.Fcn f) {
                f.graph().forEach((x, y) -> {
                    bindValue(modelName(x));
                    bindValue(modelName(y));
                });
            }
        }
        values.forEach((n, v) -> valueNames.put(v, n));
        ((TlaValue.Fcn) init.get("nextSerial")).graph().keySet()
                .forEach(k -> institutions.put(modelName(k), null));
        long id = 1;
        for (String inst : new ArrayList<>(institutions.keySet())) {
            institutions.put(inst, new InstitutionId(id++));
        }
        if (last.get("codePrf") instanceof TlaValue.Fcn f) {
            long c = 1;
            for (TlaValue code : new java.util.TreeSet<>(f.graph().values().stream().map(this::modelName).toList())
                    .stream().map(TlaValue::model).toList()) {
                InstitutionCode ic = new InstitutionCode(0x5EED_0000L, c++);
                codes.put(modelName(code), ic);
                codeNames.put(ic, modelName(code));
            }
        }
        world = new Issuance(scriptedNumbers((TlaValue.Fcn) last.get("perm")), scriptedCodes(last.get("codePrf")), Tracer.OFF);
        for (String r : homes.keySet()) {
            Municipality town = municipalities.get(homes.get(r));
            world.register(town).add(new Resident(residentCode(r), new PersonName("佐藤", "一郎", "サトウ", "イチロウ"),
                    LocalDate.of(1980, 4, 1), Sex.MALE, town, town.addressPrefix() + "1丁目1番1号"));
        }
        institutions.values().forEach(world::institution);
    }

    private void bindValue(String name) {
        if (!values.containsKey(name)) {
            values.put(name, 77_000_000_000L + 1_000L * values.size());
        }
    }

    private NumberPermutation scriptedNumbers(TlaValue.Fcn perm) {
        Map<List<Long>, Long> table = new HashMap<>();
        perm.graph().forEach((tweak, f) -> {
            long g = tweak.apply(TlaValue.of(1)).asLong();
            long a = tweak.apply(TlaValue.of(2)).asLong();
            if (f instanceof TlaValue.Fcn fn) {
                fn.graph().forEach((x, y) -> table.put(List.of(g, a, values.get(modelName(x))), values.get(modelName(y))));
            }
        });
        return (value, generation, attempt) -> {
            Long y = table.get(List.of((long) generation, (long) attempt, value));
            if (y == null) {
                throw new AssertionError(name + ": the implementation evaluated the number permutation at "
                        + valueNames.get(value) + " under tweak <<" + generation + ", " + attempt
                        + ">>, a point the spec's behaviour never sampled");
            }
            return y;
        };
    }

    private CodePermutation scriptedCodes(TlaValue codePrf) {
        Map<List<Long>, InstitutionCode> table = new HashMap<>();
        if (codePrf instanceof TlaValue.Fcn f) {
            f.graph().forEach((point, c) -> table.put(List.of(institutions.get(modelName(point.apply(TlaValue.of(1)))).value(),
                    point.apply(TlaValue.of(2)).asLong()), codes.get(modelName(c))));
        }
        return new CodePermutation() {
            @Override
            public InstitutionCode forward(long institution, long person) {
                InstitutionCode c = table.get(List.of(institution, person));
                if (c == null) {
                    throw new AssertionError(name + ": the core computed a code at a point the spec never sampled");
                }
                return c;
            }

            @Override
            public long[] inverse(InstitutionCode code) {
                return table.entrySet().stream().filter(e -> e.getValue().equals(code)).findFirst()
                        .map(e -> new long[] {e.getKey().get(0), e.getKey().get(1)})
                        .orElseThrow(() -> new AssertionError(name + ": not a code of the script"));
            }
        };
    }

    // --- Comparing states -----------------------------------------------------------------------

    private void compareAll(int k) {
        Map<String, TlaValue> spec = states.get(k);
        Map<String, TlaValue> impl = implementationState();
        for (Map.Entry<String, TlaValue> e : impl.entrySet()) {
            assertEquals(spec.get(e.getKey()), e.getValue(),
                    where(k) + ": " + e.getKey() + " differs between the spec (expected) and the implementation (actual)");
        }
        assertTrue(spec.get("job").get("rc").equals(TlaValue.str(NONE)),
                () -> where(k) + ": the spec is inside J-LIS's generation where the implementation is not");
    }

    /** The implementation's state as the spec's variables, through the model-value binding. */
    private Map<String, TlaValue> implementationState() {
        Map<String, TlaValue> s = new LinkedHashMap<>();
        Jlis jlis = world.jlis();
        List<TlaValue> ledger = new ArrayList<>();
        for (Jlis.LedgerEntry e : jlis.ledger()) {
            ledger.add(TlaValue.record("rc", model(e.residentCode().value()), "gen", e.generation(),
                    "attempt", e.attempt(), "num", model(e.number().body())));
        }
        s.put("ledger", TlaValue.seq(ledger));
        Map<TlaValue, TlaValue> register = new LinkedHashMap<>();
        for (String r : homes.keySet()) {
            Optional<IndividualNumber> n = world.register(municipalities.get(homes.get(r))).numberOf(residentCode(r));
            register.put(TlaValue.model(r), n.<TlaValue>map(x -> model(x.body())).orElse(TlaValue.str(NONE)));
        }
        s.put("register", TlaValue.function(register));
        Map<TlaValue, TlaValue> nextSerial = new LinkedHashMap<>();
        Map<TlaValue, TlaValue> outstanding = new LinkedHashMap<>();
        Map<TlaValue, TlaValue> book = new LinkedHashMap<>();
        for (Map.Entry<String, InstitutionId> e : institutions.entrySet()) {
            Institution inst = world.institution(e.getValue());
            TlaValue key = TlaValue.model(e.getKey());
            nextSerial.put(key, TlaValue.of(inst.nextSerial()));
            Set<TlaValue> out = new LinkedHashSet<>();
            inst.outstanding().forEach((serial, n) -> out.add(TlaValue.record("serial", serial, "num", model(n.body()))));
            outstanding.put(key, TlaValue.set(out));
            Set<TlaValue> entries = new LinkedHashSet<>();
            inst.book().forEach((n, c) -> entries.add(TlaValue.record("num", model(n.body()), "code", code(c))));
            book.put(key, TlaValue.set(entries));
        }
        s.put("nextSerial", TlaValue.function(nextSerial));
        s.put("outstanding", TlaValue.function(outstanding));
        s.put("book", TlaValue.function(book));
        CoreSystem core = world.core();
        Map<TlaValue, TlaValue> pid = new LinkedHashMap<>();
        for (String r : homes.keySet()) {
            pid.put(TlaValue.model(r), TlaValue.of(core.personId(residentCode(r)).orElse(0L)));
        }
        s.put("pid", TlaValue.function(pid));
        Set<TlaValue> codeLedger = new LinkedHashSet<>();
        for (CoreSystem.IssuedCode c : core.issued()) {
            codeLedger.add(TlaValue.record("inst", TlaValue.model(instName(c.institution())),
                    "rc", model(c.residentCode().value()), "code", code(c.code())));
        }
        s.put("codeLedger", TlaValue.set(codeLedger));
        Set<TlaValue> msgs = new LinkedHashSet<>();
        for (Jlis.WaitingRequest w : jlis.pendingCodeRequests()) {
            msgs.add(TlaValue.record("kind", "codeRequest", "from", TlaValue.model(instName(w.institution())),
                    "to", "jlis", "serial", w.serial(), "num", model(w.number().body())));
        }
        s.put("msgs", TlaValue.set(msgs));
        return s;
    }

    // --- Helpers --------------------------------------------------------------------------------

    private TlaValue model(long value) {
        String n = valueNames.get(value);
        if (n == null) {
            throw new AssertionError(name + ": the implementation produced the value " + value
                    + ", which is not in the spec's behaviour");
        }
        return TlaValue.model(n);
    }

    private TlaValue code(InstitutionCode c) {
        String n = codeNames.get(c);
        if (n == null) {
            throw new AssertionError(name + ": the implementation holds a code the spec never produced");
        }
        return TlaValue.model(n);
    }

    private String instName(InstitutionId id) {
        return institutions.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst()
                .orElseThrow().getKey();
    }

    private ResidentCode residentCode(String r) {
        return ResidentCode.fromBody(values.get(r) / 10);
    }

    private IndividualNumber number(String v) {
        return IndividualNumber.fromBody(values.get(v));
    }

    private String modelName(TlaValue v) {
        if (v instanceof TlaValue.ModelValue m) {
            return m.name();
        }
        throw new AssertionError(name + ": expected a model value, found " + v);
    }

    private static TlaValue only(Set<TlaValue> set, int k) {
        if (set.size() != 1) {
            throw new AssertionError("step " + k + ": expected exactly one message to change, found " + set);
        }
        return set.iterator().next();
    }

    private static Set<TlaValue> added(TlaValue before, TlaValue after) {
        Set<TlaValue> s = new LinkedHashSet<>(((TlaValue.FiniteSet) after).elements());
        s.removeAll(((TlaValue.FiniteSet) before).elements());
        return s;
    }

    private String where(int k) {
        return name + ", step " + (k + 1) + " (" + actions.get(k) + ")";
    }
}
