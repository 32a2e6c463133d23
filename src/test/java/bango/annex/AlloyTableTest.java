package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.annex.AlloyTable.BasicFact;
import bango.modelcheck.AlloyRunner;
import bango.modelcheck.ModelChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Alloy facts of Annex Table 2 ({@code specs/alloy/annex2_table.als}): the committed
 * file is what the generator writes now, the facts read back to the table and the registry, and a
 * table that gives a basic fact makes the model's NET-6 check fail.
 */
@Covers({"NET-2", "NET-6"})
class AlloyTableTest {

    static Path project() throws IOException {
        return ModelChecker.findProjectRoot();
    }

    @Test
    void theCommittedFactsAreWhatTheGeneratorWritesNow() throws IOException {
        String committed = Files.readString(project().resolve(AlloyTable.FILE), StandardCharsets.UTF_8);
        assertEquals(AlloyTable.bundled().text(), committed,
                AlloyTable.FILE + " is stale: run " + AlloyTable.COMMAND);
    }

    @Test
    void theHeaderSaysTheFileIsGeneratedAndHowToRegenerateIt() {
        String text = AlloyTable.bundled().text();
        assertTrue(text.contains("GENERATED FILE: DO NOT EDIT"), text.substring(0, 400));
        assertTrue(text.contains("run `./bango annex alloy`"), text.substring(0, 400));
        assertFalse(text.matches("(?s).*20\\d\\d-\\d\\d-\\d\\d.*"), "no date: the text depends on the data only");
    }

    /** The pairs {@code A -> B} of one fun of the generated text. */
    static List<String[]> pairs(String text, String fun) {
        int start = text.indexOf("fun " + fun + ":");
        assertTrue(start >= 0, "no fun " + fun);
        String body = text.substring(text.indexOf('{', start) + 1, text.indexOf("\n}", start));
        List<String[]> pairs = new ArrayList<>();
        Matcher m = Pattern.compile("(\\w+) -> (\\w+)").matcher(body);
        while (m.find()) {
            if (!m.group(1).equals("none")) {
                pairs.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return pairs;
    }

    /** Atom → name, from the comments beside the one sigs ({@code one sig T1 extends InstitutionType {} -- 厚生労働大臣}). */
    static Map<String, String> names(String text, String parent) {
        Map<String, String> names = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^one sig (\\w+) extends " + parent + " \\{\\} -- (.+)$").matcher(text);
        while (m.find()) {
            names.put(m.group(1), m.group(2));
        }
        return names;
    }

    @Test
    void theFactsReadBackToTheRulesOfTheTable() {
        AnnexTable table = AnnexTable.bundled();
        String text = new AlloyTable(table, InstitutionRegistry.sample()).text();
        Map<String, String> types = names(text, "InstitutionType");
        Map<String, String> categories = names(text, "Category");
        Map<String, Integer> item = new LinkedHashMap<>();
        pairs(text, "ruleItem").forEach(p -> item.put(p[0], Integer.parseInt(p[1].substring("Item".length()))));
        Map<String, String> inquirer = new HashMap<>();
        pairs(text, "ruleInquirer").forEach(p -> inquirer.put(p[0], types.get(p[1])));
        Map<String, String> provider = new HashMap<>();
        pairs(text, "ruleProvider").forEach(p -> provider.put(p[0], types.get(p[1])));
        Map<String, String> category = new HashMap<>();
        pairs(text, "ruleCategory").forEach(p -> category.put(p[0], categories.get(p[1])));

        List<Rule> read = new ArrayList<>();
        item.forEach((r, n) -> read.add(new Rule(n, new InstitutionType(inquirer.get(r)),
                new InstitutionType(provider.get(r)), new Category(category.get(r)))));
        assertEquals(table.rules(), read);
        assertEquals(table.rules().size(), inquirer.size());
        assertEquals(table.rules().size(), provider.size());
        assertEquals(table.rules().size(), category.size());
        assertEquals(table.items(), Pattern.compile("\\bItem\\d+\\b(?= extends|,)").matcher(
                text.substring(0, text.indexOf("-- Institution types"))).results().count());
        assertEquals(0, pairs(text, "categoryNames").size(), "no category of the real table names a basic fact");
        assertTrue(text.contains("fun categoryNames: Category -> (Name + Address + DateOfBirth + Sex) {\n    none -> none\n}"));
    }

    @Test
    void theFactsReadBackToTheRegistryAndTheClasses() {
        AnnexTable table = AnnexTable.bundled();
        InstitutionRegistry registry = InstitutionRegistry.sample();
        String text = new AlloyTable(table, registry).text();
        Map<String, String> types = names(text, "InstitutionType");
        Map<String, String> institutions = names(text, "Institution");
        Map<String, Set<InstitutionType>> held = new LinkedHashMap<>();
        pairs(text, "institutionTypes").forEach(p -> held.computeIfAbsent(institutions.get(p[0]), k -> new LinkedHashSet<>())
                .add(new InstitutionType(types.get(p[1]))));
        for (RegisteredInstitution i : registry.all()) {
            assertEquals(i.types(), held.get(i.name()), i.handle());
        }
        assertEquals(registry.all().size(), held.size());
        String published = text.substring(text.indexOf("fun publishedAssessment"));
        assertFalse(published.contains("tokyo_kyosai"), "東京都職員共済組合's assessment is not published");
        assertTrue(published.contains("mhlw") && published.contains("kenpo_1"));

        Map<String, Set<String>> members = new LinkedHashMap<>();
        pairs(text, "classMember").forEach(p -> members.computeIfAbsent(types.get(p[0]), k -> new LinkedHashSet<>())
                .add(types.get(p[1])));
        for (InstitutionClass c : table.classes()) {
            Set<String> expected = new LinkedHashSet<>();
            c.members().forEach(t -> expected.add(t.name()));
            c.conditionalMembers().forEach(t -> expected.add(t.name()));
            assertEquals(expected, members.get(c.name().name()), c.name().name());
        }
        // 市町村長 has 市長, 町村長 and 特別区の区長 as members, as the glossary says.
        assertEquals(Set.of("市長", "町村長", "特別区の区長"), members.get("市町村長"));
    }

    @Test
    void aCategoryIncludesTheBasicFactsItsNameNames() {
        assertEquals(EnumSet.noneOf(BasicFact.class), BasicFact.namedBy(new Category("地方税関係情報")));
        assertEquals(EnumSet.noneOf(BasicFact.class), BasicFact.namedBy(new Category("住民票関係情報")));
        assertEquals(EnumSet.of(BasicFact.ADDRESS), BasicFact.namedBy(new Category("住所に関する情報")));
        assertEquals(EnumSet.of(BasicFact.DATE_OF_BIRTH, BasicFact.SEX),
                BasicFact.namedBy(new Category("出生の年月日及び男女の別に関する情報")));
        assertEquals(EnumSet.of(BasicFact.NAME), BasicFact.namedBy(new Category("氏名の変更に関する情報")));
    }

    /**
     * A table whose line 2 (item 1, 法務大臣) gives 住所に関する情報 instead of 戸籍関係情報: the
     * generator marks the category as including the address, and the model's checks
     * TableGivesNoBasicFact and NoBasicFactObtained find counterexamples, while the model's other
     * checks still pass.
     */
    @Test
    @Tag("solver") // runs the Alloy solver: seconds a run, so left out of the mutation run
    void aTableThatGivesTheAddressFailsTheNet6Checks(@TempDir Path dir) throws Exception {
        String tsv = resource(AnnexTable.TABLE_RESOURCE);
        String first = tsv.lines().skip(1).findFirst().orElseThrow();
        assertTrue(first.endsWith("\t法務大臣\t戸籍関係情報"), first);
        String changed = first.substring(0, first.length() - "戸籍関係情報".length()) + "住所に関する情報";
        Files.writeString(dir.resolve("table.tsv"), tsv.replace(first + "\n", changed + "\n"));
        Files.writeString(dir.resolve("glossary.tsv"), resource(AnnexTable.GLOSSARY_RESOURCE));
        AnnexTable variant = AnnexTable.load(dir.resolve("table.tsv"), dir.resolve("glossary.tsv"));
        AlloyTable facts = new AlloyTable(variant, InstitutionRegistry.sample());
        Category address = new Category("住所に関する情報");
        assertTrue(facts.text().contains(facts.atom(address) + " -> Address"), "the category is marked");

        Path models = Files.createDirectories(dir.resolve("alloy"));
        Files.copy(project().resolve("specs/alloy/annex2.als"), models.resolve("annex2.als"));
        Files.writeString(models.resolve("annex2_table.als"), facts.text());
        AlloyRunner.Report report = new AlloyRunner().run(models.resolve("annex2.als"));
        assertTrue(report.get("TableGivesNoBasicFact").instanceFound(), "a counterexample: the table gives the address");
        assertTrue(report.get("NoBasicFactObtained").instanceFound(), "a counterexample: an allowed query obtains it");
        for (String other : List.of("OnlyTableAllows", "DecisionIsAFunction", "EveryCategoryHasAProvider")) {
            assertFalse(report.get(other).instanceFound(), other + " still holds");
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = AnnexTable.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
