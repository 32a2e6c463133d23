package bango.jlis;

import static bango.jlis.Fixtures.CHIYODA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.codes.AesCodePermutation;
import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of J-LIS's issuance over random histories on {@link SmallDomainPermutation}: ten
 * residents whose values share one block of a hundred, so that numbers collide with the history,
 * cycles are walked and closed, and attempts change. Each issuance is checked against the spec's
 * definitions, recomputed here from the permutation's cycles (not by re-running J-LIS's loop).
 * QuickTheories with a fixed seed, so a failure reproduces.
 */
class JlisPropertiesTest {

    static final long SEED = 0x4A2D_4C49_53L; // "J-LIS"

    static QuickTheory qt(int examples) {
        return org.quicktheories.QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }

    /** One random history: J-LIS, its permutation, the model's view and what happened. */
    static final class History {
        final SmallDomainPermutation perm;
        final List<ResidentCode> residents;
        final RecordingTracer tracer = new RecordingTracer();
        final Jlis jlis;
        final List<InstitutionCode> delivered = new ArrayList<>();
        final List<JlisException.Reason> refused = new ArrayList<>();
        /** Every number issued, in order (the spec's ledger). */
        final List<Long> ledger = new ArrayList<>();
        final Map<ResidentCode, NumberNotice> current = new HashMap<>();
        final Map<Long, ResidentCode> owner = new HashMap<>();
        long walks;
        long nextAttempts;

        History(long seed, int lowDigits, long high) {
            perm = new SmallDomainPermutation(seed, lowDigits);
            residents = Fixtures.block(high);
            jlis = new Jlis(perm, tracer);
            CoreSystem core = new CoreSystem(new AesCodePermutation(Fixtures.aesKey(5)),
                    (to, serial, code) -> delivered.add(code), tracer);
            jlis.connect(core);
            for (ResidentCode rc : residents) {
                jlis.registerResident(CHIYODA, rc);
            }
        }

        /** Op: resident {@code op % 10}; {@code op / 10}: 0 and 3 issue (again), 1 and 2 reissue. */
        void run(int op) {
            ResidentCode rc = residents.get(op % 10);
            NumberNotice before = current.get(rc);
            int events = tracer.events().size();
            boolean reissue = op / 10 == 1 || op / 10 == 2;
            if (reissue && before == null) {
                assertEquals(JlisException.Reason.NO_NUMBER_YET,
                        assertThrows(JlisException.class, () -> jlis.reissue(CHIYODA, rc)).reason());
                return;
            }
            NumberNotice n = reissue ? jlis.reissue(CHIYODA, rc) : jlis.issue(CHIYODA, rc);
            List<TraceEvent> job = tracer.events().subList(events, tracer.events().size());
            if (!reissue && before != null) {
                assertSame(before, n, "a retry returns the current number");
                assertEquals(List.of(), job, "a retry does nothing");
                return;
            }
            check(rc, reissue ? before.generation() + 1 : 0, n, job);
            ledger.add(n.number().body());
            if (before != null) {
                owner.remove(before.number().body());
            }
            owner.put(n.number().body(), rc);
            current.put(rc, n);
        }

        /** The spec's NumberIssuedByRule, NumberDerivedFromResidentCode, NumbersUniqueOverHistory. */
        void check(ResidentCode rc, int generation, NumberNotice n, List<TraceEvent> job) {
            long number = n.number().body();
            Set<Long> taken = new HashSet<>(ledger);
            assertEquals(rc, n.residentCode());
            assertEquals(generation, n.generation());
            assertFalse(taken.contains(number), "ID-3, ID-8: never issued before, replaced numbers included");
            assertNotEquals(rc.value(), number, "the resident code itself is never a number");
            int attempt = (int) job.stream().filter(e -> e.action().equals("JlisNextAttempt")).count();
            for (int a = 0; a < attempt; a++) {
                List<Long> cycle = perm.cycle(rc.value(), generation, a);
                assertTrue(taken.containsAll(cycle.subList(1, cycle.size())),
                        "ID-2: an earlier attempt is abandoned only when its whole cycle is taken");
            }
            List<Long> cycle = perm.cycle(rc.value(), generation, attempt);
            int at = cycle.indexOf(number);
            assertTrue(at > 0, "ID-4: the number lies on the resident code's cycle for its tweak");
            assertTrue(taken.containsAll(cycle.subList(1, at)), "ID-2: every value before it is taken");
            assertEquals(number / perm.modulus(), rc.value() / perm.modulus(), "the test permutation keeps high digits");
            walks += job.stream().filter(e -> e.action().equals("JlisWalk")).count();
            nextAttempts += attempt;
            assertEquals(at - 1 + walksInEarlierAttempts(rc, generation, attempt),
                    job.stream().filter(e -> e.action().equals("JlisWalk")).count());
        }

        private long walksInEarlierAttempts(ResidentCode rc, int generation, int attempts) {
            long w = 0;
            for (int a = 0; a < attempts; a++) {
                w += perm.cycle(rc.value(), generation, a).size() - 1;
            }
            return w;
        }
    }

    @Test
    @Covers({"ID-2", "ID-3", "ID-4", "ID-8"})
    void everyNumberIsTheFirstFreeValueOnTheWalkAndUniqueOverHistory() {
        AtomicLong walks = new AtomicLong();
        AtomicLong attempts = new AtomicLong();
        AtomicLong issued = new AtomicLong();
        qt(150).forAll(longs().all(), longs().between(0, 999_999_999L),
                lists().of(integers().between(0, 39)).ofSizeBetween(40, 90))
                .checkAssert((seed, high, ops) -> {
                    History h = new History(seed, 2, high);
                    for (int op : ops) {
                        h.run(op);
                    }
                    assertEquals(h.ledger.size(), new LinkedHashSet<>(h.ledger).size());
                    assertEquals(h.ledger.size(), h.jlis.issuedCount());
                    assertNull(SpecReplay.violation(h.tracer.events()));
                    walks.addAndGet(h.walks);
                    attempts.addAndGet(h.nextAttempts);
                    issued.addAndGet(h.ledger.size());
                });
        // The small domain is what makes the property bite: walks and new attempts did happen.
        assertTrue(walks.get() > 500, "walks: " + walks);
        assertTrue(attempts.get() > 25, "new attempts: " + attempts);
        assertTrue(issued.get() > 3000, "issued: " + issued);
    }

    @Test
    @Covers({"ID-7", "CODE-1", "CODE-2", "CODE-3a"})
    void everyCurrentNumberConvertsToItsResidentAndEveryReplacedOneIsRefused() {
        qt(60).forAll(longs().all(), longs().between(0, 999_999_999L),
                lists().of(integers().between(0, 19)).ofSizeBetween(1, 50))
                .checkAssert((seed, high, ops) -> {
                    History h = new History(seed, 2, high);
                    for (int op : ops) {
                        h.run(op);
                    }
                    InstitutionId inst = new InstitutionId(Math.floorMod(seed, 1000));
                    long serial = 0;
                    Map<ResidentCode, InstitutionCode> codeOf = new HashMap<>();
                    for (long body : h.ledger) {
                        serial++;
                        IndividualNumber n = IndividualNumber.fromBody(body);
                        int deliveredBefore = h.delivered.size();
                        h.jlis.submitCodeRequest(inst, serial, n, (s, x, r) -> h.refused.add(r));
                        h.jlis.processCodeRequest(inst, serial);
                        ResidentCode owner = h.owner.get(body);
                        if (owner == null) {
                            assertEquals(deliveredBefore, h.delivered.size());
                            assertEquals(JlisException.Reason.NOT_A_CURRENT_NUMBER,
                                    h.refused.get(h.refused.size() - 1));
                        } else {
                            assertEquals(deliveredBefore + 1, h.delivered.size());
                            List<TraceEvent> ev = h.tracer.events();
                            assertEquals(owner.digits(), ev.get(ev.size() - 1).get("rc"),
                                    "ID-7: the conversion is J-LIS's table lookup");
                            InstitutionCode code = h.delivered.get(h.delivered.size() - 1);
                            assertNull(codeOf.put(owner, code));
                        }
                    }
                    assertEquals(h.current.size(), codeOf.size());
                    assertEquals(codeOf.size(), new HashSet<>(codeOf.values()).size(), "CODE-3c");
                    assertEquals(h.ledger.size() - h.current.size(), h.refused.size());
                    assertTrue(h.jlis.pendingCodeRequests().isEmpty());
                });
    }

    @Test
    @Covers({"ID-3", "ID-4", "ID-8"})
    void aFullBlockExhaustsEveryAttempt() {
        // One low digit: the resident's value is the only resident code in its block of ten, so
        // its first nine numbers are the nine other values of the block, and a tenth cannot exist.
        qt(3).forAll(longs().all(), longs().between(0, 9_999_999_999L)).checkAssert((seed, body) -> {
            SmallDomainPermutation p = new SmallDomainPermutation(seed, 1);
            ResidentCode rc = ResidentCode.fromBody(body);
            Jlis jlis = new Jlis(p, bango.trace.Tracer.OFF);
            jlis.registerResident(CHIYODA, rc);
            Set<Long> numbers = new HashSet<>();
            numbers.add(jlis.issue(CHIYODA, rc).number().body());
            for (int g = 1; g <= 8; g++) {
                numbers.add(jlis.reissue(CHIYODA, rc).number().body());
            }
            Set<Long> block = new HashSet<>();
            for (long v = rc.value() / 10 * 10; v < rc.value() / 10 * 10 + 10; v++) {
                block.add(v);
            }
            block.remove(rc.value());
            assertEquals(block, numbers);
            assertEquals(JlisException.Reason.ATTEMPTS_EXHAUSTED,
                    assertThrows(JlisException.class, () -> jlis.reissue(CHIYODA, rc)).reason());
            assertEquals(9, jlis.issuedCount());
            assertEquals(8, jlis.issue(CHIYODA, rc).generation(), "the last number stays current");
        });
    }
}
