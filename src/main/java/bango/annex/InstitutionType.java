package bango.annex;

/**
 * A type of institution as Annex Table 2 names it in column 1 (情報照会者) or column 3
 * (情報提供者), e.g. 厚生労働大臣, 市町村長, 健康保険組合, 都道府県知事. A name defined as a class
 * (医療保険者, 共済組合等, 都道府県知事等, ...) is a type too: see {@link InstitutionClass}.
 *
 * @param name the name as the table writes it, without qualifiers
 */
public record InstitutionType(String name) {

    public InstitutionType {
        Names.requireName(name, "an institution type");
    }

    @Override
    public String toString() {
        return name;
    }
}
