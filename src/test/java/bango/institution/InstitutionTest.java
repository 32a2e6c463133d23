package bango.institution;

import static bango.register.People.CHIYODA;
import static bango.register.People.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.AesCodePermutation;
import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.issuance.Issuance;
import bango.jlis.Fixtures;
import bango.jlis.Jlis;
import bango.jlis.JlisException;
import bango.jlis.SmallDomainPermutation;
import bango.register.ResidentRegister;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An institution's business system obtaining and keeping codes (CODE-1, CODE-3, CODE-4, CODE-5). */
class InstitutionTest {

    static final InstitutionId PENSION = new InstitutionId(7);
    static final InstitutionId TAX = new InstitutionId(9);
    static final ResidentCode RC1 = ResidentCode.fromBody(1_234_567_890L);
    static final ResidentCode RC2 = ResidentCode.fromBody(1_234_567_891L);

    /** J-LIS, the core, 千代田区 with two residents who have numbers, and two institutions. */
    static final class World {
        final Issuance issuance;
        final ResidentRegister chiyoda;
        final Institution pension;
        final Institution tax;

        World(Tracer tracer) {
            // tracer: where every party reports its trace events
            issuance = new Issuance(new SmallDomainPermutation(11, 2),
                    new AesCodePermutation(Fixtures.aesKey(0x70)), tracer);
            chiyoda = issuance.register(CHIYODA);
            chiyoda.add(resident(RC1, CHIYODA));
            chiyoda.add(resident(RC2, CHIYODA));
            chiyoda.designate(RC1);
            chiyoda.designate(RC2);
            pension = issuance.institution(PENSION);
            tax = issuance.institution(TAX);
        }

        IndividualNumber number(ResidentCode rc) {
            return chiyoda.numberOf(rc).orElseThrow();
        }
    }

    static World world() {
        return new World(Tracer.OFF);
    }

    @Test
    @Covers({"CODE-1"})
    void aRequestGoesToJlisUnderTheNextProcessingSerial() {
        RecordingTracer t = new RecordingTracer();
        World w = new World(t);
        assertEquals(1, w.pension.nextSerial());
        IndividualNumber n1 = w.number(RC1);
        IndividualNumber n2 = w.number(RC2);
        int before = t.events().size();
        assertEquals(Optional.of(1L), w.pension.requestCode(n1));
        assertEquals(Optional.of(2L), w.pension.requestCode(n2));
        assertEquals(Optional.empty(), w.pension.requestCode(n1), "already waiting");
        assertEquals(3, w.pension.nextSerial());
        assertEquals(Map.of(1L, n1, 2L, n2), w.pension.outstanding());
        List<Jlis.WaitingRequest> pending = w.issuance.jlis().pendingCodeRequests();
        assertEquals(2, pending.size());
        assertEquals(new Jlis.WaitingRequest(new InstitutionId(7), 1, n1), pending.get(0));
        TraceEvent e = t.events().get(before);
        assertEquals("RequestCode", e.action());
        assertEquals(Map.of("inst", 7L, "serial", 1L, "num", n1.digits().substring(0, 11)), e.fields());
        assertEquals(before + 2, t.events().size());
        assertThrows(NullPointerException.class, () -> w.pension.requestCode(null));
    }

    @Test
    @Covers({"CODE-1", "CODE-3", "CODE-3c"})
    void theCoreDeliversTheCodeWhichTheInstitutionKeepsAgainstTheNumber() {
        World w = world();
        IndividualNumber n1 = w.number(RC1);
        long serial = w.pension.requestCode(n1).orElseThrow();
        assertEquals(Optional.empty(), w.pension.knownCode(n1));
        w.issuance.jlis().processCodeRequest(PENSION, serial);
        InstitutionCode code = w.pension.knownCode(n1).orElseThrow();
        assertEquals(Map.of(n1, code), w.pension.book());
        assertEquals(Map.of(), w.pension.outstanding());
        assertEquals(Optional.empty(), w.pension.requestCode(n1), "already known");
        assertEquals(code, w.pension.codeFor(n1));
        assertEquals(2, w.pension.nextSerial(), "a known code needs no request");
        InstitutionCode other = w.pension.codeFor(w.number(RC2));
        assertNotEquals(code, other, "CODE-3c");
        assertEquals(2, w.pension.book().size());
        assertThrows(UnsupportedOperationException.class, () -> w.pension.book().clear());
        assertThrows(UnsupportedOperationException.class, () -> w.pension.outstanding().clear());
    }

    @Test
    @Covers({"CODE-4", "CODE-3d"})
    void eachInstitutionHoldsOnlyItsOwnCodes() {
        World w = world();
        IndividualNumber n1 = w.number(RC1);
        InstitutionCode p = w.pension.codeFor(n1);
        InstitutionCode t = w.tax.codeFor(n1);
        assertNotEquals(p, t, "CODE-3d");
        assertEquals(Map.of(n1, p), w.pension.book());
        assertEquals(Map.of(n1, t), w.tax.book());
        assertEquals(t, w.issuance.core().translate(p, PENSION, TAX), "only the core links them");
    }

    @Test
    @Covers({"CODE-1"})
    void aCodeArrivesOnlyForAWaitingRequest() {
        World w = world();
        InstitutionCode some = new InstitutionCode(1, 2);
        assertThrows(IllegalArgumentException.class, () -> w.pension.receive(1, some));
        w.pension.requestCode(w.number(RC1));
        assertThrows(NullPointerException.class, () -> w.pension.receive(1, null));
        assertTrue(w.pension.book().isEmpty());
    }

    @Test
    @Covers({"ID-7", "ID-8", "CODE-3a"})
    void aReplacedNumberIsRefusedWithJlissReasonAndTheNewOneGivesTheSameCode() {
        World w = world();
        IndividualNumber old = w.number(RC1);
        InstitutionCode code = w.pension.codeFor(old);
        IndividualNumber fresh = w.chiyoda.change(RC1);
        // Another institution holding only the old number is refused.
        JlisException e = assertThrows(JlisException.class, () -> w.tax.codeFor(old));
        assertEquals(JlisException.Reason.NOT_A_CURRENT_NUMBER, e.reason());
        assertFalse(e.getMessage().contains(old.digits().substring(0, 11)), e.getMessage());
        assertEquals(Map.of(), w.tax.outstanding());
        assertEquals(Map.of(), w.tax.book());
        assertEquals(code, w.pension.codeFor(fresh), "CODE-3a: the code survives the change");
        assertEquals(2, w.pension.book().size());
    }

    @Test
    @Covers({"CODE-1"})
    void aRefusedRequestCanBeMadeAgainAndIsRefusedAgain() {
        World w = world();
        IndividualNumber old = w.number(RC1);
        w.chiyoda.change(RC1);
        long s1 = w.pension.requestCode(old).orElseThrow();
        w.issuance.jlis().processCodeRequest(PENSION, s1);
        assertEquals(Map.of(), w.pension.outstanding());
        assertEquals(Optional.of(2L), w.pension.requestCode(old));
    }

    @Test
    @Covers({"CODE-1"})
    void codeForAWaitingRequestSaysItIsWaiting() {
        World w = world();
        IndividualNumber n1 = w.number(RC1);
        w.pension.requestCode(n1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.pension.codeFor(n1));
        assertFalse(e.getMessage().contains(n1.digits().substring(0, 11)));
        w.issuance.jlis().processCodeRequest(PENSION, 1);
        assertTrue(w.pension.knownCode(n1).isPresent());
    }

    @Test
    @Covers({"CODE-5", "ID-5"})
    void toStringShowsNoNumberAndNoCode() {
        World w = world();
        IndividualNumber n1 = w.number(RC1);
        InstitutionCode code = w.pension.codeFor(n1);
        String s = w.pension.toString();
        assertEquals("Institution[I7, 1 codes]", s);
        assertFalse(s.contains(n1.digits().substring(0, 11)) || s.contains(code.text()));
        assertEquals(PENSION, w.pension.id());
        Jlis jlis = w.issuance.jlis();
        assertThrows(NullPointerException.class, () -> new Institution(null, jlis, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new Institution(PENSION, null, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new Institution(PENSION, jlis, null));
    }

    /**
     * Regression: an institution asking for a code while J-LIS serves another of its requests must
     * not deadlock. J-LIS holds its lock while the core delivers to the institution; the institution
     * must not hold its own lock while it waits for J-LIS.
     */
    @Test
    @Covers({"CODE-1", "CODE-3"})
    void askingWhileACodeIsBeingDeliveredDoesNotDeadlock() throws Exception {
        Jlis jlis = new Jlis(new SmallDomainPermutation(3, 2), Tracer.OFF);
        jlis.registerResident(CHIYODA.code(), RC1);
        jlis.registerResident(CHIYODA.code(), RC2);
        IndividualNumber n1 = jlis.issue(CHIYODA.code(), RC1).number();
        IndividualNumber n2 = jlis.issue(CHIYODA.code(), RC2).number();
        AtomicReference<Institution> institution = new AtomicReference<>();
        AtomicReference<Thread> asker = new AtomicReference<>();
        CountDownLatch delivering = new CountDownLatch(1);
        CoreSystem core = new CoreSystem(new AesCodePermutation(Fixtures.aesKey(0x71)), (to, serial, code) -> {
            delivering.countDown();
            waitUntilBlocked(asker.get());
            institution.get().receive(serial, code);
        }, Tracer.OFF);
        jlis.connect(core);
        institution.set(new Institution(PENSION, jlis, Tracer.OFF));
        Thread askerThread = new Thread(() -> {
            try {
                delivering.await();
                institution.get().requestCode(n2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "asker");
        askerThread.setDaemon(true);
        asker.set(askerThread);
        Thread server = new Thread(() -> institution.get().codeFor(n1), "server");
        server.setDaemon(true);
        askerThread.start();
        server.start();
        server.join(5_000);
        askerThread.join(5_000);
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        assertTrue(deadlocked == null || deadlocked.length == 0, "deadlock between institution and J-LIS");
        assertFalse(server.isAlive() || askerThread.isAlive());
        assertTrue(institution.get().knownCode(n1).isPresent());
        assertEquals(Map.of(2L, n2), institution.get().outstanding());
    }

    private static void waitUntilBlocked(Thread t) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (t.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
