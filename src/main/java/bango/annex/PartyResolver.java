package bango.annex;

import bango.annex.Glossary.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a column-1 or column-3 cell to the institution types it names.
 *
 * <p>A cell is an enumeration (A、B又はC, A若しくはB又はC) of names, each possibly preceded by a
 * qualifier and followed by a parenthetical. A name is written in kanji and katakana (with の, ・
 * and parentheticals inside), so it starts after the last other character: the qualifier ends in a
 * verb or particle (…に規定する, …である, …を行う, …の同意を得た). A name is:
 * <ul>
 *   <li>a term the glossary defines as a party (医療保険者, 共済組合等, 都道府県知事等, 市町村長);</li>
 *   <li>a name ending in the title of an office or the kind of a body (…大臣, …長官, …知事, …市長,
 *       …町村長, …区長, …委員会, …機構, …協会, …組合, …連合会, …事業団, …基金, …広域連合,
 *       …機関, …法人, …の長), possibly with 等;</li>
 *   <li>a local body and の長, which names the body's head (保健所を設置する市の長 → 市長,
 *       都道府県の長 → 都道府県知事); in 市町村又は都道府県の長 the の長 is shared;</li>
 *   <li>a description of whoever pays a benefit (…の支給を行うこととされている者), which is a type of
 *       its own, named by the description without its citations.</li>
 * </ul>
 * A qualifier narrows the role, not the type: 公営住宅法…に規定する事業主体である都道府県知事又は
 * 市町村長 resolves to 都道府県知事 and 市町村長, and the words are kept with each. A qualifier
 * before the first name applies to the names after it that have none of their own.
 *
 * <p>Parentheticals after a name: a citation of a law is ignored; （Xを含む。） adds the types X
 * names (市長（特別区の区長を含む。） → 市長, 特別区の区長) unless the name's class already
 * includes them, and is kept as a note when X is not a party (市町村長（児童手当法第十七条第一項の
 * 表の下欄に掲げる者を含む。）); an enumeration after a name ending in 等 defines that class
 * (行政機関の長等（行政機関の長、地方公共団体の機関、…）); a definition (…をいう。) is ignored.
 * Anything else is not resolved.
 *
 * <p>A cell that is, but for citations, the definition of a glossary term is that term: the
 * transcription dropped （以下「都道府県知事等」という。） where the term is defined (item 13).
 */
final class PartyResolver {

    /** Endings of names of offices and bodies. */
    static final List<String> HEADS = List.of("大臣", "長官", "知事", "市長", "町村長", "区長", "委員会", "機構",
            "協会", "組合", "連合会", "事業団", "基金", "広域連合", "機関", "法人", "の長");

    /** The ending of a description of whoever pays a benefit. */
    static final String FUNCTIONAL_ENDING = "こととされている者";

    static final String HEAD_OF = "の長";
    static final String INCLUDES = "を含む";
    static final String AND_OTHER = "その他の";
    static final String CLASS_MARK = "等";

    private final Set<String> partyTerms = new HashSet<>();
    private final Map<String, String> termByDefinition = new HashMap<>();
    private final ClassBook classes;

    /** What an enumeration resolved to, and the classes it defines along the way. */
    record Resolved(List<Party> parties, List<ClassBook.Definition> definitions) {
    }

    /** One name of an enumeration. */
    private record Element(List<InstitutionType> types, String written, String prefix, String qualifier,
            boolean describesPayer, List<ClassBook.Definition> definitions) {
    }

    PartyResolver(Glossary glossary, ClassBook classes) {
        this.classes = classes;
        learnPartyTerms(glossary);
    }

    /** The glossary terms that name parties: those whose definitions resolve as parties. */
    private void learnPartyTerms(Glossary glossary) {
        List<Term> pending = new ArrayList<>();
        for (Term t : glossary.terms()) {
            if (!t.isCategory()) {
                pending.add(t);
            }
        }
        boolean learned = true;
        while (learned) {
            learned = false;
            for (Iterator<Term> it = pending.iterator(); it.hasNext(); ) {
                if (learn(it.next())) {
                    it.remove();
                    learned = true;
                }
            }
        }
        // What remains names laws, benefits and the like (医療保険各法, 旧特例給付, 外国人).
    }

    private boolean learn(Term t) {
        String definition = withoutScopeNote(t.definition());
        InstitutionType term = new InstitutionType(t.name());
        if (definition.endsWith(INCLUDES)) {
            List<InstitutionType> included = includedTypes(definition.substring(0, definition.length() - INCLUDES.length()));
            if (included == null) {
                return false;
            }
            partyTerms.add(t.name());
            classes.add(new ClassBook.Definition(term, included, List.of(), false, t.definition()));
            return true;
        }
        Resolved r = tryResolveList(definition);
        if (r == null) {
            return false;
        }
        partyTerms.add(t.name());
        termByDefinition.put(LegalText.withoutCitations(definition), t.name());
        r.definitions().forEach(classes::add);
        if (!(r.parties().size() == 1 && r.parties().get(0).type().equals(term))) {
            classes.add(ClassBook.Definition.of(term, r.parties(), t.definition()));
        }
        return true;
    }

    /** A definition without a trailing note of its scope (（以下この条において同じ）). */
    private static String withoutScopeNote(String definition) {
        LegalText.Tail tail = LegalText.balanced(definition) ? LegalText.tail(definition) : new LegalText.Tail(definition, null);
        if (tail.parenthetical() == null) {
            return definition;
        }
        String inner = tail.parenthetical().substring(1, tail.parenthetical().length() - 1);
        return inner.startsWith("以下") || inner.endsWith("において") ? tail.head() : definition;
    }

    /**
     * The parties {@code cell} names, in order; the classes it defines are added to the book.
     *
     * @throws Unresolved naming the first fragment that is not a party
     */
    List<Party> resolveCell(String cell) throws Unresolved {
        String term = termByDefinition.get(LegalText.withoutCitations(cell));
        if (term != null) {
            return List.of(new Party(new InstitutionType(term), cell, ""));
        }
        Resolved r = resolveList(cell);
        r.definitions().forEach(classes::add);
        return r.parties();
    }

    private Resolved tryResolveList(String text) {
        try {
            return resolveList(text);
        } catch (Unresolved e) {
            return null;
        }
    }

    /** Resolves an enumeration; pure: the classes it defines are returned, not added. */
    Resolved resolveList(String text) throws Unresolved {
        List<LegalText.Piece> pieces = LegalText.splitTopLevel(text);
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).text().isBlank()) {
                String separator = i == 0 ? pieces.get(1).separator() : pieces.get(i).separator();
                throw new Unresolved(separator, "nothing " + (i == 0 ? "before" : "after") + " '" + separator + "'");
            }
        }
        boolean sharedHeadOf = pieces.size() > 1 && pieces.get(pieces.size() - 1).text().strip().endsWith(HEAD_OF);
        List<Element> elements = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (LegalText.Piece piece : pieces) {
            if (pending.length() > 0) {
                pending.append(piece.separator());
            }
            pending.append(piece.text());
            Element e = recognize(pending.toString().strip(), sharedHeadOf);
            if (e != null) {
                elements.add(e);
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            String fragment = pending.toString().strip();
            throw new Unresolved(fragment, "'" + fragment + "' is not an institution the resolver knows");
        }
        return distribute(elements);
    }

    /** The qualifier of the first name goes to the names after it that have none. */
    private static Resolved distribute(List<Element> elements) {
        String leading = elements.get(0).prefix();
        List<Party> parties = new ArrayList<>();
        List<ClassBook.Definition> definitions = new ArrayList<>();
        for (Element e : elements) {
            boolean inherits = !leading.isEmpty() && e.prefix().isEmpty() && !e.describesPayer();
            String written = inherits ? leading + e.written() : e.written();
            String qualifier = inherits ? leading + e.qualifier() : e.qualifier();
            for (InstitutionType t : e.types()) {
                parties.add(new Party(t, written, qualifier));
            }
            definitions.addAll(e.definitions());
        }
        return new Resolved(parties, definitions);
    }

    /** The name {@code text} ends with, with its qualifier, or null if it does not end with one. */
    private Element recognize(String text, boolean sharedHeadOf) {
        if (text.isEmpty() || !LegalText.balanced(text)) {
            return null;
        }
        String plain = LegalText.withoutCitations(text);
        if (plain.endsWith(FUNCTIONAL_ENDING)) {
            return payer(text, plain);
        }
        Element e = named(text, text);
        if (e == null && sharedHeadOf) {
            if (LocalGovernment.endingOf(LegalText.tail(text).head()) != null) {
                e = named(text + HEAD_OF, text);
            }
        }
        return e;
    }

    /**
     * Whoever pays a benefit: a type named by the description; 医療保険者その他の…者 is an open
     * class with 医療保険者 among its members.
     */
    private Element payer(String written, String plain) {
        InstitutionType type = new InstitutionType(plain);
        List<ClassBook.Definition> definitions = new ArrayList<>();
        int other = plain.indexOf(AND_OTHER);
        if (other > 0) {
            String example = plain.substring(0, other);
            if (partyTerms.contains(example) || (hasHead(example) && LegalText.nameStart(example) == 0)) {
                definitions.add(new ClassBook.Definition(type, List.of(new InstitutionType(example)), List.of(), true,
                        plain));
            }
        }
        return new Element(List.of(type), written, "", "", true, definitions);
    }

    private Element named(String text, String written) {
        LegalText.Tail tail = LegalText.tail(text);
        String core = tail.head();
        String parenthetical = tail.parenthetical();
        int cut = LegalText.nameStart(core);
        String prefix = core.substring(0, cut);
        String name = core.substring(cut);
        if (name.isEmpty() || LegalText.SEPARATORS.stream().anyMatch(prefix::endsWith)) {
            return null;
        }
        List<InstitutionType> types = new ArrayList<>();
        String qualifier = prefix;
        if (name.endsWith(HEAD_OF) && name.indexOf(LegalText.OPEN) >= 0 || isHeadOfLocalBody(name)) {
            LegalText.Tail bodyTail = LegalText.tail(name.substring(0, name.length() - HEAD_OF.length()));
            String body = bodyTail.head();
            String bodyParenthetical = bodyTail.parenthetical();
            LocalGovernment g = LocalGovernment.endingOf(body);
            if (g == null || body.indexOf(LegalText.OPEN) >= 0) {
                return null;
            }
            types.add(g.head);
            if (!body.equals(g.body)) {
                qualifier = prefix + body;
            }
            if (bodyParenthetical != null && !LegalText.isCitation(bodyParenthetical)) {
                List<InstitutionType> included = includedBy(bodyParenthetical);
                if (included == null) {
                    return null;
                }
                addIncluded(types, included);
            }
        } else if (name.indexOf(LegalText.OPEN) < 0 && (partyTerms.contains(name) || hasHead(name))) {
            types.add(new InstitutionType(name));
        } else {
            return null;
        }
        List<ClassBook.Definition> definitions = new ArrayList<>();
        if (parenthetical != null && !after(name, parenthetical, types, definitions)) {
            return null;
        }
        return new Element(types, written, prefix, qualifier, false, definitions);
    }

    /** 市の長, 都道府県の長, 試験実施指定都市の長: the head of a local body. */
    private static boolean isHeadOfLocalBody(String name) {
        return name.endsWith(HEAD_OF) && LocalGovernment.endingOf(name.substring(0, name.length() - HEAD_OF.length())) != null;
    }

    /**
     * Reads the parenthetical after {@code name}: adds included types to {@code types} or the class
     * it defines to {@code definitions}; false if it is none of the kinds the resolver knows.
     */
    private boolean after(String name, String parenthetical, List<InstitutionType> types,
            List<ClassBook.Definition> definitions) {
        if (LegalText.isCitation(parenthetical)) {
            return true;
        }
        String inner = parenthetical.substring(1, parenthetical.length() - 1);
        String included = includedText(inner);
        if (included != null) {
            List<InstitutionType> extra = includedTypes(included);
            if (extra != null) {
                addIncluded(types, extra);
            }
            // Otherwise a note on who else acts in the role (…に掲げる者を含む。): kept in the words.
            return true;
        }
        if (name.endsWith(CLASS_MARK)) {
            Resolved members = tryResolveList(inner);
            if (members != null) {
                definitions.addAll(members.definitions());
                definitions.add(ClassBook.Definition.of(types.get(0), members.parties(), inner));
                return true;
            }
        }
        return inner.endsWith("をいう。") || inner.endsWith("という。");
    }

    /** The types a （…を含む。） parenthetical adds, or null if it is not one or names no party. */
    private List<InstitutionType> includedBy(String parenthetical) {
        String included = includedText(parenthetical.substring(1, parenthetical.length() - 1));
        return included == null ? null : includedTypes(included);
    }

    /** X of a parenthetical whose first sentence is Xを含む, or null. */
    private static String includedText(String inner) {
        int stop = inner.indexOf('。');
        String first = stop < 0 ? inner : inner.substring(0, stop);
        return first.endsWith(INCLUDES) && first.length() > INCLUDES.length()
                ? first.substring(0, first.length() - INCLUDES.length())
                : null;
    }

    /** The types X names in Xを含む: a local body (特別区 → 特別区の区長) or parties; null if neither. */
    private List<InstitutionType> includedTypes(String text) {
        for (LocalGovernment g : LocalGovernment.values()) {
            if (g.body.equals(text)) {
                return List.of(g.head);
            }
        }
        Resolved r = tryResolveList(text);
        return r == null ? null : r.parties().stream().map(Party::type).toList();
    }

    /** Adds the included types the first type's class does not already include. */
    private void addIncluded(List<InstitutionType> types, List<InstitutionType> included) {
        for (InstitutionType t : included) {
            if (!types.contains(t) && !classes.implies(types.get(0), t)) {
                types.add(t);
            }
        }
    }

    static boolean hasHead(String name) {
        String n = name.endsWith(CLASS_MARK) ? name.substring(0, name.length() - CLASS_MARK.length()) : name;
        for (String head : HEADS) {
            if (n.endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
