package bango.jlis;

import static bango.jlis.Fixtures.CHIYODA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.identity.CheckDigits;
import bango.identity.ResidentCode;
import bango.trace.Tracer;
import bango.vault.Ff1;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The production number permutation, and J-LIS issuing with it. */
class Ff1NumberPermutationTest {

    static final SecretKey KEY = Fixtures.aesKey(0x20);
    static final Ff1NumberPermutation PERM = new Ff1NumberPermutation(KEY);
    static final Ff1 FF1 = new Ff1(KEY);

    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(0xFF1L).withExamples(examples);
    }

    @Test
    void theTweakIsGenerationThenAttemptEachTwoBytesBigEndian() {
        assertArrayEquals(new byte[] {0, 0, 0, 0}, Ff1NumberPermutation.tweak(0, 0));
        assertArrayEquals(new byte[] {0x12, 0x34, 0x56, 0x78}, Ff1NumberPermutation.tweak(0x1234, 0x5678));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                Ff1NumberPermutation.tweak(0xFFFF, 0xFFFF));
        assertThrows(IllegalArgumentException.class, () -> Ff1NumberPermutation.tweak(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> Ff1NumberPermutation.tweak(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Ff1NumberPermutation.tweak(0x10000, 0));
        assertThrows(IllegalArgumentException.class, () -> Ff1NumberPermutation.tweak(0, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> PERM.apply(1, 0x10000, 0));
        assertEquals(11, Ff1NumberPermutation.DIGITS);
        assertEquals("Ff1NumberPermutation[FF1 radix 10, 11 digits]", PERM.toString());
    }

    @Test
    @Covers({"ID-4"})
    void applyIsFf1Radix10OverElevenDigitsUnderTheTweak() {
        qt(300).forAll(longs().between(0, 99_999_999_999L), integers().between(0, 0xFFFF),
                integers().between(0, 0xFFFF)).checkAssert((v, g, a) -> {
                    long y = PERM.apply(v, g, a);
                    assertEquals(FF1.encrypt(v, 11, new byte[] {(byte) (g >> 8), (byte) (int) g,
                            (byte) (a >> 8), (byte) (int) a}), y);
                    assertTrue(y >= 0 && y < 100_000_000_000L);
                    assertEquals(v, FF1.decrypt(y, 11, Ff1NumberPermutation.tweak(g, a)));
                });
        long v = 12_345_678_903L;
        assertNotEquals(PERM.apply(v, 0, 0), PERM.apply(v, 0, 1));
        assertNotEquals(PERM.apply(v, 0, 0), PERM.apply(v, 1, 0));
        assertNotEquals(PERM.apply(v, 1, 0), PERM.apply(v, 0, 1));
    }

    @Test
    void applyAllIsApplyOnEachValue() {
        long[] in = new long[600];
        long[] out = new long[600];
        for (int i = 0; i < in.length; i++) {
            in[i] = i * 166_666_667L;
        }
        PERM.applyAll(in, out, in.length, 3, 7);
        for (int i = 0; i < in.length; i++) {
            assertEquals(PERM.apply(in[i], 3, 7), out[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> PERM.applyAll(in, out, 1, 0, -1));
    }

    @Test
    @Covers({"ID-2", "ID-3", "ID-4", "ID-8"})
    void withFf1EachNumberIsTheFirstFreeValueOnTheCycleAndUnique() {
        qt(20).forAll(longs().between(0, 9_999_999_000L)).checkAssert(start -> {
            Jlis jlis = new Jlis(PERM, Tracer.OFF);
            Set<Long> history = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                ResidentCode rc = ResidentCode.fromBody(start + i);
                jlis.registerResident(CHIYODA, rc);
                NumberNotice n = jlis.issue(CHIYODA, rc);
                assertEquals(firstFree(rc.value(), 0, history), n.number().body());
                history.add(n.number().body());
                if (i % 5 == 0) {
                    NumberNotice m = jlis.reissue(CHIYODA, rc);
                    assertEquals(firstFree(rc.value(), 1, history), m.number().body());
                    assertNotEquals(n.number(), m.number());
                    history.add(m.number().body());
                }
            }
            assertEquals(history.size(), jlis.issuedCount());
        });
    }

    /** The spec's FirstFree over the attempts, from FF1 itself. */
    static long firstFree(long rc, int generation, Set<Long> taken) {
        for (int a = 0; a <= NumberPermutation.MAX_ATTEMPT; a++) {
            byte[] tweak = Ff1NumberPermutation.tweak(generation, a);
            long x = FF1.encrypt(rc, 11, tweak);
            while (x != rc) {
                if (!taken.contains(x)) {
                    return x;
                }
                x = FF1.encrypt(x, 11, tweak);
            }
        }
        return -1;
    }

    /**
     * A resident code whose FF1 value at (0, 0) is {@code number}, if FF1's preimage of the number
     * is a well-formed resident code (one in ten is), else null.
     */
    static ResidentCode preimageResident(long number) {
        long x = FF1.decrypt(number, 11, Ff1NumberPermutation.tweak(0, 0));
        return x % 10 == CheckDigits.residentCode(x / 10) ? ResidentCode.fromBody(x / 10) : null;
    }

    @Test
    @Covers({"ID-2", "ID-3", "ID-8"})
    void issueAllWalksPastAnIssuedFirstValueLikeIssue() {
        List<ResidentCode> residents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            residents.add(ResidentCode.fromBody(5_000_000_000L + 7919L * i));
        }
        Jlis single = new Jlis(PERM, Tracer.OFF);
        Jlis batch = new Jlis(PERM, Tracer.OFF);
        ResidentCode changer = ResidentCode.fromBody(4_000_000_000L);
        for (ResidentCode rc : residents) {
            single.registerResident(CHIYODA, rc);
            batch.registerResident(CHIYODA, rc);
        }
        single.registerResident(CHIYODA, changer);
        batch.registerResident(CHIYODA, changer);
        // Change one resident's number until one of its numbers has a resident code as its FF1
        // preimage at (0, 0): that resident's first value is taken, so it must walk on.
        List<Long> history = new ArrayList<>();
        history.add(single.issue(CHIYODA, changer).number().body());
        assertEquals(history.get(0), batch.issueAll(CHIYODA, List.of(changer)).get(0).number().body());
        // (The preimage of generation 0's number is the changer itself.)
        ResidentCode colliding = null;
        while (colliding == null) {
            history.add(single.reissue(CHIYODA, changer).number().body());
            assertEquals(history.get(history.size() - 1), batch.reissue(CHIYODA, changer).number().body());
            colliding = preimageResident(history.get(history.size() - 1));
        }
        long taken = history.get(history.size() - 1);
        assertEquals(taken, PERM.apply(colliding.value(), 0, 0));
        residents.add(20, colliding);
        single.registerResident(CHIYODA, colliding);
        batch.registerResident(CHIYODA, colliding);
        List<NumberNotice> expected = new ArrayList<>();
        for (ResidentCode rc : residents) {
            expected.add(single.issue(CHIYODA, rc));
        }
        List<NumberNotice> got = batch.issueAll(CHIYODA, residents);
        assertEquals(expected, got);
        assertEquals(residents.size() + history.size(), batch.issuedCount());
        NumberNotice walked = got.get(20);
        assertEquals(colliding, walked.residentCode());
        assertNotEquals(taken, walked.number().body());
        assertEquals(firstFree(colliding.value(), 0, new HashSet<>(history)), walked.number().body());
        assertEquals(List.of(), batch.issueAll(CHIYODA, List.of()));
        assertEquals(got, batch.issueAll(CHIYODA, residents), "a batch retry changes nothing");
        assertEquals(residents.size() + history.size(), batch.issuedCount());
    }

    @Test
    @Covers({"ID-1"})
    void issueAllChecksEveryResidentsHomeBeforeIssuingAny() {
        Jlis jlis = new Jlis(PERM, Tracer.OFF);
        ResidentCode a = ResidentCode.fromBody(1);
        ResidentCode b = ResidentCode.fromBody(2);
        jlis.registerResident(CHIYODA, a);
        jlis.registerResident(Fixtures.SAPPORO, b);
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY,
                assertThrows(JlisException.class, () -> jlis.issueAll(CHIYODA, List.of(a, b))).reason());
        assertEquals(0, jlis.issuedCount());
    }
}
