package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bango.Covers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of column-4 cells. */
@Covers({"NET-2"})
class CategoryResolverTest {

    static final String GLOSSARY = """
            name\tdefinition\tfirst_item
            地方税関係情報\t地方税法…に関する情報\t1
            住民票関係情報\t住民基本台帳法第七条第四号に規定する事項\t1
            介護保険給付等関係情報\t介護保険法による…に関する情報\t2
            医療保険者\t全国健康保険協会又は健康保険組合\t2
            """;

    final CategoryResolver resolver;

    CategoryResolverTest() throws AnnexFormatException {
        resolver = new CategoryResolver(Glossary.parse("g.tsv", GLOSSARY));
    }

    List<String> names(String cell) throws Unresolved {
        return resolver.resolve(cell).stream().map(Category::name).toList();
    }

    Unresolved unresolved(String cell) {
        return assertThrows(Unresolved.class, () -> resolver.resolve(cell));
    }

    @Test
    void definedTermsInEveryJoin() throws Unresolved {
        assertEquals(List.of("地方税関係情報"), names("地方税関係情報"));
        assertEquals(List.of("地方税関係情報", "住民票関係情報", "介護保険給付等関係情報"),
                names("地方税関係情報、住民票関係情報又は介護保険給付等関係情報"));
        assertEquals(List.of("地方税関係情報", "住民票関係情報"), names("地方税関係情報若しくは住民票関係情報"));
        assertEquals(List.of("戸籍関係情報"), names("戸籍関係情報"));
    }

    @Test
    void descriptionsStayWhole() throws Unresolved {
        assertEquals(List.of("児童福祉法による障害児通所支援若しくは母子保健法による妊娠の届出に関する情報", "介護保険給付等関係情報"),
                names("児童福祉法による障害児通所支援若しくは母子保健法による妊娠の届出に関する情報又は介護保険給付等関係情報"));
        assertEquals(List.of("地方税関係情報", "母子及び父子並びに寡婦福祉法による給付金、特別児童扶養手当等の支給に関する法律による"
                        + "障害児福祉手当の支給に関する情報"),
                names("地方税関係情報、母子及び父子並びに寡婦福祉法による給付金、特別児童扶養手当等の支給に関する法律による障害児福祉手当の支給に関する情報"));
        assertEquals(List.of("国民年金法による障害基礎年金の支給に関する情報"),
                names("国民年金法（昭和三十四年法律第百四十一号）による障害基礎年金の支給に関する情報"));
    }

    @Test
    void notCategories() {
        assertEquals("住民票関連情報", unresolved("地方税関係情報又は住民票関連情報").fragment());
        assertEquals("'住民票関連情報' is neither a defined category nor a description ending in に関する情報",
                unresolved("住民票関連情報").getMessage());
        assertEquals("氏名関係情報", unresolved("氏名関係情報").fragment());
        assertEquals("'氏名関係情報' is not a category the glossary or the Act defines", unresolved("氏名関係情報").getMessage());
        assertEquals("医療保険者関係情報", unresolved("医療保険者関係情報").fragment());
        assertEquals("住所", unresolved("地方税関係情報又は住所").fragment());
        assertEquals("'住所' is not information (it should end in に関する情報 or be a defined …関係情報)",
                unresolved("地方税関係情報又は住所").getMessage());
        assertEquals("に関する情報", unresolved("に関する情報").fragment());
        assertEquals("（に関する情報", unresolved("（に関する情報").fragment());
        assertEquals("又は", unresolved("地方税関係情報又は").fragment());
        assertEquals("nothing before '、'", unresolved("、地方税関係情報").getMessage());
    }
}
