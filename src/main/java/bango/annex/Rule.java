package bango.annex;

import java.util.Objects;

/**
 * One resolved rule of Annex Table 2: under item {@code item}, an institution of type
 * {@code inquirer} (情報照会者) may obtain {@code category} (利用特定個人情報) from an institution of
 * type {@code provider} (情報提供者). {@link AnnexTable#sources(Rule)} gives the cells as written.
 */
public record Rule(int item, InstitutionType inquirer, InstitutionType provider, Category category) {

    public Rule {
        if (item < 1) {
            throw new IllegalArgumentException("an item number is at least 1, not " + item);
        }
        Objects.requireNonNull(inquirer, "inquirer");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(category, "category");
    }
}
