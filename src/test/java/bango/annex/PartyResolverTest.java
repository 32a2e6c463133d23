package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The forms of column-1 and column-3 cells, one by one, with a small glossary. */
@Covers({"NET-2"})
class PartyResolverTest {

    static final String GLOSSARY = """
            name\tdefinition\tfirst_item
            市町村長\t特別区の区長を含む（以下この条において同じ）\t1
            共済組合等\t日本私立学校振興・共済事業団、国家公務員共済組合連合会、地方公務員共済組合又は全国市町村職員共済組合連合会\t1
            医療保険各法\t健康保険法、船員保険法又は国民健康保険法\t2
            医療保険者\t医療保険各法により医療に関する給付の支給を行う全国健康保険協会、健康保険組合、共済組合、市町村長又は国民健康保険組合\t2
            後期高齢者医療広域連合\t高齢者の医療の確保に関する法律第四十八条に規定する後期高齢者医療広域連合\t2
            都道府県知事等\t都道府県知事、市長（特別区の区長を含む。）又は社会福祉法に規定する福祉に関する事務所を管理する町村長\t13
            外国人\t日本の国籍を有しない者\t161
            地方税関係情報\t地方税法…に関する情報\t1
            """;

    final ClassBook classes = ClassBook.withLocalGovernment();
    final PartyResolver resolver;

    PartyResolverTest() throws AnnexFormatException {
        resolver = new PartyResolver(Glossary.parse("g.tsv", GLOSSARY), classes);
    }

    List<String> types(String cell) throws Unresolved {
        return resolver.resolveCell(cell).stream().map(p -> p.type().name()).toList();
    }

    Map<String, String> qualifiers(String cell) throws Unresolved {
        return resolver.resolveCell(cell).stream().collect(Collectors.toMap(p -> p.type().name(), Party::qualifier));
    }

    Unresolved unresolved(String cell) {
        return assertThrows(Unresolved.class, () -> resolver.resolveCell(cell));
    }

    static Set<InstitutionType> set(String... names) {
        return java.util.Arrays.stream(names).map(InstitutionType::new).collect(Collectors.toSet());
    }

    InstitutionClass classOf(String name) {
        return classes.build().stream().filter(c -> c.name().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void namesByTheirEndings() throws Unresolved {
        for (String name : List.of("厚生労働大臣", "国税庁長官", "都道府県知事", "広島市長", "町村長", "特別区の区長",
                "都道府県教育委員会", "日本年金機構", "全国健康保険協会", "国民健康保険組合", "国家公務員共済組合連合会",
                "日本私立学校振興・共済事業団", "地方公務員災害補償基金", "後期高齢者医療広域連合", "地方公共団体の機関",
                "地方独立行政法人", "独立行政法人等", "行政機関の長", "共済組合等", "医療保険者")) {
            assertEquals(List.of(name), types(name), name);
        }
    }

    @Test
    void notNames() {
        for (String text : List.of("厚生労働省", "外国人", "医療保険各法", "大臣である", "法務大臣（東京）", "市（特別区を含む。）",
                "市町村", "国民（特別区を含む。）の長", "市町村又は都道府県知事", "法務大臣（", "法務大臣）")) {
            Unresolved e = unresolved(text);
            assertEquals(text, e.fragment());
        }
    }

    @Test
    void enumerationsInEveryJoin() throws Unresolved {
        assertEquals(List.of("厚生労働大臣", "日本年金機構", "共済組合等"), types("厚生労働大臣若しくは日本年金機構又は共済組合等"));
        assertEquals(List.of("文部科学大臣", "都道府県知事", "都道府県教育委員会"), types("文部科学大臣、都道府県知事又は都道府県教育委員会"));
        assertEquals(List.of("都道府県知事", "広島市長", "長崎市長"), types("都道府県知事又は広島市長若しくは長崎市長"));
    }

    @Test
    void theFirstUnresolvedRunIsNamed() {
        assertEquals("厚生労働省", unresolved("法務大臣又は厚生労働省").fragment());
        assertEquals("厚生労働省又は文部科学省", unresolved("厚生労働省又は文部科学省").fragment());
        Unresolved dangling = unresolved("法務大臣、");
        assertEquals("、", dangling.fragment());
        assertEquals("nothing after '、'", dangling.getMessage());
        assertEquals("nothing before '若しくは'", unresolved("若しくは法務大臣").getMessage());
        assertEquals("nothing after '又は'", unresolved("法務大臣又は又は総務大臣").getMessage());
    }

    @Test
    void aLeadingQualifierGoesToTheNamesThatHaveNone() throws Unresolved {
        String cell = "公営住宅法（昭和二十六年法律第百九十三号）第二条第十六号に規定する事業主体である都道府県知事又は市町村長";
        assertEquals(List.of("都道府県知事", "市町村長"), types(cell));
        String q = "公営住宅法（昭和二十六年法律第百九十三号）第二条第十六号に規定する事業主体である";
        assertEquals(Map.of("都道府県知事", q, "市町村長", q), qualifiers(cell));
        List<Party> parties = resolver.resolveCell(cell);
        assertEquals(q + "市町村長", parties.get(1).written());
        // A qualifier later in the list is that name's only.
        assertEquals(Map.of("医療保険者", "", "後期高齢者医療広域連合", "高齢者の医療の確保に関する法律（昭和五十七年法律第八十号）第四十八条に規定する"),
                qualifiers("医療保険者又は高齢者の医療の確保に関する法律（昭和五十七年法律第八十号）第四十八条に規定する後期高齢者医療広域連合"));
        // Each with its own.
        assertEquals(Map.of("存続組合", "平成八年法律第八十二号附則第三十二条第二項に規定する", "指定基金", "平成八年法律第八十二号附則第四十八条第一項に規定する"),
                qualifiers("平成八年法律第八十二号附則第三十二条第二項に規定する存続組合又は平成八年法律第八十二号附則第四十八条第一項に規定する指定基金"));
    }

    @Test
    void qualifiersEndInTheirVerbs() throws Unresolved {
        assertEquals(Map.of("市町村長", "賃貸住宅の建設及び管理を行う"), qualifiers("賃貸住宅の建設及び管理を行う市町村長"));
        assertEquals(Map.of("都道府県知事", "届出を受けた者である"), qualifiers("届出を受けた者である都道府県知事"));
        assertEquals(Map.of("市町村長", "通訳案内士法第五十四条第三項の同意を得た"), qualifiers("通訳案内士法第五十四条第三項の同意を得た市町村長"));
        assertEquals(Map.of("健康保険組合", "法務大臣が定める"), qualifiers("法務大臣が定める健康保険組合"));
        assertEquals(Map.of("独立行政法人日本学生支援機構", "", "特別区の区長", ""), qualifiers("独立行政法人日本学生支援機構又は特別区の区長"));
        // A qualifier with 又は in it is one qualifier.
        assertEquals(List.of("都道府県知事", "市町村長"),
                types("要綱第二条第九号に規定する住宅（公共供給型）又は同条第十六号に規定する住宅（公共供給型）の供給を行う都道府県知事又は市町村長"));
    }

    @Test
    void theHeadOfALocalBody() throws Unresolved {
        assertEquals(List.of("都道府県知事", "市長", "特別区の区長"), types("都道府県知事又は保健所を設置する市（特別区を含む。）の長"));
        assertEquals(Map.of("都道府県知事", "", "市長", "保健所を設置する", "特別区の区長", "保健所を設置する"),
                qualifiers("都道府県知事又は保健所を設置する市（特別区を含む。）の長"));
        assertEquals(List.of("市長"), types("国家戦略特別区域法（平成二十五年法律第百七号）第十二条の五第十二項に規定する試験実施指定都市の長"));
        assertEquals(Map.of("市長", "国家戦略特別区域法（平成二十五年法律第百七号）第十二条の五第十二項に規定する試験実施指定都市"),
                qualifiers("国家戦略特別区域法（平成二十五年法律第百七号）第十二条の五第十二項に規定する試験実施指定都市の長"));
        assertEquals(List.of("市長"), types("市（昭和二十二年法律第六十七号）の長"));
        assertEquals(List.of("都道府県知事"), types("都道府県の長"));
        assertEquals(List.of("町村長"), types("町村の長"));
    }

    @Test
    void aSharedHeadOf() throws Unresolved {
        String cell = "通訳案内士法第五十四条第三項の同意を得た市町村（特別区を含む。第七十一条及び第百三十四条において同じ。）又は都道府県の長";
        assertEquals(List.of("市町村長", "都道府県知事"), types(cell), "特別区の区長 is a 市町村長 already");
        List<Party> parties = resolver.resolveCell(cell);
        assertEquals("通訳案内士法第五十四条第三項の同意を得た市町村（特別区を含む。第七十一条及び第百三十四条において同じ。）", parties.get(0).written());
        assertEquals("通訳案内士法第五十四条第三項の同意を得た都道府県の長", parties.get(1).written());
        assertEquals(List.of("市長", "都道府県知事"), types("市又は都道府県の長"));
        // Without a shared の長, a body is not a party (and a conjunction does not end a qualifier).
        assertEquals("市町村又は都道府県知事", unresolved("市町村又は都道府県知事").fragment());
    }

    @Test
    void includedTypes() throws Unresolved {
        assertEquals(List.of("市長", "特別区の区長"), types("市長（特別区の区長を含む。）"));
        assertEquals(List.of("市町村長"), types("市町村長（特別区の区長を含む。）"), "already a member of 市町村長");
        List<Party> noted = resolver.resolveCell("市町村長（児童手当法第十七条第一項の表の下欄に掲げる者を含む。）");
        assertEquals(1, noted.size());
        assertEquals("市町村長", noted.get(0).type().name());
        assertEquals("市町村長（児童手当法第十七条第一項の表の下欄に掲げる者を含む。）", noted.get(0).written());
        assertEquals(List.of("地方独立行政法人"), types("地方独立行政法人（地方独立行政法人法（平成十五年法律第百十八号）第二条第一項に規定する地方独立行政法人をいう。）"));
        assertEquals(List.of("日本年金機構"), types("日本年金機構（以下「機構」という。）"));
        assertEquals(List.of("法務大臣"), types("法務大臣（平成十一年法律第八十九号）"));
        assertEquals("法務大臣（を含む。）", unresolved("法務大臣（を含む。）").fragment());
    }

    @Test
    void anInlineClass() throws Unresolved {
        String cell = "特定公的給付の支給を実施する行政機関の長等（行政機関の長、地方公共団体の機関、独立行政法人等、地方独立行政法人"
                + "（地方独立行政法人法（平成十五年法律第百十八号）第二条第一項に規定する地方独立行政法人をいう。））";
        assertEquals(List.of("行政機関の長等"), types(cell));
        InstitutionClass c = classOf("行政機関の長等");
        assertEquals(set("行政機関の長", "地方公共団体の機関", "独立行政法人等", "地方独立行政法人"), c.members());
        assertFalse(c.open());
        assertEquals("行政機関の長等（厚生労働省）", unresolved("行政機関の長等（厚生労働省）").fragment());
    }

    @Test
    void aFailedEnumerationDefinesNoClass() {
        unresolved("行政機関の長等（行政機関の長、地方公共団体の機関）又は厚生労働省");
        assertTrue(classes.build().stream().noneMatch(c -> c.name().name().equals("行政機関の長等")));
    }

    @Test
    void whoeverPaysABenefit() throws Unresolved {
        assertEquals(List.of("健康保険法第五十五条又は第百二十八条に規定する他の法令による給付の支給を行うこととされている者"),
                types("健康保険法第五十五条又は第百二十八条に規定する他の法令による給付の支給を行うこととされている者"));
        assertEquals(List.of("特別児童扶養手当等の支給に関する法律その他の法令による給付の支給を行うこととされている者"),
                types("特別児童扶養手当等の支給に関する法律（昭和三十九年法律第百三十四号）その他の法令による給付の支給を行うこととされている者"));
        assertEquals(List.of("国民年金法その他の法令による年金である給付の支給を行うこととされている者"),
                types("国民年金法その他の法令による年金である給付の支給を行うこととされている者"));
        assertTrue(classes.build().stream().noneMatch(c -> c.name().name().startsWith("国民年金法")), "a law is no member");
        String medical = "医療保険者その他の法令による医療に関する給付の支給を行うこととされている者";
        assertEquals(List.of(medical), types(medical));
        InstitutionClass c = classOf(medical);
        assertTrue(c.open());
        assertEquals(set("医療保険者"), c.members());
        // The qualifier of a first name is not the payer's.
        assertEquals(Map.of("市町村長", "届出を受けた", "国民年金法その他の法令による年金である給付の支給を行うこととされている者", ""),
                qualifiers("届出を受けた市町村長又は国民年金法その他の法令による年金である給付の支給を行うこととされている者"));
    }

    @Test
    void aPayerIsNoNamedPartyAfterAQualifier() throws Unresolved {
        String cell = "法務大臣が定める健康保険組合その他の法令による給付の支給を行うこととされている者";
        assertEquals(List.of(cell), types(cell));
        assertTrue(classes.build().stream().noneMatch(c -> c.name().name().equals(cell)));
    }

    @Test
    void theGlossarysPartyTermsAndTheirClasses() throws Unresolved {
        assertEquals(set("全国健康保険協会", "健康保険組合", "共済組合", "市町村長", "国民健康保険組合"), classOf("医療保険者").members());
        assertEquals(set("都道府県知事", "市長", "特別区の区長"), classOf("都道府県知事等").members());
        assertEquals(set("町村長"), classOf("都道府県知事等").conditionalMembers());
        assertEquals(set("市長", "町村長", "特別区の区長"), classOf("市町村長").members());
        assertTrue(classOf("市町村長").definition().contains("特別区の区長を含む（以下この条において同じ）"));
        assertTrue(classes.build().stream().noneMatch(c -> c.name().name().equals("後期高齢者医療広域連合")));
        assertTrue(classes.build().stream().noneMatch(c -> c.name().name().equals("外国人")));
        // Terms that are not parties are not names.
        assertEquals("医療保険各法", unresolved("医療保険各法").fragment());
    }

    @Test
    void aCellThatIsADefinitionIsTheTerm() throws Unresolved {
        assertEquals(List.of("都道府県知事等"),
                types("都道府県知事、市長（特別区の区長を含む。）又は社会福祉法（昭和二十六年法律第四十五号）に規定する福祉に関する事務所を管理する町村長"));
        assertEquals(List.of("都道府県知事", "市長", "特別区の区長", "町村長"),
                types("都道府県知事、市長（特別区の区長を含む。）又は社会福祉法に規定する福祉に関する事務所を設置する町村長"));
    }
}
