package bango.annex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The classes of institution found while a table is loaded, merged by name. */
final class ClassBook {

    /** One definition of (part of) a class, as a cell, the glossary or the resolver gives it. */
    record Definition(InstitutionType name, Collection<InstitutionType> members,
            Collection<InstitutionType> conditionalMembers, boolean open, String text) {

        /**
         * The class {@code name} as an enumeration of {@code parties} defines it. A qualifier shared
         * by every name of the enumeration belongs to the class (医療保険各法により…を行う, before
         * 全国健康保険協会、…又は国民健康保険組合); one that only some names carry makes those
         * names conditional members (…福祉に関する事務所を管理する町村長).
         */
        static Definition of(InstitutionType name, List<Party> parties, String text) {
            boolean shared = parties.stream().map(Party::qualifier).distinct().count() == 1;
            List<InstitutionType> members = new ArrayList<>();
            List<InstitutionType> conditional = new ArrayList<>();
            for (Party p : parties) {
                (shared || p.qualifier().isEmpty() ? members : conditional).add(p.type());
            }
            return new Definition(name, members, conditional, false, text);
        }
    }

    private final Map<InstitutionType, Builder> classes = new LinkedHashMap<>();

    private static final class Builder {
        final Set<InstitutionType> members = new LinkedHashSet<>();
        final Set<InstitutionType> conditional = new LinkedHashSet<>();
        final Set<String> texts = new LinkedHashSet<>();
        boolean open;
    }

    /** The classes every table has: a 市町村長 is the head of a 市, a 町 or a 村. */
    static ClassBook withLocalGovernment() {
        ClassBook book = new ClassBook();
        book.add(new Definition(LocalGovernment.MUNICIPALITY.head, LocalGovernment.MUNICIPAL_HEADS, List.of(), false,
                "市町村の長: 市長又は町村長"));
        return book;
    }

    void add(Definition d) {
        Builder b = classes.computeIfAbsent(d.name(), k -> new Builder());
        b.members.addAll(d.members());
        b.conditional.addAll(d.conditionalMembers());
        b.conditional.removeAll(b.members);
        b.open |= d.open();
        b.texts.add(d.text());
    }

    /** Every institution of type {@code member} belongs to the class {@code name}. */
    boolean implies(InstitutionType name, InstitutionType member) {
        Builder b = classes.get(name);
        return b != null && b.members.contains(member);
    }

    List<InstitutionClass> build() {
        List<InstitutionClass> built = new ArrayList<>();
        classes.forEach((name, b) -> built.add(
                new InstitutionClass(name, b.members, b.conditional, b.open, String.join("; ", b.texts))));
        return built;
    }
}
