package bango.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.codes.AesCodePermutation;
import bango.codes.InstitutionCode;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.issuance.Issuance;
import bango.jlis.Ff1NumberPermutation;
import bango.jlis.Jlis;
import bango.jlis.NumberNotice;
import bango.register.Resident;
import bango.register.Sex;
import bango.register.SyntheticPopulation;
import bango.store.Party;
import bango.store.StoredPopulation;
import bango.store.StoredPopulation.JlisRow;
import bango.store.StoredPopulation.RegisterRow;
import bango.trace.Tracer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.crypto.SecretKey;

/** Checks a stored population against the synthetic population and the system's rules. */
final class PopulationAssertions {

    private PopulationAssertions() {
    }

    static final Map<String, Set<String>> JLIS_TABLES = Map.of(
            "resident", Set.of("resident_code", "municipality_code", "individual_number", "generation"),
            "issued_number", Set.of("individual_number"));
    static final Map<String, Set<String>> CORE_TABLES = Map.of("person", Set.of("resident_code", "person_id"));
    static final Map<String, Set<String>> REGISTER_TABLES = Map.of(
            "municipality", Set.of("code", "prefecture", "county", "name"),
            "resident", Set.of("resident_code", "individual_number", "family_name", "given_name",
                    "family_name_kana", "given_name_kana", "date_of_birth", "sex", "address"));
    static final Map<String, Set<String>> INSTITUTION_TABLES = Map.of(
            "code_book", Set.of("individual_number", "institution_code"));

    /** Everything a whole population must satisfy; {@code dataDir} holds the key custodies. */
    static void assertWholePopulation(StoredPopulation stored, Path dataDir, long seed, int residents, int institutions)
            throws Exception {
        List<Resident> population = new SyntheticPopulation(seed).residents(residents).toList();

        // Each party has a store, and holds only what it may.
        Set<String> municipalities = population.stream().map(r -> r.municipality().code()).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(municipalities),
                stored.municipalities().stream().map(Party::id).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(institutions, stored.institutions().size());
        assertPartiesHoldOnlyWhatTheyMay(stored);

        // Registers: exactly the synthetic residents, each in their own municipality, with a valid number.
        Map<String, RegisterRow> registers = stored.registers();
        assertEquals(residents, registers.size());
        for (Resident r : population) {
            RegisterRow row = registers.get(r.residentCode().digits());
            assertEquals(facts(r), facts(row), "register row of resident " + r);
        }
        Map<String, String> numberOf = new HashMap<>();
        registers.forEach((rc, row) -> numberOf.put(rc, row.number()));
        numberOf.values().forEach(IndividualNumber::parse); // throws if a number is invalid
        assertEquals(residents, new HashSet<>(numberOf.values()).size(), "numbers are unique");

        // J-LIS: the same numbers, generation 0, each in the history.
        Map<String, JlisRow> jlis = stored.jlis();
        assertEquals(residents, jlis.size());
        registers.forEach((rc, row) -> assertEquals(new JlisRow(row.municipality(), row.number(), 0), jlis.get(rc)));
        List<String> issued = stored.issuedNumbers();
        assertEquals(residents, issued.size());
        assertEquals(new HashSet<>(numberOf.values()), new HashSet<>(issued));

        // Core: one person id per resident code, 1..N.
        Map<String, Long> persons = stored.corePersons();
        assertEquals(registers.keySet(), persons.keySet());
        assertEquals(LongStream.rangeClosed(1, residents).boxed().collect(Collectors.toSet()),
                new HashSet<>(persons.values()));

        // Institutions: a code for every number, codes distinct within and across institutions, and
        // each the core's permutation of (institution, the person's id).
        Map<String, String> residentOfNumber = new HashMap<>();
        numberOf.forEach((rc, number) -> residentOfNumber.put(number, rc));
        AesCodePermutation codes = new AesCodePermutation(key(dataDir.resolve("core"), Issuance.CODE_KEY));
        Set<String> allCodes = new HashSet<>();
        for (Party institution : stored.institutions()) {
            Map<String, String> book = stored.codeBook(institution);
            assertEquals(new HashSet<>(numberOf.values()), book.keySet(), "every resident's code at " + institution);
            for (Map.Entry<String, String> e : book.entrySet()) {
                long[] block = codes.inverse(InstitutionCode.parse(e.getValue()));
                assertEquals(Long.parseLong(institution.id()), block[0]);
                assertEquals(persons.get(residentOfNumber.get(e.getKey())), block[1]);
            }
            allCodes.addAll(book.values());
            assertEquals(new HashSet<>(book.values()).size(), book.size(), "codes distinct within " + institution);
        }
        assertEquals((long) residents * institutions, allCodes.size(), "codes distinct across institutions");

        // Keys: each party's in its own custody only; the numbers are J-LIS's walk under its key.
        assertEquals(Set.of(Issuance.NUMBER_KEY), aliases(dataDir.resolve("jlis")));
        assertEquals(Set.of(Issuance.CODE_KEY), aliases(dataDir.resolve("core")));
        assertEquals(numberOf, reissue(population, key(dataDir.resolve("jlis"), Issuance.NUMBER_KEY)));
    }

    /** Forbidden columns by name, and the exact tables of each party. */
    static void assertPartiesHoldOnlyWhatTheyMay(StoredPopulation stored) throws Exception {
        assertEquals(JLIS_TABLES, plain(stored.columns(Party.JLIS)));
        assertEquals(CORE_TABLES, plain(stored.columns(Party.CORE)));
        for (Party m : stored.municipalities()) {
            assertEquals(REGISTER_TABLES, plain(stored.columns(m)));
        }
        for (Party i : stored.institutions()) {
            assertEquals(INSTITUTION_TABLES, plain(stored.columns(i)));
        }
        // The rules themselves, whatever the tables are called.
        assertNoColumn(stored, Party.CORE, "individual_number", "institution_code");
        assertNoColumn(stored, Party.JLIS, "institution_code", "person_id");
        for (Party m : stored.municipalities()) {
            assertNoColumn(stored, m, "institution_code", "person_id");
        }
        for (Party i : stored.institutions()) {
            assertNoColumn(stored, i, "resident_code", "person_id");
        }
    }

    private static void assertNoColumn(StoredPopulation stored, Party party, String... forbidden) throws Exception {
        for (Set<String> columns : stored.columns(party).values()) {
            for (String column : forbidden) {
                assertFalse(columns.contains(column), party + " must not hold " + column);
            }
            if (party.kind() == Party.Kind.CORE) {
                assertTrue(columns.stream().noneMatch(c -> c.contains("number")), "the core holds no number");
            }
        }
    }

    private static Map<String, Set<String>> plain(Map<String, TreeSet<String>> tables) {
        Map<String, Set<String>> plain = new TreeMap<>();
        tables.forEach((t, c) -> plain.put(t, Set.copyOf(c)));
        return plain;
    }

    static List<String> facts(Resident r) {
        return List.of(r.municipality().code(), r.residentCode().digits(), r.name().family(), r.name().given(),
                r.name().familyKana(), r.name().givenKana(), r.dateOfBirth().toString(),
                r.sex() == Sex.MALE ? "M" : "F", r.address());
    }

    static List<String> facts(RegisterRow r) {
        return List.of(r.municipality(), r.residentCode(), r.familyName(), r.givenName(), r.familyNameKana(),
                r.givenNameKana(), r.dateOfBirth(), r.sex(), r.address());
    }

    /**
     * The numbers J-LIS issues under {@code key} when the residents are registered in index order
     * and each municipality, in code order, asks for all its residents' numbers: the engine's order.
     */
    static Map<String, String> reissue(List<Resident> population, SecretKey key) {
        Jlis jlis = new Jlis(new Ff1NumberPermutation(key), Tracer.OFF);
        Map<String, List<ResidentCode>> byMunicipality = new TreeMap<>();
        for (Resident r : population) {
            jlis.registerResident(r.municipality().code(), r.residentCode());
            byMunicipality.computeIfAbsent(r.municipality().code(), m -> new java.util.ArrayList<>()).add(r.residentCode());
        }
        Map<String, String> numbers = new HashMap<>();
        byMunicipality.forEach((m, rcs) -> {
            for (NumberNotice n : jlis.issueAll(m, rcs)) {
                numbers.put(n.residentCode().digits(), n.number().digits());
            }
        });
        return numbers;
    }

    /** The aliases in {@code dir/keys.p12}. */
    static Set<String> aliases(Path dir) throws Exception {
        return new HashSet<>(Collections.list(keyStore(dir).aliases()));
    }

    static SecretKey key(Path dir, String alias) throws Exception {
        return (SecretKey) keyStore(dir).getKey(alias, password(dir));
    }

    private static KeyStore keyStore(Path dir) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12", "SUN");
        try (InputStream in = Files.newInputStream(dir.resolve("keys.p12"))) {
            store.load(in, password(dir));
        }
        return store;
    }

    private static char[] password(Path dir) throws Exception {
        return Files.readString(dir.resolve("keys.password"), StandardCharsets.UTF_8).strip().toCharArray();
    }
}
