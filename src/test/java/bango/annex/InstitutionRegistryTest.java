package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample registry and the rules of registries. */
@Covers({"NET-2"})
class InstitutionRegistryTest {

    static final AnnexTable TABLE = AnnexTable.bundled();
    static final InstitutionRegistry SAMPLE = InstitutionRegistry.sample();

    static InstitutionType type(String name) {
        return new InstitutionType(name);
    }

    static RegisteredInstitution institution(long id, String handle, String name, String... types) {
        return new RegisteredInstitution(new InstitutionId(id), handle, name,
                java.util.Arrays.stream(types).map(InstitutionType::new).collect(Collectors.toSet()), true);
    }

    @Test
    void theSampleHasTheInstitutionsOfTheBriefWithIdsFromOne() {
        List<String> handles = SAMPLE.all().stream().map(RegisteredInstitution::handle).toList();
        assertEquals(List.of("mhlw", "nenkin", "moj", "cao", "kyokai", "kenpo-1", "tokyo-pref", "chiyoda", "yokohama",
                "okutama", "ishi-kokuho", "tokyo-kyosai", "jasso"), handles);
        for (int k = 0; k < SAMPLE.all().size(); k++) {
            assertEquals(new InstitutionId(k + 1), SAMPLE.all().get(k).id());
        }
        assertEquals("厚生労働大臣", SAMPLE.find("mhlw").orElseThrow().name());
        assertEquals("nenkin", SAMPLE.find("日本年金機構").orElseThrow().handle());
        assertEquals("moj", SAMPLE.find(new InstitutionId(3)).orElseThrow().handle());
        assertEquals(Optional.empty(), SAMPLE.find("MHLW"));
        assertEquals(Optional.empty(), SAMPLE.find(new InstitutionId(14)));
        assertSame(SAMPLE, InstitutionRegistry.sample());
    }

    @Test
    void sampleInstitutionsHaveTheTypesOfTheirKind() {
        Set<InstitutionType> ward = SAMPLE.find("chiyoda").orElseThrow().types();
        assertTrue(ward.containsAll(Set.of(type("特別区の区長"), type("市町村長"), type("都道府県知事等"), type("医療保険者"))), ward::toString);
        Set<InstitutionType> city = SAMPLE.find("yokohama").orElseThrow().types();
        assertTrue(city.containsAll(Set.of(type("市長"), type("市町村長"), type("都道府県知事等"))), city::toString);
        Set<InstitutionType> town = SAMPLE.find("okutama").orElseThrow().types();
        assertTrue(town.contains(type("市町村長")));
        assertFalse(town.contains(type("都道府県知事等")), "奥多摩町 has no welfare office");
        assertTrue(SAMPLE.find("kyokai").orElseThrow().types().contains(type("医療保険者")));
        assertTrue(SAMPLE.find("tokyo-kyosai").orElseThrow().types().containsAll(Set.of(type("共済組合等"), type("医療保険者"))));
        assertTrue(SAMPLE.find("tokyo-pref").orElseThrow().types().containsAll(Set.of(type("都道府県知事"), type("都道府県知事等"))));
        assertEquals(type("法務大臣"), SAMPLE.find("moj").orElseThrow().types().iterator().next(), "own types first");
    }

    /**
     * Against the table's classes: an institution with an unconditional member of a class has the
     * class; one with a (closed) class has a member of it, or a conditional member.
     */
    @Test
    void sampleTypesAgreeWithTheTablesClasses() {
        for (RegisteredInstitution i : SAMPLE.all()) {
            for (InstitutionClass c : TABLE.classes()) {
                boolean member = c.members().stream().anyMatch(i.types()::contains);
                if (member) {
                    assertTrue(i.types().contains(c.name()), i.name() + " lacks " + c.name());
                }
                if (i.types().contains(c.name()) && !c.open()) {
                    assertTrue(member || c.conditionalMembers().stream().anyMatch(i.types()::contains),
                            i.name() + " is " + c.name() + " without a member type");
                }
            }
        }
    }

    @Test
    void exactlyOneSampleInstitutionHasNoPublishedAssessmentAndItIsAProvider() {
        List<RegisteredInstitution> unpublished = SAMPLE.all().stream().filter(i -> !i.assessmentPublished()).toList();
        assertEquals(1, unpublished.size());
        RegisteredInstitution kyosai = unpublished.get(0);
        assertEquals(InstitutionRegistry.UNPUBLISHED_SAMPLE, kyosai.handle());
        assertTrue(TABLE.rules().stream().anyMatch(r -> kyosai.types().contains(r.provider())));
    }

    @Test
    void everySampleHandleIsAsciiAndEveryTypeTheTableKnowsOrAClassMember() {
        Set<InstitutionType> known = new java.util.HashSet<>(TABLE.institutionTypes());
        TABLE.classes().forEach(c -> {
            known.addAll(c.members());
            known.addAll(c.conditionalMembers());
        });
        for (RegisteredInstitution i : SAMPLE.all()) {
            assertTrue(i.handle().chars().allMatch(ch -> ch < 128));
            for (InstitutionType t : i.types()) {
                assertTrue(known.contains(t), i.name() + ": " + t);
            }
        }
    }

    @Test
    void onePerTypeHasAnInstitutionForEveryType() {
        InstitutionRegistry r = InstitutionRegistry.onePerType(TABLE);
        assertEquals(TABLE.institutionTypes().size(), r.all().size());
        RegisteredInstitution first = r.all().get(0);
        assertEquals(new InstitutionId(1), first.id());
        assertEquals("type-1", first.handle());
        assertEquals(TABLE.institutionTypes().iterator().next().name(), first.name());
        assertTrue(r.all().stream().allMatch(RegisteredInstitution::assessmentPublished));
        assertEquals(TABLE.closure(Set.of(type("特別区の区長"))), r.find("特別区の区長").orElseThrow().types());
    }

    @Test
    void idsHandlesAndNamesAreUnique() {
        RegisteredInstitution a = institution(1, "a", "甲", "法務大臣");
        assertEquals("two institutions have the id I1",
                assertThrows(IllegalArgumentException.class, () -> InstitutionRegistry.of(List.of(a, institution(1, "b", "乙", "法務大臣"))))
                        .getMessage());
        assertEquals("I2 and I1 are both called 'a'",
                assertThrows(IllegalArgumentException.class, () -> InstitutionRegistry.of(List.of(a, institution(2, "a", "乙", "法務大臣"))))
                        .getMessage());
        assertEquals("I2 and I1 are both called '甲'",
                assertThrows(IllegalArgumentException.class, () -> InstitutionRegistry.of(List.of(a, institution(2, "b", "甲", "法務大臣"))))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> InstitutionRegistry.of(List.of(a, institution(2, "b", "a", "法務大臣"))));
        InstitutionRegistry same = InstitutionRegistry.of(List.of(institution(5, "moj", "moj", "法務大臣")));
        assertEquals(new InstitutionId(5), same.find("moj").orElseThrow().id());
    }

    @Test
    void badInstitutionsAreRefused() {
        for (String handle : List.of("", "MHLW", "mhlw ", "-a", "a-", "a--b", "厚労", "a_b")) {
            assertThrows(IllegalArgumentException.class, () -> institution(1, handle, "甲", "法務大臣"), handle);
        }
        assertThrows(IllegalArgumentException.class, () -> institution(1, "a", " 甲", "法務大臣"));
        assertThrows(IllegalArgumentException.class, () -> institution(1, "a", "  ", "法務大臣"));
        assertThrows(IllegalArgumentException.class, () -> institution(1, "a", "甲"));
        assertThrows(NullPointerException.class, () -> new RegisteredInstitution(null, "a", "甲", Set.of(type("法務大臣")), true));
        assertThrows(NullPointerException.class, () -> new RegisteredInstitution(new InstitutionId(1), null, "甲", Set.of(type("法務大臣")), true));
        assertThrows(NullPointerException.class, () -> new RegisteredInstitution(new InstitutionId(1), "a", null, Set.of(type("法務大臣")), true));
        assertThrows(NullPointerException.class, () -> new RegisteredInstitution(new InstitutionId(1), "a", "甲", null, true));
        java.util.Set<InstitutionType> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new RegisteredInstitution(new InstitutionId(1), "a", "甲", withNull, true));
        assertEquals("a handle is lower-case ASCII letters and digits in words joined by '-', not 'A'",
                assertThrows(IllegalArgumentException.class, () -> institution(1, "A", "甲", "法務大臣")).getMessage());
        assertThrows(UnsupportedOperationException.class, () -> institution(1, "a", "甲", "法務大臣").types().clear());
    }

    @Test
    void namesOfTypesCategoriesAndRulesAreChecked() {
        assertThrows(NullPointerException.class, () -> new InstitutionType(null));
        assertThrows(IllegalArgumentException.class, () -> new InstitutionType(""));
        assertThrows(IllegalArgumentException.class, () -> new Category(" 地方税関係情報"));
        assertEquals("a category needs a name that is not blank",
                assertThrows(IllegalArgumentException.class, () -> new Category(" ")).getMessage());
        assertEquals("地方税関係情報", new Category("地方税関係情報").toString());
        assertEquals("法務大臣", type("法務大臣").toString());
        assertThrows(IllegalArgumentException.class, () -> new Rule(0, type("a"), type("b"), new Category("c")));
        assertThrows(NullPointerException.class, () -> new Rule(1, null, type("b"), new Category("c")));
        assertThrows(NullPointerException.class, () -> new Rule(1, type("a"), null, new Category("c")));
        assertThrows(NullPointerException.class, () -> new Rule(1, type("a"), type("b"), null));
    }
}
