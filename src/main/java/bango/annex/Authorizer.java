package bango.annex;

import bango.codes.InstitutionId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The core system's check of a query against Annex Table 2 (NET-2): an inquirer (情報照会者) asks,
 * under an item, a provider (情報提供者) for a category of information (利用特定個人情報).
 *
 * <p>Everything is worked out when the authorizer is made: institutions with the same types share
 * one index, which holds for each item a bit set of categories per provider type. A decision is two
 * hash look-ups for the institutions, one for the category, and a few bit tests; it allocates
 * nothing when it allows, and only its detail text when it refuses.
 */
public final class Authorizer {

    private final AnnexTable table;
    private final InstitutionRegistry registry;
    private final int items;
    private final Map<Category, Integer> categoryIds = new HashMap<>();
    private final Map<InstitutionType, Integer> typeIds = new HashMap<>();
    /** Longs per provider type in an item's bit set: one bit per category. */
    private final int words;
    private final Map<InstitutionId, Entry> entries = new HashMap<>();
    private final Decision.Allow[] allows;

    /** A registered institution and the index of its types. */
    private record Entry(RegisteredInstitution institution, Index index) {
    }

    /**
     * What institutions with one set of types may do: their types among the table's, and for each
     * item they may ask under, a bit per (provider type, category) (null where they may not).
     */
    private record Index(int[] typeIds, long[][] asks, Set<Category> providable) {
    }

    public Authorizer(AnnexTable table, InstitutionRegistry registry) {
        this.table = Objects.requireNonNull(table, "table");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.items = table.items();
        for (Category c : table.categories()) {
            categoryIds.put(c, categoryIds.size());
        }
        for (InstitutionType t : table.institutionTypes()) {
            typeIds.put(t, typeIds.size());
        }
        this.words = Math.max(1, (categoryIds.size() + 63) / 64);
        this.allows = new Decision.Allow[items + 1];
        for (int i = 1; i <= items; i++) {
            allows[i] = new Decision.Allow(i);
        }
        int[][] rules = new int[table.rules().size()][];
        for (int k = 0; k < rules.length; k++) {
            Rule r = table.rules().get(k);
            rules[k] = new int[] {r.item(), typeIds.get(r.inquirer()), typeIds.get(r.provider()), categoryIds.get(r.category())};
        }
        List<Category> categories = List.copyOf(table.categories());
        Map<Set<Integer>, Index> byTypes = new HashMap<>();
        for (RegisteredInstitution i : registry.all()) {
            Set<Integer> ids = new TreeSet<>();
            for (InstitutionType t : i.types()) {
                Integer id = typeIds.get(t);
                if (id != null) {
                    ids.add(id);
                }
            }
            entries.put(i.id(), new Entry(i, byTypes.computeIfAbsent(ids, k -> index(k, rules, categories))));
        }
    }

    /** The index of institutions with {@code types}, from the rules as (item, inquirer, provider, category) ids. */
    private Index index(Set<Integer> types, int[][] rules, List<Category> categories) {
        boolean[] has = new boolean[typeIds.size()];
        types.forEach(t -> has[t] = true);
        long[][] asks = new long[items + 1][];
        boolean[] provides = new boolean[categories.size()];
        for (int[] r : rules) {
            int item = r[0];
            int c = r[3];
            if (has[r[1]]) {
                if (asks[item] == null) {
                    asks[item] = new long[typeIds.size() * words];
                }
                asks[item][r[2] * words + (c >>> 6)] |= 1L << c;
            }
            provides[c] |= has[r[2]];
        }
        Set<Category> providable = new LinkedHashSet<>();
        for (int c = 0; c < provides.length; c++) {
            if (provides[c]) {
                providable.add(categories.get(c));
            }
        }
        return new Index(types.stream().mapToInt(Integer::intValue).toArray(), asks,
                Collections.unmodifiableSet(providable));
    }

    /**
     * NET-2: allowed only if a rule matches inquirer (by any of its types), item, provider (by any
     * of its types) and category, and the provider's privacy impact assessment is published
     * (番号利用法21条2項, 28条6項). A refusal gives the first of the {@link Refusal} reasons, in their
     * order, that applies.
     */
    public Decision decide(InstitutionId inquirer, int item, InstitutionId provider, Category category) {
        Objects.requireNonNull(inquirer, "inquirer");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(category, "category");
        Entry asking = entries.get(inquirer);
        if (asking == null) {
            return new Decision.Deny(Refusal.UNKNOWN_INQUIRER, "no institution " + inquirer + " is registered");
        }
        Entry asked = entries.get(provider);
        if (asked == null) {
            return new Decision.Deny(Refusal.UNKNOWN_PROVIDER, "no institution " + provider + " is registered");
        }
        if (item < 1 || item > items) {
            return new Decision.Deny(Refusal.UNKNOWN_ITEM,
                    "Annex Table 2 has no item " + item + " (its items are 1 to " + items + ")");
        }
        Integer c = categoryIds.get(category);
        if (c == null) {
            return new Decision.Deny(Refusal.UNKNOWN_CATEGORY, "no rule of Annex Table 2 gives '" + category.name() + "'");
        }
        long[] bits = asking.index().asks()[item];
        if (bits == null) {
            return new Decision.Deny(Refusal.INQUIRER_NOT_IN_ITEM,
                    "item " + item + " does not let " + asking.institution().name() + " ask");
        }
        int word = c >>> 6;
        long bit = 1L << c;
        boolean provides = false;
        for (int t : asked.index().typeIds()) {
            int base = t * words;
            if ((bits[base + word] & bit) != 0) {
                return asked.institution().assessmentPublished() ? allows[item]
                        : new Decision.Deny(Refusal.ASSESSMENT_NOT_PUBLISHED,
                                asked.institution().name() + "'s privacy impact assessment is not published");
            }
            provides = provides || any(bits, base);
        }
        if (!provides) {
            return new Decision.Deny(Refusal.PROVIDER_NOT_IN_ITEM, "item " + item + " does not let "
                    + asking.institution().name() + " ask " + asked.institution().name());
        }
        return new Decision.Deny(Refusal.CATEGORY_NOT_FROM_PROVIDER, "no rule of item " + item + " gives "
                + category.name() + " from " + asked.institution().name());
    }

    private boolean any(long[] bits, int base) {
        for (int w = 0; w < words; w++) {
            if (bits[base + w] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The categories {@code provider} may be asked for under any rule, in the order of
     * {@link AnnexTable#categories()} (used to register its copies, IS-2); empty for an institution
     * that is not registered.
     */
    public Set<Category> providable(InstitutionId provider) {
        Entry e = entries.get(provider);
        return e == null ? Set.of() : e.index().providable();
    }

    public AnnexTable table() {
        return table;
    }

    public InstitutionRegistry registry() {
        return registry;
    }
}
