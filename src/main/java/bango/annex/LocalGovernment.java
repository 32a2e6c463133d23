package bango.annex;

import java.util.List;

/**
 * The kinds of local public body (地方公共団体) whose heads the table names, and the title of each
 * head: 都道府県 → 都道府県知事, 市町村 → 市町村長, 市 → 市長, 町村 → 町村長, 特別区 → 特別区の区長.
 * The table also writes a head as the body and の長 (保健所を設置する市の長, 都道府県の長).
 */
enum LocalGovernment {
    PREFECTURE("都道府県", "都道府県知事"),
    MUNICIPALITY("市町村", "市町村長"),
    SPECIAL_WARD("特別区", "特別区の区長"),
    TOWN_OR_VILLAGE("町村", "町村長"),
    CITY("市", "市長");

    /** The body as the table writes it. */
    final String body;
    /** The title of its head. */
    final InstitutionType head;

    LocalGovernment(String body, String head) {
        this.body = body;
        this.head = new InstitutionType(head);
    }

    /**
     * The kind {@code text} ends with (試験実施指定都市 is a 市), the longest body first, or null.
     */
    static LocalGovernment endingOf(String text) {
        for (LocalGovernment g : values()) {
            if (text.endsWith(g.body)) {
                return g;
            }
        }
        return null;
    }

    /** A 市町村長 is the head of a 市, a 町 or a 村. */
    static final List<InstitutionType> MUNICIPAL_HEADS = List.of(CITY.head, TOWN_OR_VILLAGE.head);
}
