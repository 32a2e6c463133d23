package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.modelcheck.AlloyRunner;
import bango.modelcheck.ModelChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may obtain each category: the Java answer on the bundled table, and the same answer from the
 * Alloy model (mayObtain, itemsFor of annex2.als) on the committed facts.
 */
@Covers({"NET-2"})
class WhoMayObtainTest {

    static WhoMayObtain.Entry entry(String category) {
        return WhoMayObtain.of(AnnexTable.bundled()).stream().filter(e -> e.category().name().equals(category))
                .findFirst().orElseThrow();
    }

    @Test
    void everyCategoryOnceInTableOrder() {
        AnnexTable table = AnnexTable.bundled();
        List<WhoMayObtain.Entry> entries = WhoMayObtain.of(table);
        assertEquals(List.copyOf(table.categories()), entries.stream().map(WhoMayObtain.Entry::category).toList());
        for (WhoMayObtain.Entry e : entries) {
            assertFalse(e.inquirers().isEmpty(), e.category().name());
        }
    }

    /** Line 2 of the TSV: item 1, 厚生労働大臣 asks 法務大臣 for 戸籍関係情報. */
    @Test
    void theMinisterOfHealthMayObtainFamilyRegisterInformationUnderItem1() {
        SortedSet<Integer> items = entry("戸籍関係情報").inquirers().get(new InstitutionType("厚生労働大臣"));
        assertTrue(items != null && items.contains(1), String.valueOf(items));
        assertFalse(entry("戸籍関係情報").inquirers().containsKey(new InstitutionType("法務大臣")),
                "法務大臣 provides 戸籍関係情報; no rule lets it ask for it");
    }

    /** Every (category, inquirer type, item) of a rule is in the report, and nothing else. */
    @Test
    void theReportIsExactlyTheRulesProjected() {
        AnnexTable table = AnnexTable.bundled();
        Set<List<Object>> fromRules = table.rules().stream()
                .map(r -> List.<Object>of(r.category(), r.inquirer(), r.item())).collect(Collectors.toSet());
        Set<List<Object>> fromReport = new HashSet<>();
        for (WhoMayObtain.Entry e : WhoMayObtain.of(table)) {
            e.inquirers().forEach((t, items) -> items.forEach(n -> fromReport.add(List.of(e.category(), t, n))));
        }
        assertEquals(fromRules, fromReport);
    }

    /**
     * The Alloy model's mayObtain and itemsFor, evaluated on the committed facts, equal the Java
     * report for every category; the same check with one inquirer type left out of one category
     * finds a counterexample, so the comparison can fail.
     */
    @Test
    @Tag("solver") // runs the Alloy solver: seconds a run, so left out of the mutation run
    void theAlloyModelGivesTheSameAnswer(@TempDir Path dir) throws Exception {
        Path project = ModelChecker.findProjectRoot();
        Files.copy(project.resolve("specs/alloy/annex2.als"), dir.resolve("annex2.als"));
        Files.copy(project.resolve(AlloyTable.FILE), dir.resolve("annex2_table.als"));
        AlloyTable facts = AlloyTable.bundled();
        List<WhoMayObtain.Entry> entries = WhoMayObtain.of(AnnexTable.bundled());

        StringBuilder same = new StringBuilder();
        for (WhoMayObtain.Entry e : entries) {
            String c = facts.atom(e.category());
            same.append("  mayObtain[").append(c).append("] = ").append(union(e.inquirers().keySet().stream()
                    .map(facts::atom).toList())).append('\n');
            for (Map.Entry<InstitutionType, SortedSet<Integer>> i : e.inquirers().entrySet()) {
                same.append("  itemsFor[").append(c).append(", ").append(facts.atom(i.getKey())).append("] = ")
                        .append(union(i.getValue().stream().map(facts::item).toList())).append('\n');
            }
        }
        WhoMayObtain.Entry first = entries.get(0);
        InstitutionType dropped = first.inquirers().keySet().iterator().next();
        String wrong = "  mayObtain[" + facts.atom(first.category()) + "] = " + union(first.inquirers().keySet().stream()
                .filter(t -> !t.equals(dropped)).map(facts::atom).toList()) + "\n";
        Files.writeString(dir.resolve("who.als"), "module who\nopen annex2\n\n"
                + "check SameAsJava {\n" + same + "} for 3 but 1 Query, 1 Person\n\n"
                + "check OneTypeLeftOut {\n" + wrong + "} for 3 but 1 Query, 1 Person\n");

        AlloyRunner.Report report = new AlloyRunner().run(dir.resolve("who.als"));
        assertFalse(report.get("SameAsJava").instanceFound(), "Alloy and Java disagree on who may obtain a category");
        assertTrue(report.get("OneTypeLeftOut").instanceFound(), "leaving " + dropped + " out must be caught");
    }

    /** A union of atoms, as a balanced tree (Alloy's parser is slow on long chains of +). */
    static String union(List<String> atoms) {
        if (atoms.isEmpty()) {
            return "none";
        }
        if (atoms.size() == 1) {
            return atoms.get(0);
        }
        int half = atoms.size() / 2;
        return "(" + union(atoms.subList(0, half)) + " + " + union(atoms.subList(half, atoms.size())) + ")";
    }
}
