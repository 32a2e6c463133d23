package bango.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.identity.ResidentCode;
import bango.jlis.Fixtures;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The core system's codes (CODE-2..CODE-4). J-LIS is left out here: the tests act as J-LIS and hand
 * the core resident codes directly.
 */
class CoreSystemTest {

    static final AesCodePermutation PERM = new AesCodePermutation(Fixtures.aesKey(0x60));
    static final InstitutionId PENSION = new InstitutionId(1);
    static final InstitutionId TAX = new InstitutionId(2);
    static final InstitutionId HEALTH = new InstitutionId(3);

    record Delivery(InstitutionId to, long serial, InstitutionCode code) {
    }

    static final class Core {
        final List<Delivery> deliveries = new ArrayList<>();
        final CoreSystem core;

        Core(Tracer tracer) {
            core = new CoreSystem(PERM, (to, s, c) -> deliveries.add(new Delivery(to, s, c)), tracer);
        }

        InstitutionCode issue(InstitutionId inst, long serial, ResidentCode rc) {
            core.issueCode(inst, serial, rc);
            return deliveries.get(deliveries.size() - 1).code();
        }
    }

    static Core core() {
        return new Core(Tracer.OFF);
    }

    static ResidentCode rc(long body) {
        return ResidentCode.fromBody(body);
    }

    @Test
    @Covers({"CODE-2", "CODE-3", "CODE-3a"})
    void aCodeIsThePermutationOfInstitutionAndANewPersonIdDeliveredToTheRequester() {
        List<Delivery> deliveries = new ArrayList<>();
        RecordingTracer t = new RecordingTracer();
        CoreSystem core = new CoreSystem(PERM, (to, s, c) -> deliveries.add(new Delivery(to, s, c)), t);
        core.issueCode(PENSION, 11, rc(100));
        core.issueCode(TAX, 12, rc(200));
        core.issueCode(TAX, 13, rc(100));
        assertEquals(List.of(
                new Delivery(PENSION, 11, PERM.forward(1, 1)),
                new Delivery(TAX, 12, PERM.forward(2, 2)),
                new Delivery(TAX, 13, PERM.forward(2, 1))), deliveries);
        assertEquals(2, core.persons());
        assertEquals("CoreSystem[2 persons]", core.toString());
        List<TraceEvent> ev = t.events();
        assertEquals(3, ev.size());
        assertEquals(Map.of("inst", 2L, "serial", 12L, "rc", rc(200).digits(), "pid", 2L,
                "code", PERM.forward(2, 2).text()), ev.get(1).fields());
        assertEquals("IssueCode", ev.get(1).action());
    }

    @Test
    @Covers({"CODE-3a", "ID-8"})
    void aPersonsCodeAtAnInstitutionNeverChanges() {
        Core c = core();
        InstitutionCode first = c.issue(PENSION, 1, rc(7));
        c.issue(TAX, 2, rc(8));
        assertEquals(first, c.issue(PENSION, 3, rc(7)));
        assertEquals(first, c.issue(PENSION, 4, ResidentCode.parse(rc(7).digits())));
        assertEquals(2, c.core.persons());
    }

    @Test
    @Covers({"CODE-3c", "CODE-3d"})
    void codesDifferBetweenPersonsAndBetweenInstitutions() {
        QuickTheory.qt().withFixedSeed(0xC0E3L).withExamples(100)
                .forAll(lists().of(longs().between(0, 9_999_999_999L)).ofSizeBetween(1, 40),
                        lists().of(integers().between(0, 5)).ofSizeBetween(1, 40))
                .checkAssert((bodies, insts) -> {
                    Core c = core();
                    Map<List<Long>, InstitutionCode> byPair = new HashMap<>();
                    Map<InstitutionCode, List<Long>> byCode = new HashMap<>();
                    long serial = 0;
                    for (int i = 0; i < Math.max(bodies.size(), insts.size()); i++) {
                        long body = bodies.get(i % bodies.size());
                        long inst = insts.get(i % insts.size());
                        InstitutionCode code = c.issue(new InstitutionId(inst), ++serial, rc(body));
                        List<Long> pair = List.of(inst, body);
                        InstitutionCode before = byPair.putIfAbsent(pair, code);
                        if (before != null) {
                            assertEquals(before, code, "CODE-3a");
                        }
                        List<Long> owner = byCode.putIfAbsent(code, pair);
                        assertTrue(owner == null || owner.equals(pair), "CODE-3c/d: one code, one pair");
                    }
                    assertEquals(new HashSet<>(bodies).size(), c.core.persons());
                });
    }

    @Test
    @Covers({"CODE-4"})
    void translationGivesTheOtherInstitutionsCodeOfTheSamePerson() {
        Core c = core();
        InstitutionCode p1 = c.issue(PENSION, 1, rc(1));
        InstitutionCode p2 = c.issue(PENSION, 2, rc(2));
        InstitutionCode t2 = c.issue(TAX, 3, rc(2));
        assertEquals(t2, c.core.translate(p2, PENSION, TAX));
        assertEquals(p2, c.core.translate(t2, TAX, PENSION));
        assertEquals(p1, c.core.translate(p1, PENSION, PENSION));
        // A code TAX does not hold yet is still the one the core would give it.
        assertEquals(PERM.forward(HEALTH.value(), 1), c.core.translate(p1, PENSION, HEALTH));
        assertEquals(c.issue(HEALTH, 4, rc(1)), c.core.translate(p1, PENSION, HEALTH));
        assertEquals(2, c.core.persons(), "translation assigns no person id");
    }

    @Test
    @Covers({"CODE-4"})
    void onlyCodesTheCoreIssuedToTheNamedInstitutionTranslate() {
        Core c = core();
        InstitutionCode p1 = c.issue(PENSION, 1, rc(1));
        InstitutionCode p2 = c.issue(PENSION, 2, rc(2));
        List<IllegalArgumentException> refused = new ArrayList<>();
        // Presented as another institution's code.
        refused.add(assertThrows(IllegalArgumentException.class, () -> c.core.translate(p1, TAX, HEALTH)));
        // Person ids the core has not assigned: 0 and one past the last.
        refused.add(assertThrows(IllegalArgumentException.class,
                () -> c.core.translate(PERM.forward(PENSION.value(), 0), PENSION, TAX)));
        refused.add(assertThrows(IllegalArgumentException.class,
                () -> c.core.translate(PERM.forward(PENSION.value(), 3), PENSION, TAX)));
        refused.add(assertThrows(IllegalArgumentException.class,
                () -> c.core.translate(PERM.forward(PENSION.value(), -1), PENSION, TAX)));
        // A code of another core (another key), and a code that is no one's.
        refused.add(assertThrows(IllegalArgumentException.class, () -> c.core.translate(
                new AesCodePermutation(Fixtures.aesKey(0x61)).forward(PENSION.value(), 1), PENSION, TAX)));
        refused.add(assertThrows(IllegalArgumentException.class,
                () -> c.core.translate(new InstitutionCode(0, 1), PENSION, TAX)));
        for (IllegalArgumentException e : refused) {
            assertFalse(e.getMessage().contains(p1.text()), e.getMessage());
            assertFalse(e.getMessage().contains(p1.text().substring(0, 20)), e.getMessage());
        }
        assertEquals(PERM.forward(TAX.value(), 2), c.core.translate(p2, PENSION, TAX), "the last person id is valid");
    }

    @Test
    void issuingNeedsAnInstitutionAndAResidentCode() {
        Core c = core();
        assertThrows(NullPointerException.class, () -> c.core.issueCode(null, 1, rc(1)));
        assertThrows(NullPointerException.class, () -> c.core.issueCode(PENSION, 1, null));
        assertEquals(0, c.core.persons());
        assertTrue(c.deliveries.isEmpty());
        assertThrows(NullPointerException.class, () -> new CoreSystem(null, (a, b, x) -> { }, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreSystem(PERM, null, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreSystem(PERM, (a, b, x) -> { }, null));
    }

    @Test
    @Covers({"CODE-3b"})
    void withTracingOffTheCoreEmitsNothingAndShowsNoResidentCode() {
        List<TraceEvent> handed = new ArrayList<>();
        Tracer offButListening = new Tracer() {
            @Override
            public boolean on() {
                return false;
            }

            @Override
            public void event(TraceEvent event) {
                handed.add(event);
            }
        };
        List<Delivery> deliveries = new ArrayList<>();
        CoreSystem core = new CoreSystem(PERM, (to, s, c) -> deliveries.add(new Delivery(to, s, c)), offButListening);
        core.issueCode(PENSION, 1, rc(1_234_567_890L));
        assertEquals(1, deliveries.size());
        assertEquals(List.of(), handed);
        assertFalse(core.toString().contains(rc(1_234_567_890L).digits()));
        Set<String> texts = new HashSet<>();
        texts.add(deliveries.get(0).code().toString());
        assertFalse(texts.iterator().next().contains(deliveries.get(0).code().text()));
    }
}
