package bango.annex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who may obtain each category of Annex Table 2: for every category a rule names, the inquirer
 * types (情報照会者) of the rules that name it and, for each, the items (項) under which it may.
 * The same question {@code mayObtain} and {@code itemsFor} of {@code specs/alloy/annex2.als} answer
 * on the generated facts.
 */
public final class WhoMayObtain {

    /**
     * One category and who may obtain it.
     *
     * @param category  the category
     * @param inquirers each inquirer type, in the order its first rule for the category comes in the
     *                  table, with the items under which it may obtain the category, ascending
     */
    public record Entry(Category category, Map<InstitutionType, SortedSet<Integer>> inquirers) {

        public Entry {
            Objects.requireNonNull(category, "category");
            Map<InstitutionType, SortedSet<Integer>> copy = new LinkedHashMap<>();
            inquirers.forEach((t, items) -> copy.put(t, Collections.unmodifiableSortedSet(new TreeSet<>(items))));
            inquirers = Collections.unmodifiableMap(copy);
        }
    }

    private WhoMayObtain() {
    }

    /** Every category of {@code table}, in the order of {@link AnnexTable#categories()}. */
    public static List<Entry> of(AnnexTable table) {
        Map<Category, Map<InstitutionType, SortedSet<Integer>>> by = new LinkedHashMap<>();
        table.categories().forEach(c -> by.put(c, new LinkedHashMap<>()));
        for (Rule r : table.rules()) {
            by.get(r.category()).computeIfAbsent(r.inquirer(), t -> new TreeSet<>()).add(r.item());
        }
        List<Entry> entries = new ArrayList<>();
        by.forEach((c, inquirers) -> entries.add(new Entry(c, inquirers)));
        return List.copyOf(entries);
    }
}
