package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.annex.AnnexFormatException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading tables from files: small good ones, and bad ones that must fail with a typed, specific error. */
@Covers({"NET-2"})
class AnnexTableLoadTest {

    static final String HEADER = "item\tinquirer\ttask\tprovider\tinformation\n";

    static final String GLOSSARY = """
            name\tdefinition\tfirst_item
            市町村長\t特別区の区長を含む（以下この条において同じ）\t1
            地方税関係情報\t地方税法…に関する情報\t1
            住民票関係情報\t住民基本台帳法第七条第四号に規定する事項\t1
            共済組合等\t日本私立学校振興・共済事業団、国家公務員共済組合連合会、地方公務員共済組合又は全国市町村職員共済組合連合会\t1
            年金給付関係情報\t…年金である給付の支給に関する情報\t1
            医療保険各法\t健康保険法、船員保険法又は国民健康保険法\t2
            """;

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    AnnexTable load(String lines) throws Exception {
        return AnnexTable.load(write("t.tsv", HEADER + lines), write("g.tsv", GLOSSARY));
    }

    AnnexFormatException failure(String lines) {
        return assertThrows(AnnexFormatException.class, () -> load(lines));
    }

    static String line(int item, String inquirer, String provider, String information) {
        return item + "\t" + inquirer + "\t事務" + item + "\t" + provider + "\t" + information + "\n";
    }

    static Rule rule(int item, String inquirer, String provider, String category) {
        return new Rule(item, new InstitutionType(inquirer), new InstitutionType(provider), new Category(category));
    }

    @Test
    void aSmallTableLoads() throws Exception {
        AnnexTable t = load(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")
                + line(1, "厚生労働大臣", "市町村長", "地方税関係情報又は住民票関係情報")
                + line(2, "都道府県知事又は市町村長", "厚生労働大臣若しくは日本年金機構又は共済組合等", "年金給付関係情報"));
        assertEquals(2, t.items());
        assertEquals(3, t.lines());
        assertEquals(List.of(
                rule(1, "厚生労働大臣", "法務大臣", "戸籍関係情報"),
                rule(1, "厚生労働大臣", "市町村長", "地方税関係情報"),
                rule(1, "厚生労働大臣", "市町村長", "住民票関係情報"),
                rule(2, "都道府県知事", "厚生労働大臣", "年金給付関係情報"),
                rule(2, "都道府県知事", "日本年金機構", "年金給付関係情報"),
                rule(2, "都道府県知事", "共済組合等", "年金給付関係情報"),
                rule(2, "市町村長", "厚生労働大臣", "年金給付関係情報"),
                rule(2, "市町村長", "日本年金機構", "年金給付関係情報"),
                rule(2, "市町村長", "共済組合等", "年金給付関係情報")), t.rules());
        assertEquals(new Line(4, 2, "都道府県知事又は市町村長", "事務2", "厚生労働大臣若しくは日本年金機構又は共済組合等",
                "年金給付関係情報"), t.rows().get(2));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() throws Exception {
        String text = "\uFEFF" + (HEADER + line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")).replace("\n", "\r\n");
        AnnexTable t = AnnexTable.load(write("t.tsv", text), write("g.tsv", GLOSSARY));
        assertEquals(List.of(rule(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")), t.rules());
    }

    @Test
    void aRuleGivenTwiceIsOneRuleWithTwoSources() throws Exception {
        AnnexTable t = load(line(1, "厚生労働大臣", "市町村長", "地方税関係情報")
                + line(1, "厚生労働大臣", "市町村長", "住民票関係情報又は地方税関係情報"));
        assertEquals(2, t.rules().size());
        assertEquals(List.of(2, 3), t.sources(rule(1, "厚生労働大臣", "市町村長", "地方税関係情報")).stream()
                .map(RuleSource::line).toList());
    }

    @Test
    void wrongColumnCount() {
        AnnexFormatException e = failure("1\t厚生労働大臣\t事務\t法務大臣\n");
        assertEquals(Problem.COLUMNS, e.problem());
        assertEquals(2, e.line());
        assertEquals("t.tsv", e.file());
        assertEquals("t.tsv line 2: 4 tab-separated column(s), not 5", e.getMessage());
    }

    @Test
    void aBlankLineInsideIsAWrongColumnCount() {
        AnnexFormatException e = failure(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報") + "\n"
                + line(2, "厚生労働大臣", "法務大臣", "戸籍関係情報"));
        assertEquals(Problem.COLUMNS, e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void badItemNumbers() {
        for (String item : List.of("一", "1a", "", " ", "-1", "+1", "12345")) {
            AnnexFormatException e = failure(item + "\t厚生労働大臣\t事務\t法務大臣\t戸籍関係情報\n");
            assertTrue(e.problem() == Problem.ITEM_NUMBER || e.problem() == Problem.EMPTY_FIELD, item);
            assertEquals(2, e.line());
        }
        AnnexFormatException zero = failure(line(0, "厚生労働大臣", "法務大臣", "戸籍関係情報"));
        assertEquals(Problem.ITEM_NUMBER, zero.problem());
        assertEquals("t.tsv line 2: item numbers start at 1, not 0", zero.getMessage());
    }

    @Test
    void itemsRunInOrderWithoutGaps() {
        AnnexFormatException notFirst = failure(line(2, "厚生労働大臣", "法務大臣", "戸籍関係情報"));
        assertEquals(Problem.ITEM_NUMBER, notFirst.problem());
        assertEquals(OptionalInt.of(2), notFirst.item());
        AnnexFormatException gap = failure(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")
                + line(3, "厚生労働大臣", "法務大臣", "戸籍関係情報"));
        assertEquals(Problem.ITEM_NUMBER, gap.problem());
        assertEquals("t.tsv line 3, item 3: item 3 follows item 1: items run from 1 in order, without gaps", gap.getMessage());
        AnnexFormatException back = failure(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")
                + line(2, "厚生労働大臣", "法務大臣", "戸籍関係情報") + line(1, "厚生労働大臣", "市町村長", "地方税関係情報"));
        assertEquals(Problem.ITEM_NUMBER, back.problem());
        assertEquals(4, back.line());
    }

    @Test
    void anItemsLinesAgreeOnInquirerAndTask() {
        AnnexFormatException inquirer = failure(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")
                + line(1, "法務大臣", "市町村長", "地方税関係情報"));
        assertEquals(Problem.INCONSISTENT_ITEM, inquirer.problem());
        assertEquals("t.tsv line 3, item 1: the inquirer (column 1) differs from line 2 of the same item", inquirer.getMessage());
        AnnexFormatException task = failure(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")
                + "1\t厚生労働大臣\t別の事務\t市町村長\t地方税関係情報\n");
        assertEquals(Problem.INCONSISTENT_ITEM, task.problem());
        assertTrue(task.getMessage().contains("task (column 2)"), task::getMessage);
    }

    @Test
    void aLineGivenTwiceIsRefused() {
        AnnexFormatException e = failure(line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報")
                + line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報"));
        assertEquals(Problem.DUPLICATE, e.problem());
        assertEquals("t.tsv line 3, item 1: repeats the provider and information of line 2", e.getMessage());
    }

    @Test
    void emptyFieldsAndHeaders() throws Exception {
        assertEquals(Problem.EMPTY_FIELD, failure("1\t厚生労働大臣\t事務\t\t戸籍関係情報\n").problem());
        AnnexFormatException header = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(write("t.tsv", "item\tinquirer\n"), write("g.tsv", GLOSSARY)));
        assertEquals(Problem.HEADER, header.problem());
        assertEquals(1, header.line());
        AnnexFormatException empty = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(write("t.tsv", ""), write("g.tsv", GLOSSARY)));
        assertEquals(Problem.HEADER, empty.problem());
        assertEquals(Problem.NO_LINES, failure("").problem());
    }

    @Test
    void anUnknownPartyNamesTheItemTheCellAndTheFragment() {
        AnnexFormatException e = failure(line(1, "厚生労働大臣", "法務大臣又は厚生労働省", "戸籍関係情報"));
        assertEquals(Problem.UNRESOLVED_PARTY, e.problem());
        assertEquals(OptionalInt.of(1), e.item());
        assertEquals("法務大臣又は厚生労働省", e.cell().orElseThrow());
        assertEquals("厚生労働省", e.fragment().orElseThrow());
        assertEquals("t.tsv line 2, item 1, cell '法務大臣又は厚生労働省': column 3 (provider): '厚生労働省' is not an "
                + "institution the resolver knows", e.getMessage());
        AnnexFormatException inquirer = failure(line(1, "厚生労働省", "法務大臣", "戸籍関係情報"));
        assertTrue(inquirer.getMessage().contains("column 1 (inquirer)"), inquirer::getMessage);
    }

    @Test
    void aDanglingConjunctionIsNotAParty() {
        AnnexFormatException after = failure(line(1, "厚生労働大臣", "法務大臣又は", "戸籍関係情報"));
        assertEquals(Problem.UNRESOLVED_PARTY, after.problem());
        assertEquals("又は", after.fragment().orElseThrow());
        assertTrue(after.getMessage().endsWith("nothing after '又は'"), after::getMessage);
        AnnexFormatException before = failure(line(1, "、厚生労働大臣", "法務大臣", "戸籍関係情報"));
        assertTrue(before.getMessage().endsWith("nothing before '、'"), before::getMessage);
    }

    @Test
    void anUnknownCategoryNamesTheItemTheCellAndTheFragment() {
        AnnexFormatException e = failure(line(1, "厚生労働大臣", "市町村長", "地方税関係情報又は住民票関連情報"));
        assertEquals(Problem.UNRESOLVED_CATEGORY, e.problem());
        assertEquals("住民票関連情報", e.fragment().orElseThrow());
        assertEquals("地方税関係情報又は住民票関連情報", e.cell().orElseThrow());
        assertTrue(e.getMessage().startsWith("t.tsv line 2, item 1, cell '地方税関係情報又は住民票関連情報': column 4 (information): "),
                e::getMessage);
        AnnexFormatException undefined = failure(line(1, "厚生労働大臣", "市町村長", "氏名関係情報"));
        assertEquals("'氏名関係情報' is not a category the glossary or the Act defines",
                undefined.getMessage().substring(undefined.getMessage().lastIndexOf(": ") + 2));
        AnnexFormatException fact = failure(line(1, "厚生労働大臣", "市町村長", "地方税関係情報又は住所"));
        assertEquals("住所", fact.fragment().orElseThrow());
    }

    @Test
    void unreadableFiles() throws Exception {
        Path glossary = write("g.tsv", GLOSSARY);
        AnnexFormatException missing = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(dir.resolve("none.tsv"), glossary));
        assertEquals(Problem.UNREADABLE, missing.problem());
        assertEquals("none.tsv: cannot be read (NoSuchFileException)", missing.getMessage());
        Path latin1 = Files.write(dir.resolve("l.tsv"), new byte[] {'i', 't', (byte) 0xE9, '\n'});
        AnnexFormatException notUtf8 = assertThrows(AnnexFormatException.class, () -> AnnexTable.load(latin1, glossary));
        assertEquals("l.tsv: not UTF-8 text", notUtf8.getMessage());
        assertEquals(0, notUtf8.line());
        assertTrue(notUtf8.item().isEmpty() && notUtf8.cell().isEmpty() && notUtf8.fragment().isEmpty());
    }

    @Test
    void aBadGlossaryIsRefusedToo() throws Exception {
        Path table = write("t.tsv", HEADER + line(1, "厚生労働大臣", "法務大臣", "戸籍関係情報"));
        AnnexFormatException twice = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(table, write("g.tsv", GLOSSARY + "市町村長\t別の定義\t3\n")));
        assertEquals(Problem.DUPLICATE, twice.problem());
        assertEquals("g.tsv", twice.file());
        assertEquals("g.tsv line 8: '市町村長' is defined again (first on line 2)", twice.getMessage());
        AnnexFormatException columns = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(table, write("g.tsv", GLOSSARY + "市町村長\t別の定義\n")));
        assertEquals(Problem.COLUMNS, columns.problem());
        AnnexFormatException item = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(table, write("g.tsv", GLOSSARY + "外国人\t日本の国籍を有しない者\t百六十一\n")));
        assertEquals(Problem.ITEM_NUMBER, item.problem());
        assertEquals("百六十一", item.fragment().orElseThrow());
        AnnexFormatException header = assertThrows(AnnexFormatException.class,
                () -> AnnexTable.load(table, write("g.tsv", "name\tdefinition\n")));
        assertEquals(Problem.HEADER, header.problem());
    }
}
