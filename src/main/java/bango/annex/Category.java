package bango.annex;

/**
 * A column-4 category of information (利用特定個人情報), e.g. 地方税関係情報: a term the table
 * defines, or a description as the table writes it (…に関する情報).
 *
 * @param name the category's name
 */
public record Category(String name) {

    public Category {
        Names.requireName(name, "a category");
    }

    @Override
    public String toString() {
        return name;
    }
}
