package bango.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.identity.NumberKind;
import bango.identity.ResidentCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

    static final Pattern ADDRESS_TAIL = Pattern.compile(".+[1-5]丁目([1-9]|[12][0-9]|30)番([1-9]|1[0-9]|20)号");
    static final Pattern KATAKANA = Pattern.compile("\\p{IsKatakana}+");
    static final Pattern KANJI = Pattern.compile("[\\p{IsHan}々]+");

    static String digest(SyntheticPopulation population, int count) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        population.residents(count).forEachOrdered(r -> sha.update((r.toCsv() + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void sameSeedSamePopulationByteForByte() throws Exception {
        assertEquals(digest(new SyntheticPopulation(7), 20_000), digest(new SyntheticPopulation(7), 20_000));
        List<Resident> a = new SyntheticPopulation(7).residents(1_000).toList();
        List<Resident> b = new SyntheticPopulation(7).residents(1_000).toList();
        assertEquals(a, b);
    }

    @Test
    void differentSeedsDiffer() throws Exception {
        assertNotEquals(digest(new SyntheticPopulation(1), 1_000), digest(new SyntheticPopulation(2), 1_000));
        // Not just somewhere: nearly every resident differs, codes included.
        List<Resident> a = new SyntheticPopulation(1).residents(1_000).toList();
        List<Resident> b = new SyntheticPopulation(2).residents(1_000).toList();
        long sameCode = 0;
        for (int i = 0; i < 1_000; i++) {
            if (a.get(i).residentCode().equals(b.get(i).residentCode())) {
                sameCode++;
            }
        }
        assertEquals(0, sameCode);
        assertNotEquals(new SyntheticPopulation(0).resident(0), new SyntheticPopulation(-1).resident(0));
    }

    /**
     * Pins the generator: a change to any list, draw or the permutation changes this digest. If the
     * change is intended, update the digest (and say so in the commit).
     */
    @Test
    void goldenDigest() throws Exception {
        assertEquals("f1e12a5aa881b237adb3706f8d5020f0fef2518ef882c0b042ae43118d647303",
                digest(new SyntheticPopulation(42), 1_000));
    }

    @Test
    void goldenFirstResident() {
        Resident r = new SyntheticPopulation(42).resident(0);
        assertEquals("19186496178,鈴木,京子,スズキ,キョウコ,1926-08-24,F,131041,東京都新宿区宮前4丁目9番1号", r.toCsv());
    }

    @Test
    void residentCodesAreUniqueForAMillion() {
        SyntheticPopulation population = new SyntheticPopulation(2026);
        int n = 1_000_000;
        long[] bodies = new long[n];
        for (int i = 0; i < n; i++) {
            bodies[i] = population.residentCode(i).body();
        }
        Arrays.sort(bodies);
        for (int i = 1; i < n; i++) {
            assertNotEquals(bodies[i - 1], bodies[i], "duplicate resident code body");
        }
        // Spread over the whole space, not clustered near the indices.
        assertTrue(bodies[0] < 100_000L, "smallest " + bodies[0]);
        assertTrue(bodies[n - 1] > 9_999_900_000L, "largest " + bodies[n - 1]);
    }

    @Test
    void thePermutationIsABijection() {
        SyntheticPopulation population = new SyntheticPopulation(99);
        long[] probes = {0, 1, 2, 99_999, 100_000, 123_456_789, 9_999_999_998L, SyntheticPopulation.MAX_SIZE - 1};
        for (long i : probes) {
            long body = population.permute(i);
            assertTrue(body >= 0 && body < SyntheticPopulation.MAX_SIZE, "body " + body);
            assertEquals(i, population.unpermute(body));
        }
        for (long i = 0; i < 100_000; i++) {
            long x = i * 99_991L;
            assertEquals(x, population.unpermute(population.permute(x)));
        }
    }

    @Test
    void everyResidentCodeHasAValidCheckDigit() {
        new SyntheticPopulation(5).residents(50_000).forEach(r -> {
            String digits = r.residentCode().digits();
            NumberKind.RESIDENT_CODE.validate(digits);
            assertEquals(r.residentCode(), ResidentCode.parse(digits));
        });
    }

    @Test
    void fullResidentsAreUniqueAndPlausible() {
        List<Resident> residents = new SyntheticPopulation(11).residents(50_000).toList();
        Set<ResidentCode> codes = new HashSet<>();
        Map<Sex, Integer> sexes = new EnumMap<>(Sex.class);
        LocalDate earliest = LocalDate.MAX;
        LocalDate latest = LocalDate.MIN;
        for (Resident r : residents) {
            assertTrue(codes.add(r.residentCode()));
            assertTrue(SyntheticPopulation.MUNICIPALITIES.contains(r.municipality()));
            assertTrue(r.address().startsWith(r.municipality().addressPrefix()));
            assertTrue(ADDRESS_TAIL.matcher(r.address()).matches(), r.address());
            assertTrue(KATAKANA.matcher(r.name().familyKana()).matches(), r.name().familyKana());
            assertTrue(KATAKANA.matcher(r.name().givenKana()).matches(), r.name().givenKana());
            assertTrue(KANJI.matcher(r.name().family()).matches(), r.name().family());
            sexes.merge(r.sex(), 1, Integer::sum);
            earliest = r.dateOfBirth().isBefore(earliest) ? r.dateOfBirth() : earliest;
            latest = r.dateOfBirth().isAfter(latest) ? r.dateOfBirth() : latest;
        }
        assertFalse(earliest.isBefore(LocalDate.of(1926, 1, 1)), earliest.toString());
        assertTrue(latest.isBefore(SyntheticPopulation.REFERENCE_DATE), latest.toString());
        assertTrue(earliest.isBefore(LocalDate.of(1926, 2, 1)), "covers the oldest: " + earliest);
        assertTrue(latest.isAfter(LocalDate.of(2025, 12, 1)), "covers the youngest: " + latest);
        int males = sexes.getOrDefault(Sex.MALE, 0);
        assertTrue(males > 24_000 && males < 26_000, "males " + males);
        assertEquals(SyntheticPopulation.MUNICIPALITIES.size(),
                residents.stream().map(Resident::municipality).distinct().count(), "every municipality is used");
        assertTrue(residents.stream().map(r -> r.name().family()).distinct().count() >= 45);
        assertTrue(residents.stream().map(r -> r.name().kanji()).distinct().count() > 1_000);
    }

    @Test
    void givenNamesFollowTheBirthPeriod() {
        // 陽翔 is a 2000s name and 和子 a pre-1960 one: each appears only in its own period.
        for (Resident r : new SyntheticPopulation(3).residents(50_000).toList()) {
            int year = r.dateOfBirth().getYear();
            if (r.name().given().equals("陽翔")) {
                assertTrue(year >= 2000 && r.sex() == Sex.MALE, r.dateOfBirth().toString());
            }
            if (r.name().given().equals("和子")) {
                assertTrue(year < 1960 && r.sex() == Sex.FEMALE, r.dateOfBirth().toString());
            }
        }
    }

    @Test
    void parallelStreamsGiveTheSamePopulation() {
        SyntheticPopulation p = new SyntheticPopulation(8);
        assertEquals(p.residents(20_000).toList(), p.residents(20_000).parallel().toList());
        assertEquals(p.resident(12_345), p.residents(12_346).skip(12_345).findFirst().orElseThrow());
    }

    @Test
    void boundsAreChecked() {
        SyntheticPopulation p = new SyntheticPopulation(1);
        assertThrows(IllegalArgumentException.class, () -> p.residents(-1));
        assertThrows(IllegalArgumentException.class, () -> p.residents(SyntheticPopulation.MAX_SIZE + 1));
        assertEquals(0, p.residents(0).count());
        assertThrows(IllegalArgumentException.class, () -> p.residentCode(-1));
        assertThrows(IllegalArgumentException.class, () -> p.residentCode(SyntheticPopulation.MAX_SIZE));
        p.resident(SyntheticPopulation.MAX_SIZE - 1);
        assertEquals(1L, p.seed());
        assertEquals("SyntheticPopulation[seed=1]", p.toString());
    }

    @Test
    void residentsDoNotPrintTheirPersonalDataInToString() {
        Resident r = new SyntheticPopulation(1).resident(0);
        String s = r.toString();
        assertFalse(s.contains(r.name().family()));
        assertFalse(s.contains(r.residentCode().digits()));
        assertFalse(s.contains(r.address()));
        assertEquals("Resident[" + r.residentCode() + ", " + r.municipality().code() + "]", s);
    }

    @Test
    void csvHasOneFieldPerHeaderColumn() {
        int columns = Resident.CSV_HEADER.split(",").length;
        assertEquals(9, columns);
        new SyntheticPopulation(4).residents(1_000).forEach(r -> assertEquals(columns, r.toCsv().split(",").length));
        assertEquals(Set.of("M", "F"), new SyntheticPopulation(4).residents(100)
                .map(r -> r.toCsv().split(",")[6]).collect(Collectors.toSet()));
    }
}
