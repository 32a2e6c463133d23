package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** NET-2 decisions on the bundled table and the sample registry, one reason at a time. */
@Covers({"NET-2"})
class AuthorizerTest {

    static final AnnexTable TABLE = AnnexTable.bundled();
    static final InstitutionRegistry SAMPLE = InstitutionRegistry.sample();
    static final Authorizer AUTHORIZER = new Authorizer(TABLE, SAMPLE);

    static InstitutionId id(String handle) {
        return SAMPLE.find(handle).orElseThrow().id();
    }

    static Decision decide(String inquirer, int item, String provider, String category) {
        return AUTHORIZER.decide(id(inquirer), item, id(provider), new Category(category));
    }

    static Decision.Deny deny(Refusal reason, String detail) {
        return new Decision.Deny(reason, detail);
    }

    @Test
    void theMinisterOfHealthMayAskUnderItemOne() {
        assertEquals(new Decision.Allow(1), decide("mhlw", 1, "moj", "戸籍関係情報"));
        assertEquals(new Decision.Allow(1), decide("mhlw", 1, "chiyoda", "地方税関係情報"));
        assertEquals(new Decision.Allow(1), decide("mhlw", 1, "okutama", "住民票関係情報"));
        assertEquals(new Decision.Allow(1), decide("mhlw", 1, "nenkin", "年金給付関係情報"));
        assertEquals(new Decision.Allow(1), decide("mhlw", 1, "mhlw", "失業等給付関係情報"));
        assertSame(decide("mhlw", 1, "moj", "戸籍関係情報"), decide("mhlw", 1, "chiyoda", "地方税関係情報"));
    }

    @Test
    void classesAnswerThroughTheirMembers() {
        // Item 2: 全国健康保険協会 asks 医療保険者 for 医療保険給付関係情報; a ward and a health insurance society are insurers.
        assertEquals(new Decision.Allow(2), decide("kyokai", 2, "chiyoda", "医療保険給付関係情報"));
        assertEquals(new Decision.Allow(2), decide("kyokai", 2, "kenpo-1", "医療保険給付関係情報"));
        // Item 13: 都道府県知事 asks 都道府県知事等 for 生活保護関係情報: a city yes, a town without a welfare office no.
        assertEquals(new Decision.Allow(13), decide("tokyo-pref", 13, "yokohama", "生活保護関係情報"));
        assertEquals(deny(Refusal.CATEGORY_NOT_FROM_PROVIDER, "no rule of item 13 gives 生活保護関係情報 from 奥多摩町長"),
                decide("tokyo-pref", 13, "okutama", "生活保護関係情報"));
        assertEquals(new Decision.Allow(13), decide("tokyo-pref", 13, "okutama", "地方税関係情報"), "as 市町村長");
    }

    @Test
    void eachReasonWithItsDetail() {
        assertEquals(deny(Refusal.INQUIRER_NOT_IN_ITEM, "item 1 does not let 日本年金機構 ask"),
                decide("nenkin", 1, "moj", "戸籍関係情報"));
        assertEquals(deny(Refusal.PROVIDER_NOT_IN_ITEM, "item 1 does not let 厚生労働大臣 ask 独立行政法人日本学生支援機構"),
                decide("mhlw", 1, "jasso", "戸籍関係情報"));
        assertEquals(deny(Refusal.CATEGORY_NOT_FROM_PROVIDER, "no rule of item 1 gives 年金給付関係情報 from 法務大臣"),
                decide("mhlw", 1, "moj", "年金給付関係情報"));
        assertEquals(deny(Refusal.ASSESSMENT_NOT_PUBLISHED, "東京都職員共済組合's privacy impact assessment is not published"),
                decide("mhlw", 1, "tokyo-kyosai", "年金給付関係情報"));
        assertEquals(deny(Refusal.UNKNOWN_ITEM, "Annex Table 2 has no item 174 (its items are 1 to 173)"),
                decide("mhlw", 174, "moj", "戸籍関係情報"));
        assertEquals(Refusal.UNKNOWN_ITEM, ((Decision.Deny) decide("mhlw", 0, "moj", "戸籍関係情報")).reason());
        assertEquals(new Decision.Allow(173), decide("tokyo-pref", 173, "kyokai", "医療保険給付関係情報"));
        assertEquals(deny(Refusal.UNKNOWN_CATEGORY, "no rule of Annex Table 2 gives '氏名'"), decide("mhlw", 1, "moj", "氏名"));
        assertEquals(deny(Refusal.UNKNOWN_INQUIRER, "no institution I999 is registered"),
                AUTHORIZER.decide(new InstitutionId(999), 1, id("moj"), new Category("戸籍関係情報")));
        assertEquals(deny(Refusal.UNKNOWN_PROVIDER, "no institution I0 is registered"),
                AUTHORIZER.decide(id("mhlw"), 1, new InstitutionId(0), new Category("戸籍関係情報")));
    }

    @Test
    void reasonsAreCheckedInOrder() {
        InstitutionId stranger = new InstitutionId(999);
        Category unknown = new Category("氏名");
        assertEquals(Refusal.UNKNOWN_INQUIRER, reason(AUTHORIZER.decide(stranger, 0, stranger, unknown)));
        assertEquals(Refusal.UNKNOWN_PROVIDER, reason(AUTHORIZER.decide(id("nenkin"), 0, stranger, unknown)));
        assertEquals(Refusal.UNKNOWN_ITEM, reason(AUTHORIZER.decide(id("nenkin"), 0, id("jasso"), unknown)));
        assertEquals(Refusal.UNKNOWN_CATEGORY, reason(AUTHORIZER.decide(id("nenkin"), 1, id("jasso"), unknown)));
        assertEquals(Refusal.INQUIRER_NOT_IN_ITEM, reason(decide("nenkin", 1, "jasso", "障害者関係情報")));
        assertEquals(Refusal.PROVIDER_NOT_IN_ITEM, reason(decide("mhlw", 1, "jasso", "障害者関係情報")));
        assertEquals(Refusal.CATEGORY_NOT_FROM_PROVIDER, reason(decide("mhlw", 1, "tokyo-kyosai", "障害者関係情報")));
    }

    static Refusal reason(Decision d) {
        return ((Decision.Deny) d).reason();
    }

    @Test
    void nullsAreRefusedLoudly() {
        Category c = new Category("戸籍関係情報");
        assertThrows(NullPointerException.class, () -> AUTHORIZER.decide(null, 1, id("moj"), c));
        assertThrows(NullPointerException.class, () -> AUTHORIZER.decide(id("mhlw"), 1, null, c));
        assertThrows(NullPointerException.class, () -> AUTHORIZER.decide(id("mhlw"), 1, id("moj"), null));
        assertThrows(NullPointerException.class, () -> new Authorizer(null, SAMPLE));
        assertThrows(NullPointerException.class, () -> new Authorizer(TABLE, null));
        assertThrows(NullPointerException.class, () -> new Decision.Deny(null, "x"));
        assertThrows(NullPointerException.class, () -> new Decision.Deny(Refusal.UNKNOWN_ITEM, null));
    }

    @Test
    @Covers({"IS-2"})
    void whatAProviderMayBeAskedFor() {
        assertEquals(Set.of(new Category("戸籍関係情報")), AUTHORIZER.providable(id("moj")));
        assertEquals(Set.of(new Category("公的給付支給等口座登録簿関係情報")), AUTHORIZER.providable(id("cao")));
        assertEquals(Set.of(), AUTHORIZER.providable(new InstitutionId(999)));
        Set<Category> town = AUTHORIZER.providable(id("okutama"));
        assertTrue(town.contains(new Category("地方税関係情報")));
        assertTrue(!town.contains(new Category("生活保護関係情報")), "not 都道府県知事等");
        assertTrue(AUTHORIZER.providable(id("yokohama")).contains(new Category("生活保護関係情報")));
        // In the order of the table's categories, each once.
        Set<Category> ofCity = new LinkedHashSet<>();
        for (Rule r : TABLE.rules()) {
            if (SAMPLE.find("yokohama").orElseThrow().types().contains(r.provider())) {
                ofCity.add(r.category());
            }
        }
        List<Category> expected = TABLE.categories().stream().filter(ofCity::contains).toList();
        assertEquals(expected, new ArrayList<>(AUTHORIZER.providable(id("yokohama"))));
        assertEquals(TABLE, AUTHORIZER.table());
        assertEquals(SAMPLE, AUTHORIZER.registry());
    }

    @Test
    void institutionsWithTheSameTypesShareNothingButTheirAnswers() {
        Set<InstitutionType> ward = TABLE.closure(Set.of(new InstitutionType("特別区の区長")));
        InstitutionRegistry two = InstitutionRegistry.of(List.of(
                new RegisteredInstitution(new InstitutionId(1), "chiyoda", "千代田区長", ward, true),
                new RegisteredInstitution(new InstitutionId(2), "minato", "港区長", ward, false),
                new RegisteredInstitution(new InstitutionId(3), "mhlw", "厚生労働大臣", Set.of(new InstitutionType("厚生労働大臣")), true)));
        Authorizer a = new Authorizer(TABLE, two);
        Category tax = new Category("地方税関係情報");
        assertEquals(new Decision.Allow(1), a.decide(new InstitutionId(3), 1, new InstitutionId(1), tax));
        assertEquals(deny(Refusal.ASSESSMENT_NOT_PUBLISHED, "港区長's privacy impact assessment is not published"),
                a.decide(new InstitutionId(3), 1, new InstitutionId(2), tax));
        assertEquals(a.providable(new InstitutionId(1)), a.providable(new InstitutionId(2)));
    }

    @Test
    void typesTheTableDoesNotNameAreIgnored() {
        InstitutionRegistry r = InstitutionRegistry.of(List.of(
                new RegisteredInstitution(new InstitutionId(1), "x", "某機関", Set.of(new InstitutionType("某機関")), true),
                new RegisteredInstitution(new InstitutionId(2), "moj", "法務大臣",
                        Set.of(new InstitutionType("法務大臣"), new InstitutionType("某機関")), true)));
        Authorizer a = new Authorizer(TABLE, r);
        assertEquals(deny(Refusal.INQUIRER_NOT_IN_ITEM, "item 1 does not let 某機関 ask"),
                a.decide(new InstitutionId(1), 1, new InstitutionId(2), new Category("戸籍関係情報")));
        assertEquals(Set.of(), a.providable(new InstitutionId(1)));
    }

    /** Enough categories for several words of bits per provider type. */
    @Test
    void manyCategories(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringBuilder tsv = new StringBuilder("item\tinquirer\ttask\tprovider\tinformation\n");
        for (int i = 0; i < 150; i++) {
            tsv.append("1\t厚生労働大臣\t事務\t法務大臣\t第").append(i).append("号に関する情報\n");
        }
        tsv.append("1\t厚生労働大臣\t事務\t総務大臣\t最後に関する情報\n");
        AnnexTable t = AnnexTable.load(java.nio.file.Files.writeString(dir.resolve("t.tsv"), tsv),
                java.nio.file.Files.writeString(dir.resolve("g.tsv"), "name\tdefinition\tfirst_item\n"));
        InstitutionRegistry r = InstitutionRegistry.of(List.of(
                new RegisteredInstitution(new InstitutionId(1), "mhlw", "厚生労働大臣", Set.of(new InstitutionType("厚生労働大臣")), true),
                new RegisteredInstitution(new InstitutionId(2), "moj", "法務大臣", Set.of(new InstitutionType("法務大臣")), true),
                new RegisteredInstitution(new InstitutionId(3), "soumu", "総務大臣", Set.of(new InstitutionType("総務大臣")), true)));
        Authorizer a = new Authorizer(t, r);
        for (int i = 0; i < 150; i++) {
            Category c = new Category("第" + i + "号に関する情報");
            assertEquals(new Decision.Allow(1), a.decide(new InstitutionId(1), 1, new InstitutionId(2), c), c::toString);
            assertEquals(Refusal.CATEGORY_NOT_FROM_PROVIDER, reason(a.decide(new InstitutionId(1), 1, new InstitutionId(3), c)));
        }
        assertEquals(new Decision.Allow(1), a.decide(new InstitutionId(1), 1, new InstitutionId(3), new Category("最後に関する情報")));
        assertEquals(Refusal.CATEGORY_NOT_FROM_PROVIDER,
                reason(a.decide(new InstitutionId(1), 1, new InstitutionId(2), new Category("最後に関する情報"))));
        assertEquals(Refusal.PROVIDER_NOT_IN_ITEM,
                reason(a.decide(new InstitutionId(1), 1, new InstitutionId(1), new Category("最後に関する情報"))));
        assertEquals(151, a.providable(new InstitutionId(2)).size() + a.providable(new InstitutionId(3)).size());
    }
}
