package bango.annex;

import java.util.Objects;
import java.util.Set;

/**
 * A name of the table that stands for several types of institution: 医療保険者 (全国健康保険協会,
 * 健康保険組合, ..., 市町村長 or 国民健康保険組合), 共済組合等, 都道府県知事等, 市町村長 (市長,
 * 町村長 and, by the glossary, 特別区の区長), 行政機関の長等.
 *
 * <p>Rules keep the class's name as their type; an institution has the class among its types when
 * it belongs to it (see {@link AnnexTable#closure}).
 *
 * @param name               the class as the table names it
 * @param members            types every institution of which belongs to the class
 * @param conditionalMembers types some institutions of which belong to it, as a qualifier of the
 *                           definition says (都道府県知事等: the 町村長 that manages a welfare office,
 *                           福祉に関する事務所を管理する町村長); a registry says which
 * @param open               the definition names examples rather than all members (…その他の法令に
 *                           よる…給付の支給を行うこととされている者): other institutions may belong
 * @param definition         where the class comes from, as written
 */
public record InstitutionClass(InstitutionType name, Set<InstitutionType> members,
        Set<InstitutionType> conditionalMembers, boolean open, String definition) {

    public InstitutionClass {
        Objects.requireNonNull(name, "name");
        members = Set.copyOf(members);
        conditionalMembers = Set.copyOf(conditionalMembers);
        Objects.requireNonNull(definition, "definition");
    }

    /** An institution of {@code type} may belong to this class. */
    public boolean admits(InstitutionType type) {
        return members.contains(type) || conditionalMembers.contains(type);
    }
}
