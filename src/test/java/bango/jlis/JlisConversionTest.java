package bango.jlis;

import static bango.jlis.Fixtures.CHIYODA;
import static bango.jlis.Fixtures.revealsNothing;
import static bango.jlis.JlisIssuanceTest.A;
import static bango.jlis.JlisIssuanceTest.B;
import static bango.jlis.JlisIssuanceTest.C;
import static bango.jlis.JlisIssuanceTest.OFFSET;
import static bango.jlis.JlisIssuanceTest.RC1;
import static bango.jlis.JlisIssuanceTest.RC2;
import static bango.jlis.JlisIssuanceTest.reason;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.AesCodePermutation;
import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** J-LIS converting an institution's number to a resident code for the core system (ID-7, CODE-1, CODE-2). */
class JlisConversionTest {

    static final InstitutionId PENSION = new InstitutionId(7);
    static final InstitutionId TAX = new InstitutionId(9);

    record Delivered(InstitutionId to, long serial, InstitutionCode code) {
    }

    record Refused(long serial, IndividualNumber number, JlisException.Reason reason) {
    }

    /** J-LIS, the core and what the core delivered and J-LIS refused. */
    static final class World {
        final RecordingTracer tracer = new RecordingTracer();
        final List<Delivered> delivered = new ArrayList<>();
        final List<Refused> refused = new ArrayList<>();
        final Jlis jlis;
        final CoreSystem core;
        final CodeRequestReplies replies = (s, n, r) -> refused.add(new Refused(s, n, r));

        World(NumberPermutation p) {
            jlis = new Jlis(p, tracer);
            core = new CoreSystem(new AesCodePermutation(Fixtures.aesKey(1)),
                    (to, serial, code) -> delivered.add(new Delivered(to, serial, code)), tracer);
            jlis.connect(core);
            jlis.registerResident(CHIYODA, RC1);
            jlis.registerResident(CHIYODA, RC2);
        }

        /** The resident code J-LIS passed to the core in the last IssueCode event. */
        Object lastConvertedRc() {
            List<TraceEvent> ev = tracer.events();
            for (int i = ev.size() - 1; i >= 0; i--) {
                if (ev.get(i).action().equals("IssueCode")) {
                    return ev.get(i).get("rc");
                }
            }
            return null;
        }
    }

    @Test
    @Covers({"ID-7", "CODE-1", "CODE-2"})
    void aNumberIssuedAfterAWalkConvertsToItsResident() {
        World w = new World(new ScriptedPermutation()
                .cycle(0, 1, RC1.value(), A)
                .cycle(0, 0, RC2.value(), A, B, C));
        IndividualNumber n1 = w.jlis.issue(CHIYODA, RC1).number();
        IndividualNumber n2 = w.jlis.issue(CHIYODA, RC2).number();
        assertEquals(B, n2.body()); // walked past A
        w.jlis.submitCodeRequest(PENSION, 1, n2, w.replies);
        w.jlis.processCodeRequest(PENSION, 1);
        assertEquals(RC2.digits(), w.lastConvertedRc());
        w.jlis.submitCodeRequest(PENSION, 2, n1, w.replies);
        w.jlis.processCodeRequest(PENSION, 2);
        assertEquals(RC1.digits(), w.lastConvertedRc());
        assertEquals(2, w.delivered.size());
        assertEquals(new Delivered(PENSION, 1, w.delivered.get(0).code()), w.delivered.get(0));
        assertEquals(2, w.delivered.get(1).serial());
        assertTrue(w.refused.isEmpty());
        assertEquals(2, w.core.persons());
    }

    @Test
    @Covers({"ID-7", "ID-8", "CODE-3a"})
    void aReplacedNumberIsRefusedAndTheNewOneConvertsToTheSameResident() {
        World w = new World(OFFSET);
        IndividualNumber old = w.jlis.issue(CHIYODA, RC1).number();
        w.jlis.submitCodeRequest(PENSION, 1, old, w.replies);
        w.jlis.processCodeRequest(PENSION, 1);
        IndividualNumber fresh = w.jlis.reissue(CHIYODA, RC1).number();
        w.jlis.submitCodeRequest(PENSION, 2, old, w.replies);
        w.jlis.processCodeRequest(PENSION, 2);
        assertEquals(List.of(new Refused(2, old, JlisException.Reason.NOT_A_CURRENT_NUMBER)), w.refused);
        TraceEvent refusal = w.tracer.events().get(w.tracer.events().size() - 1);
        assertEquals("RefuseCode", refusal.action());
        assertEquals(PENSION.value(), refusal.get("inst"));
        assertEquals(2L, refusal.get("serial"));
        w.jlis.submitCodeRequest(PENSION, 3, fresh, w.replies);
        w.jlis.processCodeRequest(PENSION, 3);
        assertEquals(RC1.digits(), w.lastConvertedRc());
        assertEquals(2, w.delivered.size());
        assertEquals(w.delivered.get(0).code(), w.delivered.get(1).code(), "the code survives the new number");
    }

    @Test
    @Covers({"ID-7"})
    void aNumberNeverIssuedIsRefused() {
        World w = new World(OFFSET);
        w.jlis.issue(CHIYODA, RC1);
        IndividualNumber never = IndividualNumber.fromBody(RC1.value() + 2);
        w.jlis.submitCodeRequest(TAX, 5, never, w.replies);
        w.jlis.processCodeRequest(TAX, 5);
        assertEquals(List.of(new Refused(5, never, JlisException.Reason.NOT_A_CURRENT_NUMBER)), w.refused);
        assertTrue(w.delivered.isEmpty());
        assertEquals(0, w.core.persons());
    }

    @Test
    @Covers({"CODE-1"})
    void requestsWaitUnderTheirInstitutionAndSerial() {
        World w = new World(OFFSET);
        IndividualNumber n = w.jlis.issue(CHIYODA, RC1).number();
        w.jlis.submitCodeRequest(PENSION, 1, n, w.replies);
        w.jlis.submitCodeRequest(TAX, 1, n, w.replies); // same serial, other institution
        w.jlis.submitCodeRequest(PENSION, 2, n, w.replies);
        assertEquals(JlisException.Reason.DUPLICATE_SERIAL,
                reason(() -> w.jlis.submitCodeRequest(PENSION, 1, n, w.replies)));
        List<Jlis.WaitingRequest> pending = w.jlis.pendingCodeRequests();
        assertEquals(List.of(new Jlis.WaitingRequest(PENSION, 1, n), new Jlis.WaitingRequest(TAX, 1, n),
                new Jlis.WaitingRequest(PENSION, 2, n)), pending);
        w.jlis.processCodeRequest(TAX, 1);
        assertEquals(2, w.jlis.pendingCodeRequests().size());
        assertEquals(JlisException.Reason.UNKNOWN_REQUEST, reason(() -> w.jlis.processCodeRequest(TAX, 1)));
        assertEquals(JlisException.Reason.UNKNOWN_REQUEST, reason(() -> w.jlis.processCodeRequest(TAX, 3)));
        assertEquals(1, w.delivered.size());
        assertEquals(TAX, w.delivered.get(0).to());
        assertThrows(NullPointerException.class, () -> w.jlis.submitCodeRequest(TAX, 4, null, w.replies));
        assertThrows(NullPointerException.class, () -> w.jlis.submitCodeRequest(TAX, 4, n, null));
        assertEquals(2, w.jlis.pendingCodeRequests().size());
    }

    @Test
    @Covers({"CODE-2"})
    void withoutACoreSystemOnlyRefusalsCanBeAnswered() {
        List<Refused> refused = new ArrayList<>();
        Jlis jlis = new Jlis(OFFSET, Tracer.OFF);
        jlis.registerResident(CHIYODA, RC1);
        IndividualNumber n = jlis.issue(CHIYODA, RC1).number();
        jlis.submitCodeRequest(PENSION, 1, IndividualNumber.fromBody(0), (s, x, r) -> refused.add(new Refused(s, x, r)));
        jlis.processCodeRequest(PENSION, 1);
        assertEquals(1, refused.size());
        jlis.submitCodeRequest(PENSION, 2, n, (s, x, r) -> refused.add(new Refused(s, x, r)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> jlis.processCodeRequest(PENSION, 2));
        assertTrue(revealsNothing(e.getMessage(), n) && revealsNothing(e.getMessage(), RC1));
    }

    @Test
    @Covers({"ID-7", "CODE-2"})
    void conversionErrorsAreTypedAndNameNoIdentifier() {
        World w = new World(OFFSET);
        IndividualNumber n = w.jlis.issue(CHIYODA, RC1).number();
        w.jlis.submitCodeRequest(PENSION, 1, n, w.replies);
        for (JlisException e : List.of(
                assertThrows(JlisException.class, () -> w.jlis.submitCodeRequest(PENSION, 1, n, w.replies)),
                assertThrows(JlisException.class, () -> w.jlis.processCodeRequest(PENSION, 9)))) {
            assertTrue(revealsNothing(e.getMessage(), n), e.getMessage());
            assertTrue(revealsNothing(e.getMessage(), RC1), e.getMessage());
        }
    }
}
