package bango.jlis;

import static bango.jlis.Fixtures.CHIYODA;
import static bango.jlis.JlisIssuanceTest.A;
import static bango.jlis.JlisIssuanceTest.B;
import static bango.jlis.JlisIssuanceTest.C;
import static bango.jlis.JlisIssuanceTest.D;
import static bango.jlis.JlisIssuanceTest.RC1;
import static bango.jlis.JlisIssuanceTest.RC2;
import static bango.jlis.JlisIssuanceTest.d11;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trace events: none when tracing is off, and in the spec's order with the spec's values when on. */
class JlisTraceTest {

    /** A tracer that is off but keeps whatever it is handed anyway: it must be handed nothing. */
    static final class OffButListening implements Tracer {
        final List<TraceEvent> events = new ArrayList<>();

        @Override
        public boolean on() {
            return false;
        }

        @Override
        public void event(TraceEvent event) {
            events.add(event);
        }
    }

    /** Issue with a new attempt, issue with a walk, reissue, a served and a refused code request. */
    static List<InstitutionCode> scenario(Tracer tracer, boolean batch) {
        ScriptedPermutation p = new ScriptedPermutation()
                .cycle(0, 1, RC1.value(), A)
                .cycle(0, 0, RC2.value(), A, B)
                .cycle(1, 0, RC1.value(), C, D);
        Jlis jlis = new Jlis(p, tracer);
        List<InstitutionCode> codes = new ArrayList<>();
        CoreSystem core = new CoreSystem(new AesCodePermutation(Fixtures.aesKey(3)),
                (to, serial, code) -> codes.add(code), tracer);
        jlis.connect(core);
        jlis.registerResident(CHIYODA, RC1);
        jlis.registerResident(CHIYODA, RC2);
        if (batch) {
            jlis.issueAll(CHIYODA, List.of(RC1, RC2));
        } else {
            jlis.issue(CHIYODA, RC1);
            jlis.issue(CHIYODA, RC2);
        }
        IndividualNumber old = jlis.issue(CHIYODA, RC1).number();
        IndividualNumber fresh = jlis.reissue(CHIYODA, RC1).number();
        InstitutionId inst = new InstitutionId(4);
        jlis.submitCodeRequest(inst, 1, fresh, (s, n, r) -> { });
        jlis.processCodeRequest(inst, 1);
        jlis.submitCodeRequest(inst, 2, old, (s, n, r) -> { });
        jlis.processCodeRequest(inst, 2);
        return codes;
    }

    @Test
    void tracerOffIsHandedNothing() {
        OffButListening off = new OffButListening();
        List<InstitutionCode> codes = scenario(off, false);
        assertEquals(1, codes.size(), "the scenario ran");
        assertEquals(List.of(), off.events);
        scenario(off, true);
        assertEquals(List.of(), off.events);
        assertFalse(Tracer.OFF.on());
        Tracer.OFF.event(TraceEvent.of("JlisIssue", "value", "0"));
        assertEquals("Tracer.OFF", Tracer.OFF.toString());
        assertEquals(scenario(Tracer.OFF, false), codes, "tracing changes no result");
    }

    @Test
    @Covers({"ID-1", "ID-2", "ID-3", "ID-4", "ID-7", "ID-8", "CODE-2"})
    void aRecordingTracerSeesTheSpecsActionsInOrder() {
        RecordingTracer t = new RecordingTracer();
        List<InstitutionCode> codes = scenario(t, false);
        List<TraceEvent> ev = t.events();
        assertEquals(List.of(
                "RequestNumber", "JlisNextAttempt", "JlisIssue",          // RC1: attempt 0 closes at once
                "RequestNumber", "JlisWalk", "JlisIssue",                 // RC2: A is taken
                "RequestReissue", "JlisIssue",                            // RC1 generation 1
                "IssueCode",                                              // the new number converts
                "RefuseCode"),                                            // the old one does not
                ev.stream().map(TraceEvent::action).toList());
        assertEquals(Map.of("rc", RC1.digits(), "from", CHIYODA), ev.get(0).fields());
        assertEquals(Map.of("value", RC1.digits()), ev.get(1).fields());
        assertEquals(Map.of("value", d11(A)), ev.get(2).fields());
        assertEquals(Map.of("value", d11(A)), ev.get(4).fields());
        assertEquals(Map.of("value", d11(B)), ev.get(5).fields());
        assertEquals(Map.of("rc", RC1.digits(), "from", CHIYODA), ev.get(6).fields());
        assertEquals(Map.of("value", d11(C)), ev.get(7).fields());
        TraceEvent issueCode = ev.get(8);
        assertEquals(List.of("inst", "serial", "rc", "pid", "code"), List.copyOf(issueCode.fields().keySet()));
        assertEquals(4L, issueCode.get("inst"));
        assertEquals(1L, issueCode.get("serial"));
        assertEquals(RC1.digits(), issueCode.get("rc"));
        assertEquals(1L, issueCode.get("pid"));
        assertEquals(codes.get(0).text(), issueCode.get("code"));
        assertEquals(Map.of("inst", 4L, "serial", 2L), ev.get(9).fields());
        assertNull(SpecReplay.violation(ev));
        assertTrue(t.toString().startsWith("RecordingTracer[10 events"));
    }

    @Test
    @Covers({"ID-2"})
    void withTracingOnIssueAllEmitsTheEventsIssueWould() {
        RecordingTracer single = new RecordingTracer();
        RecordingTracer batch = new RecordingTracer();
        scenario(single, false);
        scenario(batch, true);
        assertEquals(single.events(), batch.events());
    }
}
