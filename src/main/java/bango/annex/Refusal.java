package bango.annex;

/**
 * Why a query was refused, in the order {@link Authorizer#decide} checks: the first that applies
 * is the reason.
 */
public enum Refusal {
    /** The inquirer is not a registered institution. */
    UNKNOWN_INQUIRER,
    /** The provider is not a registered institution. */
    UNKNOWN_PROVIDER,
    /** The table has no such item. */
    UNKNOWN_ITEM,
    /** No rule of the table names the category. */
    UNKNOWN_CATEGORY,
    /** No rule of the item names any type of the inquirer as inquirer (column 1). */
    INQUIRER_NOT_IN_ITEM,
    /** No rule of the item lets the inquirer ask any type of the provider (column 3). */
    PROVIDER_NOT_IN_ITEM,
    /** The item lets the inquirer ask the provider, but not for this category (column 4). */
    CATEGORY_NOT_FROM_PROVIDER,
    /** The table allows the query, but the provider's privacy impact assessment is not published. */
    ASSESSMENT_NOT_PUBLISHED
}
