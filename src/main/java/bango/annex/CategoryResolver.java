package bango.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves a column-4 cell to its categories (利用特定個人情報).
 *
 * <p>A cell enumerates categories (地方税関係情報、住民票関係情報又は介護保険給付等関係情報). A
 * category is a term the glossary defines (…関係情報) or the Act defines ({@link #ACT_TERMS}), or a
 * description as the table writes it,
 * ending in に関する情報 (予防接種法による予防接種の実施に関する情報). The enumeration is split only
 * after a complete category, at 、, 又は or 若しくは following 情報: inside a description the same
 * conjunctions join its parts (児童福祉法による障害児通所支援若しくは母子保健法による妊娠の届出に
 * 関する情報), which stay one category as written, since splitting them would need the law's
 * reading of what each part shares.
 */
final class CategoryResolver {

    static final String DEFINED_ENDING = "関係情報";
    static final String DESCRIBED_ENDING = "に関する情報";
    private static final String INFORMATION = "情報";

    /**
     * Categories the table uses by name that the Act defines, not the ordinance, so that the
     * glossary does not list them: 戸籍関係情報 (番号利用法 9条3項: what 法務大臣 prepares from the
     * family registers to provide).
     */
    static final Set<String> ACT_TERMS = Set.of("戸籍関係情報");

    private final Glossary glossary;

    CategoryResolver(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * The categories {@code cell} names, in order.
     *
     * @throws Unresolved naming the first fragment that is not a category
     */
    List<Category> resolve(String cell) throws Unresolved {
        List<Category> categories = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        List<LegalText.Piece> pieces = LegalText.splitTopLevel(cell);
        for (LegalText.Piece piece : pieces) {
            if (pending.length() > 0) {
                pending.append(piece.separator());
            } else if (piece.text().isBlank()) {
                String separator = piece.separator().isEmpty() ? pieces.get(1).separator() : piece.separator();
                throw new Unresolved(separator, "nothing " + (piece.separator().isEmpty() ? "before" : "after")
                        + " '" + separator + "'");
            }
            pending.append(piece.text());
            if (pending.toString().strip().endsWith(INFORMATION)) {
                categories.add(category(pending.toString().strip()));
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            String fragment = pending.toString().strip();
            throw new Unresolved(fragment, "'" + fragment + "' is not information (it should end in "
                    + DESCRIBED_ENDING + " or be a defined …" + DEFINED_ENDING + ")");
        }
        return categories;
    }

    private Category category(String text) throws Unresolved {
        if (glossary.definesCategory(text) || ACT_TERMS.contains(text)) {
            return new Category(text);
        }
        if (text.endsWith(DEFINED_ENDING)) {
            throw new Unresolved(text, "'" + text + "' is not a category the glossary or the Act defines");
        }
        if (text.endsWith(DESCRIBED_ENDING) && text.length() > DESCRIBED_ENDING.length() && LegalText.balanced(text)) {
            return new Category(LegalText.withoutCitations(text));
        }
        throw new Unresolved(text, "'" + text + "' is neither a defined category nor a description ending in "
                + DESCRIBED_ENDING);
    }
}
