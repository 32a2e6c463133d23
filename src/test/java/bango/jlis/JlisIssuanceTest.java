package bango.jlis;

import static bango.jlis.Fixtures.CHIYODA;
import static bango.jlis.Fixtures.SAPPORO;
import static bango.jlis.Fixtures.revealsNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.identity.ResidentCode;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * J-LIS's number generation on hand-written permutations ({@link ScriptedPermutation}), where each
 * walk past an issued value, each new attempt and each refusal is known in advance.
 */
class JlisIssuanceTest {

    static final ResidentCode RC1 = ResidentCode.fromBody(1_234_567_890L); // value 12345678903
    static final ResidentCode RC2 = ResidentCode.fromBody(2_222_222_222L);
    static final ResidentCode RC3 = ResidentCode.fromBody(3_000_000_001L);
    static final long A = 55_555_555_555L;
    static final long B = 66_666_666_666L;
    static final long C = 77_777_777_777L;
    static final long D = 88_888_888_888L;
    static final long E = 11_111_111_111L;

    /** v -> v + 1 + 1000 g + a (mod 10^11): a permutation per tweak whose cycles are the whole domain. */
    static final NumberPermutation OFFSET = (v, g, a) -> (v + 1 + 1000L * g + a) % 100_000_000_000L;

    static Jlis jlis(NumberPermutation p, Tracer tracer, ResidentCode... residents) {
        Jlis jlis = new Jlis(p, tracer);
        for (ResidentCode rc : residents) {
            jlis.registerResident(CHIYODA, rc);
        }
        return jlis;
    }

    static JlisException.Reason reason(Executable call) {
        return assertThrows(JlisException.class, call).reason();
    }

    static List<String> actions(RecordingTracer t) {
        return t.events().stream().map(TraceEvent::action).toList();
    }

    /** The value fields of the J-LIS generation events, in order. */
    static List<Object> values(RecordingTracer t) {
        List<Object> out = new ArrayList<>();
        for (TraceEvent e : t.events()) {
            if (e.action().startsWith("Jlis")) {
                out.add(e.get("value"));
            }
        }
        return out;
    }

    static String d11(long v) {
        return String.format("%011d", v);
    }

    @Test
    @Covers({"ID-2", "ID-4"})
    void theNumberIsTheFirstValueOnTheResidentCodesCycle() {
        RecordingTracer t = new RecordingTracer();
        NumberNotice n = jlis(new ScriptedPermutation().cycle(0, 0, RC1.value(), A, B), t, RC1).issue(CHIYODA, RC1);
        assertEquals(A, n.number().body());
        assertEquals(RC1, n.residentCode());
        assertEquals(0, n.generation());
        assertEquals(List.of("RequestNumber", "JlisIssue"), actions(t));
        assertEquals(List.of(d11(A)), values(t));
        assertEquals(RC1.digits(), t.events().get(0).get("rc"));
        assertEquals(CHIYODA, t.events().get(0).get("from"));
    }

    @Test
    @Covers({"ID-2", "ID-3", "ID-4"})
    void aTakenValueIsWalkedPast() {
        // RC1 is a fixed point of attempt 0 and goes to A at attempt 1; RC2's cycle at attempt 0
        // passes A before B.
        RecordingTracer t = new RecordingTracer();
        Jlis jlis = jlis(new ScriptedPermutation()
                .cycle(0, 1, RC1.value(), A)
                .cycle(0, 0, RC2.value(), A, B, C), t, RC1, RC2);
        assertEquals(A, jlis.issue(CHIYODA, RC1).number().body());
        assertEquals(List.of("RequestNumber", "JlisNextAttempt", "JlisIssue"), actions(t));
        assertEquals(List.of(RC1.digits(), d11(A)), values(t));
        int before = t.events().size();
        assertEquals(B, jlis.issue(CHIYODA, RC2).number().body());
        List<TraceEvent> rc2Events = t.events().subList(before, t.events().size());
        assertEquals(List.of("RequestNumber", "JlisWalk", "JlisIssue"),
                rc2Events.stream().map(TraceEvent::action).toList());
        assertEquals(d11(A), rc2Events.get(1).get("value"));
        assertEquals(d11(B), rc2Events.get(2).get("value"));
        assertEquals(2, jlis.issuedCount());
    }

    @Test
    @Covers({"ID-2", "ID-3", "ID-4"})
    void aCycleThatComesBackToTheResidentCodeMovesToTheNextAttempt() {
        // RC2's cycle at attempt 0 is RC2 -> A -> RC2 and A is taken: the resident code itself must
        // not become the number, so attempt 1 is walked: RC2 -> C.
        RecordingTracer t = new RecordingTracer();
        Jlis jlis = jlis(new ScriptedPermutation()
                .cycle(0, 1, RC1.value(), A)
                .cycle(0, 0, RC2.value(), A)
                .cycle(0, 1, RC2.value(), C), t, RC1, RC2);
        jlis.issue(CHIYODA, RC1);
        int before = t.events().size();
        NumberNotice n = jlis.issue(CHIYODA, RC2);
        assertEquals(C, n.number().body());
        assertNotEquals(RC2.value(), n.number().body());
        List<TraceEvent> ev = t.events().subList(before, t.events().size());
        assertEquals(List.of("RequestNumber", "JlisWalk", "JlisNextAttempt", "JlisIssue"),
                ev.stream().map(TraceEvent::action).toList());
        assertEquals(List.of(d11(A), RC2.digits(), d11(C)),
                ev.subList(1, 4).stream().map(e -> e.get("value")).toList());
    }

    @Test
    @Covers({"ID-2", "ID-3", "ID-4", "ID-8"})
    void aNewNumberWalksPastReplacedAndCurrentNumbersOfEveryResident() {
        ScriptedPermutation p = new ScriptedPermutation()
                .cycle(0, 0, RC1.value(), A)
                .cycle(1, 1, RC1.value(), C)      // RC1 is a fixed point of (1, 0)
                .cycle(0, 0, RC2.value(), B)
                .cycle(1, 0, RC2.value(), A, C, B, D);
        Jlis jlis = jlis(p, Tracer.OFF, RC1, RC2);
        assertEquals(A, jlis.issue(CHIYODA, RC1).number().body());
        assertEquals(C, jlis.reissue(CHIYODA, RC1).number().body());
        assertEquals(B, jlis.issue(CHIYODA, RC2).number().body());
        // A is RC1's replaced number, C RC1's current one, B RC2's own current one.
        NumberNotice n = jlis.reissue(CHIYODA, RC2);
        assertEquals(D, n.number().body());
        assertEquals(1, n.generation());
        assertEquals(4, jlis.issuedCount());
    }

    @Test
    @Covers({"ID-4"})
    void whenEveryAttemptsCycleIsExhaustedNothingIsIssued() {
        Jlis jlis = jlis(new ScriptedPermutation(), Tracer.OFF, RC1, RC2);
        assertEquals(JlisException.Reason.ATTEMPTS_EXHAUSTED, reason(() -> jlis.issue(CHIYODA, RC1)));
        assertEquals(0, jlis.issuedCount());
        assertEquals(JlisException.Reason.NO_NUMBER_YET, reason(() -> jlis.reissue(CHIYODA, RC1)));
        assertEquals(JlisException.Reason.ATTEMPTS_EXHAUSTED, reason(() -> jlis.issue(CHIYODA, RC1)));
    }

    @Test
    @Covers({"ID-2", "ID-4"})
    void theLastAttemptIsStillTried() {
        RecordingTracer t = new RecordingTracer();
        Jlis jlis = jlis(new ScriptedPermutation().cycle(0, NumberPermutation.MAX_ATTEMPT, RC1.value(), E), t, RC1);
        assertEquals(E, jlis.issue(CHIYODA, RC1).number().body());
        assertEquals(NumberPermutation.MAX_ATTEMPT,
                Collections.frequency(actions(t), "JlisNextAttempt"));
        assertEquals(0xFFFF, NumberPermutation.MAX_ATTEMPT);
        assertEquals(0xFFFF, NumberPermutation.MAX_GENERATION);
    }

    @Test
    @Covers({"ID-8", "ID-3", "ID-7"})
    void reissueChangesTheNumberAndIncrementsTheGeneration() {
        RecordingTracer t = new RecordingTracer();
        Jlis jlis = jlis(OFFSET, t, RC1);
        NumberNotice first = jlis.issue(CHIYODA, RC1);
        assertEquals(RC1.value() + 1, first.number().body());
        NumberNotice second = jlis.reissue(CHIYODA, RC1);
        assertEquals(RC1.value() + 1001, second.number().body());
        assertEquals(1, second.generation());
        assertEquals(RC1, second.residentCode());
        assertNotEquals(first.number(), second.number());
        assertEquals(second, jlis.issue(CHIYODA, RC1), "the current number is the new one");
        assertEquals(2, jlis.issuedCount());
        assertEquals(List.of("RequestNumber", "JlisIssue", "RequestReissue", "JlisIssue"), actions(t));
        assertEquals(RC1.digits(), t.events().get(2).get("rc"));
        assertEquals(CHIYODA, t.events().get(2).get("from"));
    }

    @Test
    @Covers({"ID-8"})
    void reissueNeedsANumberToChange() {
        Jlis jlis = jlis(OFFSET, Tracer.OFF, RC1);
        assertEquals(JlisException.Reason.NO_NUMBER_YET, reason(() -> jlis.reissue(CHIYODA, RC1)));
        assertEquals(0, jlis.issuedCount());
    }

    @Test
    @Covers({"ID-8", "ID-3"})
    void everyGenerationTheTweakCanEncodeIsUsableAndNoMore() {
        Jlis jlis = jlis(OFFSET, Tracer.OFF, RC1);
        jlis.issue(CHIYODA, RC1);
        NumberNotice last = null;
        for (int g = 1; g <= NumberPermutation.MAX_GENERATION; g++) {
            last = jlis.reissue(CHIYODA, RC1);
            assertEquals(g, last.generation());
        }
        assertEquals(RC1.value() + 1 + 1000L * NumberPermutation.MAX_GENERATION, last.number().body());
        assertEquals(JlisException.Reason.GENERATIONS_EXHAUSTED, reason(() -> jlis.reissue(CHIYODA, RC1)));
        assertEquals(NumberPermutation.MAX_GENERATION + 1, jlis.issuedCount());
        assertSame(last, jlis.issue(CHIYODA, RC1));
    }

    @Test
    @Covers({"ID-1"})
    void onlyTheHomeMunicipalityMayAsk() {
        Jlis jlis = jlis(OFFSET, Tracer.OFF, RC1);
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY, reason(() -> jlis.issue(SAPPORO, RC1)));
        assertEquals(0, jlis.issuedCount());
        jlis.issue(CHIYODA, RC1);
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY, reason(() -> jlis.issue(SAPPORO, RC1)));
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY, reason(() -> jlis.reissue(SAPPORO, RC1)));
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY,
                reason(() -> jlis.issueAll(SAPPORO, List.of(RC1))));
        assertEquals(1, jlis.issuedCount());
        assertEquals(JlisException.Reason.UNKNOWN_RESIDENT, reason(() -> jlis.issue(CHIYODA, RC2)));
        assertEquals(JlisException.Reason.UNKNOWN_RESIDENT, reason(() -> jlis.reissue(CHIYODA, RC2)));
        assertThrows(NullPointerException.class, () -> jlis.issue(CHIYODA, null));
    }

    @Test
    @Covers({"ID-1"})
    void aResidentIsRegisteredByOneMunicipality() {
        Jlis jlis = jlis(OFFSET, Tracer.OFF, RC1);
        jlis.registerResident(CHIYODA, RC1); // again, by the same municipality: no change
        assertEquals(JlisException.Reason.REGISTERED_ELSEWHERE,
                reason(() -> jlis.registerResident(SAPPORO, RC1)));
        assertEquals(RC1.value() + 1, jlis.issue(CHIYODA, RC1).number().body());
        jlis.registerResident(SAPPORO, RC2);
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY, reason(() -> jlis.issue(CHIYODA, RC2)));
        assertEquals(RC2.value() + 1, jlis.issue(SAPPORO, RC2).number().body());
    }

    @Test
    @Covers({"ID-2", "ID-6"})
    void aRetryReturnsTheSameNumberAndChangesNothing() {
        RecordingTracer t = new RecordingTracer();
        Jlis jlis = jlis(OFFSET, t, RC1);
        NumberNotice first = jlis.issue(CHIYODA, RC1);
        List<TraceEvent> after = t.events();
        NumberNotice again = jlis.issue(CHIYODA, RC1);
        assertSame(first, again);
        assertEquals(after, t.events(), "a retry emits no event");
        assertEquals(1, jlis.issuedCount());
        assertEquals(List.of(first, first), jlis.issueAll(CHIYODA, List.of(RC1, RC1)));
        assertEquals(1, jlis.issuedCount());
    }

    @Test
    @Covers({"ID-2", "ID-3"})
    void issueAllGivesWhatIssueGivesOneByOne() {
        ScriptedPermutation p = new ScriptedPermutation()
                .cycle(0, 1, RC1.value(), A)
                .cycle(0, 0, RC2.value(), A, B, C)
                .cycle(0, 0, RC3.value(), D);
        Jlis batch = jlis(p, Tracer.OFF, RC1, RC2, RC3);
        Jlis single = jlis(p, Tracer.OFF, RC1, RC2, RC3);
        List<NumberNotice> all = batch.issueAll(CHIYODA, List.of(RC1, RC2, RC3));
        assertEquals(List.of(single.issue(CHIYODA, RC1), single.issue(CHIYODA, RC2), single.issue(CHIYODA, RC3)),
                all);
        assertEquals(List.of(A, B, D), all.stream().map(n -> n.number().body()).toList());
        assertEquals(3, batch.issuedCount());
    }

    @Test
    @Covers({"ID-1", "ID-8"})
    void refusalsAreTypedAndNameNoIdentifier() {
        Jlis jlis = jlis(new ScriptedPermutation(), Tracer.OFF, RC1);
        List<JlisException> seen = new ArrayList<>();
        for (Executable call : List.<Executable>of(
                () -> jlis.issue(SAPPORO, RC1),
                () -> jlis.issue(CHIYODA, RC2),
                () -> jlis.reissue(CHIYODA, RC1),
                () -> jlis.issue(CHIYODA, RC1),
                () -> jlis.registerResident(SAPPORO, RC1))) {
            seen.add(assertThrows(JlisException.class, call));
        }
        assertEquals(List.of(JlisException.Reason.NOT_HOME_MUNICIPALITY, JlisException.Reason.UNKNOWN_RESIDENT,
                JlisException.Reason.NO_NUMBER_YET, JlisException.Reason.ATTEMPTS_EXHAUSTED,
                JlisException.Reason.REGISTERED_ELSEWHERE), seen.stream().map(JlisException::reason).toList());
        for (JlisException e : seen) {
            assertFalse(e.getMessage().isBlank());
            assertTrue(revealsNothing(e.getMessage(), RC1) && revealsNothing(e.getMessage(), RC2), e.getMessage());
            assertTrue(revealsNothing(e.toString(), RC1));
        }
    }

    @Test
    @Covers({"ID-5"})
    void noticesAndJlisShowNoIdentifierInToString() {
        Jlis jlis = jlis(OFFSET, Tracer.OFF, RC1);
        NumberNotice n = jlis.issue(CHIYODA, RC1);
        String s = n.toString();
        assertTrue(revealsNothing(s, RC1), s);
        assertTrue(revealsNothing(s, n.number()), s);
        assertEquals("Jlis[1 numbers issued]", jlis.toString());
    }

    @Test
    void constructorAndConnectRejectNull() {
        assertThrows(NullPointerException.class, () -> new Jlis(null, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new Jlis(OFFSET, null));
        assertThrows(NullPointerException.class, () -> new Jlis(OFFSET, Tracer.OFF).connect(null));
    }

    @Test
    void digits11KeepsLeadingZeros() {
        assertEquals("00000000000", Jlis.digits11(0));
        assertEquals("00000000042", Jlis.digits11(42));
        assertEquals("99999999999", Jlis.digits11(99_999_999_999L));
    }
}
