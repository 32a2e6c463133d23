package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * NET-6 on the real table: exchanged information is column-4 information only, never the four
 * basic facts (基本4情報: 氏名, 住所, 生年月日, 性別).
 */
@Covers({"NET-6"})
class Net6Test {

    static final List<String> BASIC_FACTS = List.of("氏名", "住所", "生年月日", "性別");

    @Test
    void noCategoryIsOrNamesOneOfTheFourBasicFacts() {
        Set<Category> categories = AnnexTable.bundled().categories();
        assertFalse(categories.isEmpty());
        for (Category c : categories) {
            for (String fact : BASIC_FACTS) {
                assertFalse(c.name().contains(fact), () -> c + " names " + fact);
            }
        }
    }

    /**
     * 住民票関係情報 is the resident register's 7条4号 (世帯主 or the relation to the 世帯主), not
     * 1号 to 3号 (氏名, 出生の年月日, 男女の別) nor 7号 (住所).
     */
    @Test
    void residentRegisterInformationIsNotTheBasicFacts() throws Exception {
        Glossary g = Glossary.parse("glossary", new String(AnnexTable.class.getResourceAsStream(AnnexTable.GLOSSARY_RESOURCE)
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("住民基本台帳法第七条第四号に規定する事項", g.term("住民票関係情報").orElseThrow().definition());
    }

    @Test
    void aQueryForABasicFactIsRefused() {
        InstitutionRegistry r = InstitutionRegistry.sample();
        Authorizer a = new Authorizer(AnnexTable.bundled(), r);
        for (String fact : BASIC_FACTS) {
            Decision d = a.decide(r.find("mhlw").orElseThrow().id(), 1, r.find("chiyoda").orElseThrow().id(), new Category(fact));
            assertTrue(d instanceof Decision.Deny deny && deny.reason() == Refusal.UNKNOWN_CATEGORY, d::toString);
        }
    }
}
