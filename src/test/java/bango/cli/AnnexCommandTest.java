package bango.cli;

import static bango.cli.NumberCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.annex.AnnexTable;
import bango.cli.NumberCommandTest.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bango annex}: stats, decide, rules, who-may-obtain and alloy, their output and exit codes. */
@Covers({"NET-2"})
class AnnexCommandTest {

    static Result decide(String inquirer, String item, String provider, String info) {
        return run("annex", "decide", "--inquirer", inquirer, "--item", item, "--provider", provider, "--info", info);
    }

    @Test
    void statsCountsTheTable() throws Exception {
        AnnexTable t = AnnexTable.bundled();
        Result text = run("annex", "stats");
        assertEquals(0, text.exitCode());
        assertTrue(text.out().startsWith("items                173\nlines                443\nrules              "), text.out());
        Result json = run("annex", "stats", "--json");
        assertEquals(0, json.exitCode());
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertEquals(173, n.get("items").asInt());
        assertEquals(443, n.get("lines").asInt());
        assertEquals(t.rules().size(), n.get("rules").asInt());
        assertEquals(t.institutionTypes().size(), n.get("institution_types").asInt());
        assertEquals(t.categories().size(), n.get("categories").asInt());
        assertEquals(List.of("items", "lines", "rules", "institution_types", "categories", "classes"),
                iterate(n.fieldNames()));
    }

    static List<String> iterate(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void decideAllowsByHandleOrName() {
        assertEquals(new Result(0, "allow item 1\n", ""), decide("mhlw", "1", "moj", "戸籍関係情報"));
        assertEquals(new Result(0, "allow item 1\n", ""), decide("厚生労働大臣", "1", "千代田区長", "住民票関係情報"));
    }

    @Test
    void decideRefusesWithTheReason() {
        assertEquals(new Result(1, "deny: INQUIRER_NOT_IN_ITEM (item 1 does not let 日本年金機構 ask)\n", ""),
                decide("nenkin", "1", "moj", "戸籍関係情報"));
        assertEquals(new Result(1, "deny: ASSESSMENT_NOT_PUBLISHED (東京都職員共済組合's privacy impact assessment is not published)\n", ""),
                decide("mhlw", "1", "tokyo-kyosai", "年金給付関係情報"));
        assertEquals(new Result(1, "deny: UNKNOWN_ITEM (Annex Table 2 has no item 999 (its items are 1 to 173))\n", ""),
                decide("mhlw", "999", "moj", "戸籍関係情報"));
        assertEquals(new Result(1, "deny: UNKNOWN_INQUIRER (no institution 'who' in the sample registry)\n", ""),
                decide("who", "1", "moj", "戸籍関係情報"));
        assertEquals(new Result(1, "deny: UNKNOWN_PROVIDER (no institution 'who' in the sample registry)\n", ""),
                decide("mhlw", "1", "who", "戸籍関係情報"));
        assertEquals(new Result(1, "deny: UNKNOWN_CATEGORY (no rule of Annex Table 2 gives '氏名')\n", ""),
                decide("mhlw", "1", "moj", "氏名"));
    }

    @Test
    void usageErrorsExitTwo() {
        Result unknownFlag = run("annex", "decide", "--inquirer", "mhlw", "--item", "1", "--provider", "moj", "--infox", "x");
        assertEquals(2, unknownFlag.exitCode());
        assertEquals("", unknownFlag.out());
        assertEquals(2, run("annex", "decide", "--inquirer", "mhlw", "--item", "one", "--provider", "moj", "--info", "x").exitCode());
        assertEquals(2, run("annex", "decide", "--inquirer", "mhlw").exitCode());
        Result blank = decide("mhlw", "1", "moj", " ");
        assertEquals(2, blank.exitCode());
        assertTrue(blank.err().startsWith("--info: a category needs a name that is not blank"), blank.err());
        assertEquals(2, run("annex").exitCode());
        assertEquals(2, run("annex", "stats", "--xml").exitCode());
        Result rules = run("annex", "rules", "--inquirer", "who");
        assertEquals(2, rules.exitCode());
        assertTrue(rules.err().contains("--inquirer: no institution 'who' in the sample registry; known: mhlw, nenkin,"), rules.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> command : List.of(List.of("annex"), List.of("annex", "stats"), List.of("annex", "decide"),
                List.of("annex", "rules"), List.of("annex", "who-may-obtain"), List.of("annex", "alloy"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            Result r = run(args);
            assertEquals(0, r.exitCode(), command::toString);
            assertTrue(r.out().contains("Usage: bango " + String.join(" ", command) + " [-hV]"), r.out());
        }
    }

    @Test
    void rulesListsWhatCanBeAsked() {
        Result r = run("annex", "rules", "--inquirer", "mhlw", "--item", "1");
        assertEquals(0, r.exitCode());
        assertEquals("""
                1\t厚生労働大臣\t法務大臣\t戸籍関係情報\tmhlw\tmoj
                1\t厚生労働大臣\t市町村長\t地方税関係情報\tmhlw\tchiyoda,yokohama,okutama
                1\t厚生労働大臣\t市町村長\t住民票関係情報\tmhlw\tchiyoda,yokohama,okutama
                1\t厚生労働大臣\t厚生労働大臣\t年金給付関係情報\tmhlw\tmhlw
                1\t厚生労働大臣\t日本年金機構\t年金給付関係情報\tmhlw\tnenkin
                1\t厚生労働大臣\t共済組合等\t年金給付関係情報\tmhlw\ttokyo-kyosai
                1\t厚生労働大臣\t厚生労働大臣\t失業等給付関係情報\tmhlw\tmhlw
                """, r.out());
        Result byProvider = run("annex", "rules", "--provider", "okutama", "--category", "生活保護関係情報");
        assertEquals(new Result(0, "", ""), byProvider, "奥多摩町長 is not 都道府県知事等");
        Result written = run("annex", "rules", "--item", "53", "--category", "戸籍関係情報", "--as-written");
        List<String> lines = written.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("53\t都道府県知事\t法務大臣\t戸籍関係情報\ttokyo-pref\tmoj\tline "), lines.get(0));
        assertTrue(lines.get(0).endsWith("に規定する事業主体である都道府県知事 | 法務大臣"), lines.get(0));
        assertTrue(lines.get(1).startsWith("53\t市町村長\t法務大臣\t戸籍関係情報\tchiyoda,yokohama,okutama\tmoj\tline "), lines.get(1));
        assertEquals("""
                126\t都道府県知事\t内閣総理大臣\t公的給付支給等口座登録簿関係情報\ttokyo-pref\tcao
                126\t広島市長\t内閣総理大臣\t公的給付支給等口座登録簿関係情報\t-\tcao
                126\t長崎市長\t内閣総理大臣\t公的給付支給等口座登録簿関係情報\t-\tcao
                """, run("annex", "rules", "--item", "126").out());
        assertEquals(AnnexTable.bundled().rules().size(), run("annex", "rules").out().lines().count());
    }

    @Test
    void whoMayObtainListsInquirerTypesAndItems() throws Exception {
        // Item 53 lets 都道府県知事 and 市町村長 ask 法務大臣 for 戸籍関係情報 (see rulesListsWhatCanBeAsked).
        Result text = run("annex", "who-may-obtain", "--category", "戸籍関係情報");
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals("戸籍関係情報", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  厚生労働大臣: items 1, ")), text.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  都道府県知事: items .*\\b53\\b.*")), text.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("  [^:]+: items? \\d+(, \\d+)*")), text.out());

        JsonNode all = new ObjectMapper().readTree(run("annex", "who-may-obtain", "--json").out());
        assertEquals(AnnexTable.bundled().categories().size(), all.size());
        JsonNode family = null;
        for (JsonNode n : all) {
            if (n.get("category").asText().equals("戸籍関係情報")) {
                family = n;
            }
        }
        assertEquals("厚生労働大臣", family.get("inquirers").get(0).get("type").asText());
        assertEquals(1, family.get("inquirers").get(0).get("items").get(0).asInt());

        Result unknown = run("annex", "who-may-obtain", "--category", "氏名");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("--category: no rule of Annex Table 2 gives '氏名'"), unknown.err());
    }

    @Test
    void alloyWritesTheFactsAndChecksThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Result stdout = run("annex", "alloy", "--out", "-");
        assertEquals(0, stdout.exitCode(), stdout.err());
        assertEquals(bango.annex.AlloyTable.bundled().text(), stdout.out());

        java.nio.file.Path file = dir.resolve("t.als");
        assertEquals(new Result(1, file + " is stale: run ./bango annex alloy\n", ""),
                run("annex", "alloy", "--out", file.toString(), "--check"), "no file yet");
        assertEquals(new Result(0, file + "\n", ""), run("annex", "alloy", "--out", file.toString()));
        assertEquals(stdout.out(), java.nio.file.Files.readString(file));
        assertEquals(new Result(0, file + " is current\n", ""), run("annex", "alloy", "--out", file.toString(), "--check"));
        java.nio.file.Files.writeString(file, stdout.out().replace("R905 -> Item173", "R905 -> Item172"));
        assertEquals(1, run("annex", "alloy", "--out", file.toString(), "--check").exitCode(), "an edited file is stale");

        assertEquals(2, run("annex", "alloy", "--out", "-", "--check").exitCode());
    }
}
