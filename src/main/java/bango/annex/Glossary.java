package bango.annex;

import bango.annex.AnnexFormatException.Problem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terms the ordinance defines in a cell and uses by name afterwards (定義語): categories
 * (地方税関係情報), parties (医療保険者, 共済組合等) and abbreviations of laws (医療保険各法), as
 * {@code annex2-2024-glossary.tsv} lists them: name, definition, item where defined.
 */
final class Glossary {

    static final String HEADER = "name\tdefinition\tfirst_item";

    /** One defined term. */
    record Term(String name, String definition, int firstItem, int line) {

        /** Category terms end in 情報 (…関係情報); the others name parties or laws. */
        boolean isCategory() {
            return name.endsWith("情報");
        }
    }

    private final Map<String, Term> terms;

    private Glossary(Map<String, Term> terms) {
        this.terms = terms;
    }

    static Glossary parse(String file, String text) throws AnnexFormatException {
        List<String> lines = TsvLines.of(text);
        TsvLines.requireHeader(file, lines, HEADER);
        Map<String, Term> terms = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String[] f = TsvLines.fields(file, lineNumber, lines.get(i), 3);
            int firstItem = TsvLines.itemNumber(file, lineNumber, f[2]);
            Term term = new Term(f[0], f[1], firstItem, lineNumber);
            Term earlier = terms.putIfAbsent(term.name(), term);
            if (earlier != null) {
                throw new AnnexFormatException(Problem.DUPLICATE, file, lineNumber, null, null, term.name(),
                        "'" + term.name() + "' is defined again (first on line " + earlier.line() + ")");
            }
        }
        return new Glossary(terms);
    }

    Optional<Term> term(String name) {
        return Optional.ofNullable(terms.get(name));
    }

    Collection<Term> terms() {
        return terms.values();
    }

    boolean definesCategory(String name) {
        Term t = terms.get(name);
        return t != null && t.isCategory();
    }
}
