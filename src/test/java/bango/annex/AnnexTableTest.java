package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled table: its size, and cells that resolve as the table says, with the expectations
 * read off the cells of the transcription by hand.
 */
@Covers({"NET-2"})
class AnnexTableTest {

    static final AnnexTable TABLE = AnnexTable.bundled();

    static InstitutionType type(String name) {
        return new InstitutionType(name);
    }

    static Category cat(String name) {
        return new Category(name);
    }

    static List<Rule> rulesOf(int item) {
        return TABLE.rules().stream().filter(r -> r.item() == item).toList();
    }

    static List<InstitutionType> inquirersOf(int item) {
        return rulesOf(item).stream().map(Rule::inquirer).distinct().toList();
    }

    static List<InstitutionType> providersOfLine(int line) {
        return TABLE.rules().stream().filter(r -> TABLE.sources(r).stream().anyMatch(s -> s.line() == line))
                .map(Rule::provider).distinct().toList();
    }

    static List<Category> categoriesOfLine(int line) {
        return TABLE.rules().stream().filter(r -> TABLE.sources(r).stream().anyMatch(s -> s.line() == line))
                .map(Rule::category).distinct().toList();
    }

    static Line line(int item, String provider) {
        return TABLE.rows().stream().filter(l -> l.item() == item && l.provider().startsWith(provider)).findFirst().orElseThrow();
    }

    @Test
    void hasTheItemsAndLinesOfTheOrdinance() {
        assertEquals(173, TABLE.items());
        assertEquals(443, TABLE.lines());
        assertEquals(443, TABLE.rows().size());
        assertEquals(1, TABLE.rows().get(0).item());
        assertEquals(2, TABLE.rows().get(0).number());
        assertEquals(173, TABLE.rows().get(442).item());
        assertEquals(173, TABLE.rows().stream().map(Line::item).distinct().count());
    }

    @Test
    void bundledIsLoadedOnce() {
        assertSame(AnnexTable.bundled(), AnnexTable.bundled());
        assertTrue(TABLE.toString().startsWith("AnnexTable[173 items, 443 lines, "), TABLE::toString);
    }

    @Test
    void itemOneIsTheHealthInsuranceOfTheMinister() {
        InstitutionType mhlw = type("厚生労働大臣");
        assertEquals(List.of(
                new Rule(1, mhlw, type("法務大臣"), cat("戸籍関係情報")),
                new Rule(1, mhlw, type("市町村長"), cat("地方税関係情報")),
                new Rule(1, mhlw, type("市町村長"), cat("住民票関係情報")),
                new Rule(1, mhlw, mhlw, cat("年金給付関係情報")),
                new Rule(1, mhlw, type("日本年金機構"), cat("年金給付関係情報")),
                new Rule(1, mhlw, type("共済組合等"), cat("年金給付関係情報")),
                new Rule(1, mhlw, mhlw, cat("失業等給付関係情報"))), rulesOf(1));
        assertEquals(List.of(new RuleSource(3, "厚生労働大臣", "市町村長", "地方税関係情報又は住民票関係情報")),
                TABLE.sources(new Rule(1, mhlw, type("市町村長"), cat("住民票関係情報"))));
        assertEquals(List.of(), TABLE.sources(new Rule(1, mhlw, type("法務大臣"), cat("住民票関係情報"))));
    }

    @Test
    void rulesAreDistinctAndEveryLineGivesSome() {
        assertEquals(TABLE.rules().size(), new HashSet<>(TABLE.rules()).size());
        Set<Integer> lines = new HashSet<>();
        TABLE.rules().forEach(r -> TABLE.sources(r).forEach(s -> lines.add(s.line())));
        assertEquals(TABLE.rows().stream().map(Line::number).collect(Collectors.toSet()), lines);
        for (Rule r : TABLE.rules()) {
            for (RuleSource s : TABLE.sources(r)) {
                Line l = TABLE.rows().get(s.line() - 2);
                assertEquals(r.item(), l.item(), r::toString);
                assertEquals(l.information(), s.information());
            }
        }
    }

    @Test
    void aQualifierNarrowsTheRoleButNotTheType() {
        // 53: 公営住宅法（…）第二条第十六号に規定する事業主体である都道府県知事又は市町村長
        assertEquals(List.of(type("都道府県知事"), type("市町村長")), inquirersOf(53));
        Rule r = new Rule(53, type("市町村長"), type("法務大臣"), cat("戸籍関係情報"));
        assertEquals("公営住宅法（昭和二十六年法律第百九十三号）第二条第十六号に規定する事業主体である市町村長",
                TABLE.sources(r).get(0).inquirer());
        // 163: the qualifier itself contains 又は.
        assertEquals(List.of(type("都道府県知事"), type("市町村長")), inquirersOf(163));
        assertEquals(List.of(type("都道府県知事"), type("市町村長")), inquirersOf(76));
        assertEquals(List.of(type("都道府県知事"), type("市町村長")), inquirersOf(124));
        // 130: each name with its own qualifier.
        assertEquals(List.of(type("存続組合"), type("指定基金")), inquirersOf(130));
        // 106: a note that others act as 市町村長 is kept in the words, not made a type.
        assertEquals(List.of(type("市町村長")), inquirersOf(106));
        assertTrue(TABLE.sources(rulesOf(106).get(0)).get(0).inquirer().endsWith("下欄に掲げる者を含む。）"));
    }

    @Test
    void theHeadOfABodyIsItsTitle() {
        // 137: 都道府県知事又は保健所を設置する市（特別区を含む。）の長
        assertEquals(List.of(type("都道府県知事"), type("市長"), type("特別区の区長")), inquirersOf(137));
        // 36: 通訳案内士法…の同意を得た市町村（特別区を含む。…）又は都道府県の長: の長 shared, 特別区 already in 市町村長.
        assertEquals(List.of(type("市町村長"), type("都道府県知事")), inquirersOf(36));
        assertTrue(TABLE.sources(rulesOf(36).get(rulesOf(36).size() - 1)).get(0).inquirer()
                .equals("通訳案内士法第五十四条第三項の同意を得た都道府県の長"));
        // 157: …に規定する試験実施指定都市の長
        assertEquals(List.of(type("都道府県知事"), type("市長")), inquirersOf(157));
        // 126: named cities stay as named.
        assertEquals(List.of(type("都道府県知事"), type("広島市長"), type("長崎市長")), inquirersOf(126));
    }

    @Test
    void enumerationsOfProvidersResolveToEachType() {
        assertEquals(List.of(type("厚生労働大臣"), type("日本年金機構"), type("共済組合等")),
                providersOfLine(line(1, "厚生労働大臣若しくは").number()));
        assertEquals(List.of(type("医療保険者"), type("後期高齢者医療広域連合")), providersOfLine(line(2, "医療保険者").number()));
        assertEquals(List.of(type("医療保険者"), type("後期高齢者医療広域連合")), providersOfLine(line(13, "医療保険者").number()));
        // The definition of 都道府県知事等 in item 13, where the term is defined, is the term.
        assertEquals(List.of(type("都道府県知事等")), providersOfLine(line(13, "都道府県知事、市長").number()));
    }

    @Test
    void aDescriptionOfWhoeverPaysABenefitIsOneTypeWithoutItsCitations() {
        String payer = "特別児童扶養手当等の支給に関する法律その他の法令による給付の支給を行うこととされている者";
        assertEquals(List.of(type(payer)), providersOfLine(line(13, "特別児童扶養手当等").number()));
        assertEquals(List.of(type(payer)), providersOfLine(line(16, "特別児童扶養手当等").number()));
        assertEquals(List.of(type("健康保険法第五十五条又は第百二十八条に規定する他の法令による給付の支給を行うこととされている者")),
                providersOfLine(line(2, "健康保険法").number()));
    }

    @Test
    void categoriesAreSplitBetweenCompleteCategoriesOnly() {
        assertEquals(List.of(cat("地方税関係情報"), cat("住民票関係情報"), cat("介護保険給付等関係情報")),
                categoriesOfLine(line(2, "市町村長").number()));
        Line l = TABLE.rows().stream().filter(x -> x.information().startsWith("生活保護関係情報、児童扶養手当関係情報、母子"))
                .findFirst().orElseThrow();
        assertEquals(List.of(cat("生活保護関係情報"), cat("児童扶養手当関係情報"),
                cat("母子及び父子並びに寡婦福祉法による給付金、特別児童扶養手当等の支給に関する法律による障害児福祉手当若しくは"
                        + "特別障害者手当若しくは昭和六十年法律第三十四号附則第九十七条第一項の福祉手当の支給に関する情報"),
                cat("中国残留邦人等支援給付関係情報")), categoriesOfLine(l.number()));
        Line m = TABLE.rows().stream().filter(x -> x.information().startsWith("児童福祉法による障害児通所支援若しくは"))
                .findFirst().orElseThrow();
        assertEquals(List.of(cat("児童福祉法による障害児通所支援若しくは母子保健法による妊娠の届出に関する情報"),
                cat("介護保険給付等関係情報")), categoriesOfLine(m.number()));
    }

    /** Joined with the conjunctions between them, a line's categories give back its cell: nothing is dropped. */
    @Test
    void everyInformationCellIsItsCategoriesAndConjunctions() {
        for (Line l : TABLE.rows()) {
            String rest = l.information();
            List<Category> cats = categoriesOfLine(l.number());
            for (int i = 0; i < cats.size(); i++) {
                if (i > 0) {
                    String sep = rest.startsWith("、") ? "、" : rest.startsWith("又は") ? "又は" : rest.startsWith("若しくは") ? "若しくは" : null;
                    assertTrue(sep != null, "line " + l.number() + ": no conjunction before " + rest);
                    rest = rest.substring(sep.length());
                }
                String name = cats.get(i).name();
                assertTrue(rest.startsWith(name), "line " + l.number() + ": '" + rest + "' does not start with " + name);
                rest = rest.substring(name.length());
            }
            assertEquals("", rest, "line " + l.number());
        }
    }

    static final String ITEM_36 = "通訳案内士法第五十四条第三項の同意を得た市町村（特別区を含む。第七十一条及び第百三十四条において同じ。）又は都道府県の長";

    /** Every type a rule names stands in its cell (citations aside), but for those the resolver derives. */
    @Test
    void everyTypeIsNamedInItsCellOrDerivedFromIt() {
        Map<String, Set<String>> derived = Map.of(
                "都道府県知事等", Set.of("都道府県知事、市長（特別区の区長を含む。）又は社会福祉法（昭和二十六年法律第四十五号）に規定する福祉に関する事務所を管理する町村長"),
                "市長", Set.of("都道府県知事又は保健所を設置する市（特別区を含む。）の長",
                        "都道府県知事又は国家戦略特別区域法（平成二十五年法律第百七号）第十二条の五第十二項に規定する試験実施指定都市の長"),
                "特別区の区長", Set.of("都道府県知事又は保健所を設置する市（特別区を含む。）の長"),
                "都道府県知事", Set.of(ITEM_36),
                "市町村長", Set.of(ITEM_36));
        List<String> unexplained = new ArrayList<>();
        for (Rule r : TABLE.rules()) {
            for (RuleSource s : TABLE.sources(r)) {
                Line l = TABLE.rows().get(s.line() - 2);
                check(r.inquirer(), l.inquirer(), derived, unexplained);
                check(r.provider(), l.provider(), derived, unexplained);
            }
        }
        assertEquals(List.of(), unexplained);
    }

    private static void check(InstitutionType t, String cell, Map<String, Set<String>> derived, List<String> unexplained) {
        String plain = cell.replaceAll("（(昭和|平成)[^（）]*号）", "");
        if (!plain.contains(t.name()) && !derived.getOrDefault(t.name(), Set.of()).contains(cell)) {
            unexplained.add(t.name() + " in " + cell);
        }
    }

    @Test
    void typesCarryNoQualifiers() {
        for (InstitutionType t : TABLE.institutionTypes()) {
            if (!t.name().endsWith("こととされている者")) {
                assertFalse(t.name().contains("である") || t.name().contains("規定する") || t.name().contains("（"), t::toString);
            }
        }
    }

    @Test
    void classesAreTheGlossarysAndTheTables() {
        InstitutionClass insurers = TABLE.institutionClass(type("医療保険者")).orElseThrow();
        assertEquals(Set.of(type("全国健康保険協会"), type("健康保険組合"), type("日本私立学校振興・共済事業団"), type("共済組合"),
                type("市町村長"), type("国民健康保険組合")), insurers.members());
        assertEquals(Set.of(), insurers.conditionalMembers());
        assertFalse(insurers.open());
        assertEquals(Set.of(type("日本私立学校振興・共済事業団"), type("国家公務員共済組合連合会"), type("地方公務員共済組合"),
                type("全国市町村職員共済組合連合会")), TABLE.institutionClass(type("共済組合等")).orElseThrow().members());
        InstitutionClass welfare = TABLE.institutionClass(type("都道府県知事等")).orElseThrow();
        assertEquals(Set.of(type("都道府県知事"), type("市長"), type("特別区の区長")), welfare.members());
        assertEquals(Set.of(type("町村長")), welfare.conditionalMembers());
        assertTrue(welfare.admits(type("町村長")));
        assertFalse(welfare.admits(type("法務大臣")));
        assertEquals(Set.of(type("市長"), type("町村長"), type("特別区の区長")),
                TABLE.institutionClass(type("市町村長")).orElseThrow().members());
        assertEquals(Set.of(type("行政機関の長"), type("地方公共団体の機関"), type("独立行政法人等"), type("地方独立行政法人")),
                TABLE.institutionClass(type("行政機関の長等")).orElseThrow().members());
        InstitutionClass medicalPayers = TABLE.institutionClass(
                type("医療保険者その他の法令による医療に関する給付の支給を行うこととされている者")).orElseThrow();
        assertTrue(medicalPayers.open());
        assertEquals(Set.of(type("医療保険者")), medicalPayers.members());
        assertTrue(TABLE.institutionClass(type("法務大臣")).isEmpty());
        assertTrue(TABLE.institutionClass(type("後期高齢者医療広域連合")).isEmpty(), "defined as itself, not a class");
    }

    @Test
    void closureAddsTheClassesOfATypeTransitively() {
        Set<InstitutionType> ward = TABLE.closure(Set.of(type("特別区の区長")));
        assertTrue(ward.containsAll(Set.of(type("特別区の区長"), type("市町村長"), type("都道府県知事等"), type("医療保険者"),
                type("医療保険者その他の法令による医療に関する給付の支給を行うこととされている者"))), ward::toString);
        Set<InstitutionType> town = TABLE.closure(Set.of(type("町村長")));
        assertTrue(town.contains(type("市町村長")));
        assertFalse(town.contains(type("都道府県知事等")), "only a 町村長 with a welfare office is one");
        assertEquals(Set.of(type("法務大臣")), TABLE.closure(Set.of(type("法務大臣"))));
        assertEquals(new LinkedHashSet<>(List.of(type("地方公務員共済組合"), type("共済組合等"))),
                TABLE.closure(Set.of(type("地方公務員共済組合"))));
    }

    @Test
    void typesAndCategoriesAreThoseOfTheRules() {
        Set<InstitutionType> types = new LinkedHashSet<>();
        Set<Category> cats = new LinkedHashSet<>();
        for (Rule r : TABLE.rules()) {
            types.add(r.inquirer());
            types.add(r.provider());
            cats.add(r.category());
        }
        assertEquals(types, TABLE.institutionTypes());
        assertEquals(cats, TABLE.categories());
        assertEquals(type("厚生労働大臣"), TABLE.institutionTypes().iterator().next());
        assertEquals(cat("戸籍関係情報"), TABLE.categories().iterator().next());
    }

    @Test
    void theItemOneQueriesOfTheBriefAreRules() {
        Set<Rule> rules = new HashSet<>(TABLE.rules());
        assertTrue(rules.contains(new Rule(1, type("厚生労働大臣"), type("法務大臣"), cat("戸籍関係情報"))));
        assertTrue(rules.contains(new Rule(1, type("厚生労働大臣"), type("市町村長"), cat("地方税関係情報"))));
        assertTrue(rules.contains(new Rule(1, type("厚生労働大臣"), type("市町村長"), cat("住民票関係情報"))));
        assertFalse(rules.contains(new Rule(1, type("日本年金機構"), type("法務大臣"), cat("戸籍関係情報"))));
    }
}
