package bango.issuance;

import static bango.register.People.CHIYODA;
import static bango.register.People.SAPPORO;
import static bango.register.People.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.codes.AesCodePermutation;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.institution.Institution;
import bango.jlis.Ff1NumberPermutation;
import bango.jlis.Fixtures;
import bango.jlis.JlisException;
import bango.jlis.SmallDomainPermutation;
import bango.jlis.SpecReplay;
import bango.register.ResidentRegister;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import bango.vault.InMemoryKeyCustody;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The whole identifier issuance assembled: municipalities, J-LIS, the core and institutions. */
class IssuanceTest {

    static final InstitutionId PENSION = new InstitutionId(1);
    static final InstitutionId TAX = new InstitutionId(2);
    static final InstitutionId HEALTH = new InstitutionId(3);

    static SecureRandom seeded(long seed) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }

    @Test
    @Covers({"ID-4", "CODE-3"})
    void withKeysTakesEachPartysKeyFromItsOwnCustody() throws Exception {
        InMemoryKeyCustody jlisKeys = new InMemoryKeyCustody(seeded(1));
        InMemoryKeyCustody coreKeys = new InMemoryKeyCustody(seeded(2));
        Issuance issuance = Issuance.withKeys(jlisKeys, coreKeys, Tracer.OFF);
        ResidentCode rc = ResidentCode.fromBody(1_234_567_890L);
        ResidentRegister chiyoda = issuance.register(CHIYODA);
        chiyoda.add(resident(rc, CHIYODA));
        IndividualNumber n = chiyoda.designate(rc);
        Ff1NumberPermutation ff1 = new Ff1NumberPermutation(jlisKeys.aesKey(Issuance.NUMBER_KEY));
        assertEquals(ff1.apply(rc.value(), 0, 0), n.body());
        InstitutionCode code = issuance.institution(PENSION).codeFor(n);
        assertEquals(new AesCodePermutation(coreKeys.aesKey(Issuance.CODE_KEY)).forward(PENSION.value(), 1), code);
        assertEquals("jlis-number-ff1", Issuance.NUMBER_KEY);
        assertEquals("core-code-aes", Issuance.CODE_KEY);
    }

    @Test
    void partiesAreCreatedOnceAndListedInOrder() {
        Issuance issuance = new Issuance(new SmallDomainPermutation(1, 2), new AesCodePermutation(Fixtures.aesKey(9)),
                Tracer.OFF);
        ResidentRegister s = issuance.register(SAPPORO);
        ResidentRegister c = issuance.register(CHIYODA);
        assertSame(c, issuance.register(CHIYODA));
        assertEquals(List.of("011002", "131016"), List.copyOf(issuance.registers().keySet()));
        assertSame(s, issuance.registers().get("011002"));
        Institution tax = issuance.institution(TAX);
        Institution pension = issuance.institution(PENSION);
        assertSame(tax, issuance.institution(TAX));
        assertEquals(List.of(pension, tax), List.copyOf(issuance.institutions().values()));
        assertThrows(UnsupportedOperationException.class, () -> issuance.registers().clear());
        assertThrows(UnsupportedOperationException.class, () -> issuance.institutions().clear());
        assertEquals("Issuance[2 municipalities, 2 institutions]", issuance.toString());
        assertTrue(issuance.core().toString().startsWith("CoreSystem["));
        assertTrue(issuance.jlis().toString().startsWith("Jlis["));
        assertThrows(NullPointerException.class, () -> new Issuance(new SmallDomainPermutation(1, 2),
                new AesCodePermutation(Fixtures.aesKey(9)), null));
    }

    @Test
    @Covers({"CODE-3"})
    void theCoreDeliversOnlyToAnInstitutionOfTheAssembly() {
        Issuance issuance = new Issuance(new SmallDomainPermutation(1, 2), new AesCodePermutation(Fixtures.aesKey(9)),
                Tracer.OFF);
        ResidentCode rc = ResidentCode.fromBody(42);
        ResidentRegister chiyoda = issuance.register(CHIYODA);
        chiyoda.add(resident(rc, CHIYODA));
        IndividualNumber n = chiyoda.designate(rc);
        // A request that reaches J-LIS from outside the assembly: no institution to deliver to.
        issuance.jlis().submitCodeRequest(new InstitutionId(99), 1, n, (s, x, r) -> { });
        assertThrows(IllegalStateException.class, () -> issuance.jlis().processCodeRequest(new InstitutionId(99), 1));
    }

    /** A random life of the system, checked against the spec's invariants at the end. */
    @Test
    @Covers({"ID-1", "ID-2", "ID-3", "ID-6", "ID-7", "ID-8", "CODE-1", "CODE-2", "CODE-3a", "CODE-3c", "CODE-3d",
        "CODE-4"})
    void randomHistoriesKeepTheSpecsInvariants() {
        QuickTheory.qt().withFixedSeed(0x155_0A_ACEL).withExamples(60)
                .forAll(longs().all(), longs().between(0, 999_999_999L),
                        lists().of(integers().between(0, 59)).ofSizeBetween(10, 80))
                .checkAssert((seed, high, ops) -> {
                    RecordingTracer tracer = new RecordingTracer();
                    Issuance issuance = new Issuance(new SmallDomainPermutation(seed, 2),
                            new AesCodePermutation(Fixtures.aesKey((int) (seed & 0x7F))), tracer);
                    List<ResidentCode> residents = Fixtures.block(high);
                    for (int d = 0; d < residents.size(); d++) {
                        var m = d % 2 == 0 ? CHIYODA : SAPPORO;
                        issuance.register(m).add(resident(residents.get(d), m));
                    }
                    List<Institution> institutions = List.of(issuance.institution(PENSION),
                            issuance.institution(TAX), issuance.institution(HEALTH));
                    List<IndividualNumber> everIssued = new ArrayList<>();
                    Map<ResidentCode, IndividualNumber> current = new HashMap<>();
                    // (institution, resident) -> code; code -> (institution, resident)
                    Map<List<Object>, InstitutionCode> codes = new HashMap<>();
                    Map<InstitutionCode, List<Object>> owners = new HashMap<>();
                    for (int op : ops) {
                        int d = op % 10;
                        ResidentCode rc = residents.get(d);
                        ResidentRegister home = issuance.register(d % 2 == 0 ? CHIYODA : SAPPORO);
                        switch (op / 10) {
                            case 0, 1 -> {
                                IndividualNumber n = home.designate(rc);
                                if (current.putIfAbsent(rc, n) == null) {
                                    everIssued.add(n);
                                }
                            }
                            case 2 -> {
                                if (current.containsKey(rc)) {
                                    IndividualNumber n = home.change(rc);
                                    current.put(rc, n);
                                    everIssued.add(n);
                                }
                            }
                            default -> {
                                // An institution is handed one of the person's numbers, maybe a replaced one.
                                Institution inst = institutions.get(op / 10 - 3);
                                List<IndividualNumber> theirs = new ArrayList<>();
                                for (IndividualNumber n : everIssued) {
                                    if (owner(tracer, n).equals(rc.digits())) {
                                        theirs.add(n);
                                    }
                                }
                                if (theirs.isEmpty()) {
                                    break;
                                }
                                IndividualNumber n = theirs.get(op % theirs.size());
                                if (n.equals(current.get(rc)) || inst.knownCode(n).isPresent()) {
                                    InstitutionCode code = inst.codeFor(n);
                                    List<Object> pair = List.of(inst.id(), rc);
                                    InstitutionCode before = codes.putIfAbsent(pair, code);
                                    assertTrue(before == null || before.equals(code), "CODE-3a");
                                    List<Object> owner = owners.putIfAbsent(code, pair);
                                    assertTrue(owner == null || owner.equals(pair), "CODE-3c, CODE-3d");
                                } else {
                                    assertEquals(JlisException.Reason.NOT_A_CURRENT_NUMBER,
                                            assertThrows(JlisException.class, () -> inst.codeFor(n)).reason(),
                                            "ID-7: a replaced number is refused");
                                }
                            }
                        }
                    }
                    assertEquals(everIssued.size(), new HashSet<>(everIssued).size(), "ID-3, ID-8");
                    assertEquals(everIssued.size(), issuance.jlis().issuedCount());
                    for (ResidentCode rc : residents) {
                        ResidentRegister home = issuance.register(residents.indexOf(rc) % 2 == 0 ? CHIYODA : SAPPORO);
                        assertEquals(current.get(rc), home.numberOf(rc).orElse(null), "ID-6");
                    }
                    // CODE-4: the core, and only the core, links one person's codes at two institutions.
                    for (var e : codes.entrySet()) {
                        for (var f : codes.entrySet()) {
                            if (e.getKey().get(1).equals(f.getKey().get(1))) {
                                assertEquals(f.getValue(), issuance.core().translate(e.getValue(),
                                        (InstitutionId) e.getKey().get(0), (InstitutionId) f.getKey().get(0)));
                            }
                        }
                    }
                    for (Institution inst : institutions) {
                        for (InstitutionCode c : inst.book().values()) {
                            assertEquals(inst.id(), owners.get(c).get(0), "CODE-4: only its own codes");
                        }
                    }
                    assertNull(SpecReplay.violation(tracer.events()));
                });
    }

    /** The resident code a number was issued for, from the JlisIssue event and its job's request. */
    static String owner(RecordingTracer tracer, IndividualNumber n) {
        String rc = null;
        String body = n.digits().substring(0, 11);
        for (TraceEvent e : tracer.events()) {
            if (e.action().equals("RequestNumber") || e.action().equals("RequestReissue")) {
                rc = (String) e.get("rc");
            } else if (e.action().equals("JlisIssue") && e.get("value").equals(body)) {
                return rc;
            }
        }
        return "";
    }

    @Test
    @Covers({"ID-2"})
    void tracingOffChangesNoResultAndRecordsNothing() {
        List<Object> off = run(Tracer.OFF);
        RecordingTracer t = new RecordingTracer();
        assertEquals(off, run(t));
        assertFalse(t.events().isEmpty());
        assertNull(SpecReplay.violation(t.events()));
        Set<String> actions = new HashSet<>();
        t.events().forEach(e -> actions.add(e.action()));
        assertEquals(Set.of("RequestNumber", "RequestReissue", "JlisIssue", "RequestCode", "IssueCode", "RefuseCode",
                "JlisWalk", "JlisNextAttempt"), actions);
    }

    private static List<Object> run(Tracer tracer) {
        Issuance issuance = new Issuance(new SmallDomainPermutation(5, 1), new AesCodePermutation(Fixtures.aesKey(3)),
                tracer);
        ResidentCode rc = ResidentCode.fromBody(777);
        ResidentRegister chiyoda = issuance.register(CHIYODA);
        chiyoda.add(resident(rc, CHIYODA));
        List<Object> out = new ArrayList<>();
        IndividualNumber first = chiyoda.designate(rc);
        out.add(first);
        for (int i = 0; i < 8; i++) {
            out.add(chiyoda.change(rc)); // one resident per block of ten: walks and new attempts
        }
        Institution pension = issuance.institution(PENSION);
        out.add(pension.codeFor(chiyoda.numberOf(rc).orElseThrow()));
        out.add(assertThrows(JlisException.class, () -> pension.codeFor(first)).reason());
        assertNotEquals(out.get(0), out.get(8));
        return out;
    }
}
