package bango.register;

import static bango.register.People.CHIYODA;
import static bango.register.People.SAPPORO;
import static bango.register.People.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.jlis.Jlis;
import bango.jlis.JlisException;
import bango.jlis.NumberNotice;
import bango.jlis.SmallDomainPermutation;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** A municipality's resident register asking J-LIS for numbers and recording them (ID-1, ID-6, ID-8). */
class ResidentRegisterTest {

    static final ResidentCode RC1 = ResidentCode.fromBody(1_234_567_890L);
    static final ResidentCode RC2 = ResidentCode.fromBody(1_234_567_891L);

    static Jlis jlis() {
        return new Jlis(new SmallDomainPermutation(7, 2), Tracer.OFF);
    }

    @Test
    @Covers({"ID-1"})
    void addingAResidentRegistersItWithJlisForThisMunicipality() {
        Jlis jlis = jlis();
        ResidentRegister chiyoda = new ResidentRegister(CHIYODA, jlis);
        Resident r = resident(RC1, CHIYODA);
        chiyoda.add(r);
        assertEquals(1, chiyoda.size());
        assertEquals(Optional.of(r), chiyoda.resident(RC1));
        assertEquals(Optional.empty(), chiyoda.resident(RC2));
        assertSame(CHIYODA, chiyoda.municipality());
        // J-LIS now takes requests for the resident from 千代田区 only.
        assertEquals(JlisException.Reason.NOT_HOME_MUNICIPALITY,
                assertThrows(JlisException.class, () -> jlis.issue(SAPPORO.code(), RC1)).reason());
        jlis.issue(CHIYODA.code(), RC1);
    }

    @Test
    @Covers({"ID-1"})
    void aRegisterTakesOnlyItsOwnResidentsAndAsksOnlyForThem() {
        Jlis jlis = jlis();
        ResidentRegister chiyoda = new ResidentRegister(CHIYODA, jlis);
        ResidentRegister sapporo = new ResidentRegister(SAPPORO, jlis);
        assertThrows(IllegalArgumentException.class, () -> chiyoda.add(resident(RC1, SAPPORO)));
        assertEquals(0, chiyoda.size());
        chiyoda.add(resident(RC1, CHIYODA));
        // 札幌市 cannot take over a resident J-LIS knows as 千代田区's.
        assertEquals(JlisException.Reason.REGISTERED_ELSEWHERE,
                assertThrows(JlisException.class, () -> sapporo.add(resident(RC1, SAPPORO))).reason());
        assertEquals(0, sapporo.size());
        assertThrows(IllegalArgumentException.class, () -> sapporo.designate(RC1));
        assertThrows(IllegalArgumentException.class, () -> sapporo.change(RC1));
        assertThrows(IllegalArgumentException.class, () -> chiyoda.designate(RC2));
        assertEquals(0, jlis.issuedCount());
    }

    @Test
    @Covers({"ID-6", "ID-2"})
    void theRegisterRecordsTheNumberJlisReturnedAndARetryChangesNothing() {
        Jlis jlis = jlis();
        ResidentRegister chiyoda = new ResidentRegister(CHIYODA, jlis);
        chiyoda.add(resident(RC1, CHIYODA));
        assertEquals(Optional.empty(), chiyoda.numberOf(RC1));
        IndividualNumber n = chiyoda.designate(RC1);
        assertEquals(Optional.of(n), chiyoda.numberOf(RC1));
        assertEquals(jlis.issue(CHIYODA.code(), RC1).number(), n);
        assertEquals(n, chiyoda.designate(RC1));
        assertEquals(1, jlis.issuedCount());
    }

    @Test
    @Covers({"ID-8", "ID-6", "ID-3"})
    void aChangeRecordsTheNewNumber() {
        Jlis jlis = jlis();
        ResidentRegister chiyoda = new ResidentRegister(CHIYODA, jlis);
        chiyoda.add(resident(RC1, CHIYODA));
        assertEquals(JlisException.Reason.NO_NUMBER_YET,
                assertThrows(JlisException.class, () -> chiyoda.change(RC1)).reason());
        assertEquals(Optional.empty(), chiyoda.numberOf(RC1));
        IndividualNumber first = chiyoda.designate(RC1);
        IndividualNumber second = chiyoda.change(RC1);
        assertNotEquals(first, second);
        assertEquals(Optional.of(second), chiyoda.numberOf(RC1));
        NumberNotice current = jlis.issue(CHIYODA.code(), RC1);
        assertEquals(second, current.number());
        assertEquals(1, current.generation());
    }

    @Test
    @Covers({"ID-5"})
    void toStringNamesTheMunicipalityOnly() {
        ResidentRegister chiyoda = new ResidentRegister(CHIYODA, jlis());
        chiyoda.add(resident(RC1, CHIYODA));
        IndividualNumber n = chiyoda.designate(RC1);
        assertEquals("ResidentRegister[131016, 1 residents]", chiyoda.toString());
        assertFalse(chiyoda.toString().contains(n.digits().substring(0, 11)));
        assertThrows(NullPointerException.class, () -> new ResidentRegister(null, jlis()));
        assertThrows(NullPointerException.class, () -> new ResidentRegister(CHIYODA, null));
    }

    @Test
    @Covers({"ID-1", "ID-3", "ID-6", "ID-8"})
    void overRandomHistoriesEveryRegisterHoldsJlissCurrentNumber() {
        QuickTheory.qt().withFixedSeed(0x5245_4749L).withExamples(100)
                .forAll(longs().all(), longs().between(0, 999_999_999L),
                        lists().of(integers().between(0, 29)).ofSizeBetween(1, 60))
                .checkAssert((seed, high, ops) -> {
                    Jlis jlis = new Jlis(new SmallDomainPermutation(seed, 2), Tracer.OFF);
                    ResidentRegister chiyoda = new ResidentRegister(CHIYODA, jlis);
                    ResidentRegister sapporo = new ResidentRegister(SAPPORO, jlis);
                    List<ResidentCode> residents = new ArrayList<>();
                    for (int d = 0; d < 10; d++) {
                        ResidentCode rc = ResidentCode.fromBody(high * 10 + d);
                        residents.add(rc);
                        (d % 2 == 0 ? chiyoda : sapporo).add(resident(rc, d % 2 == 0 ? CHIYODA : SAPPORO));
                    }
                    Set<IndividualNumber> everIssued = new HashSet<>();
                    for (int op : ops) {
                        int d = op % 10;
                        ResidentRegister home = d % 2 == 0 ? chiyoda : sapporo;
                        ResidentRegister other = d % 2 == 0 ? sapporo : chiyoda;
                        ResidentCode rc = residents.get(d);
                        assertThrows(IllegalArgumentException.class, () -> other.designate(rc));
                        if (op / 10 == 1 && home.numberOf(rc).isPresent()) {
                            IndividualNumber before = home.numberOf(rc).get();
                            IndividualNumber after = home.change(rc);
                            assertNotEquals(before, after);
                            assertTrue(everIssued.add(after), "ID-3: never issued before");
                        } else {
                            boolean had = home.numberOf(rc).isPresent();
                            IndividualNumber n = home.designate(rc);
                            assertEquals(!had, everIssued.add(n));
                        }
                    }
                    for (ResidentCode rc : residents) {
                        ResidentRegister home = residents.indexOf(rc) % 2 == 0 ? chiyoda : sapporo;
                        Optional<IndividualNumber> recorded = home.numberOf(rc);
                        recorded.ifPresent(n -> assertEquals(jlis.issue(home.municipality().code(), rc).number(), n,
                                "ID-6: the register holds J-LIS's current number"));
                    }
                    assertEquals(everIssued.size(), jlis.issuedCount());
                });
    }
}
