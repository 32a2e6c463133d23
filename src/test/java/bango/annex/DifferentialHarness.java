package bango.annex;

import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random NET-2 queries biased to near misses, and the comparison of two deciders on them.
 *
 * <p>Each query starts from a random rule and a registered inquirer and provider of its types, then,
 * by a weighted draw, is kept as it is or changed in one place: the item (to another, often the
 * next), the category (to another of the item, or any), the provider (to any institution, or to one
 * whose assessment is not published), the inquirer, or to an id, item or category the table does
 * not know.
 */
final class DifferentialHarness {

    /** What a decider answered, without the detail text. */
    record Verdict(boolean allowed, int item, Refusal reason) {

        static Verdict allow(int item) {
            return new Verdict(true, item, null);
        }

        static Verdict deny(Refusal reason) {
            return new Verdict(false, 0, reason);
        }

        static Verdict of(Decision d) {
            if (d instanceof Decision.Allow a) {
                return allow(a.item());
            }
            return deny(((Decision.Deny) d).reason());
        }
    }

    /** Anything that decides queries. */
    interface Decider {
        Verdict decide(InstitutionId inquirer, int item, InstitutionId provider, Category category);
    }

    /** Queries, column by column. */
    record Queries(InstitutionId[] inquirers, int[] items, InstitutionId[] providers, Category[] categories) {
        int size() {
            return items.length;
        }

        String describe(int k) {
            return inquirers[k] + " asks " + providers[k] + " for " + categories[k] + " under item " + items[k];
        }
    }

    /** The outcome of a comparison: how many differed, and the first few. */
    record Comparison(int compared, int mismatches, List<String> examples, Map<String, Integer> verdicts) {
    }

    private DifferentialHarness() {
    }

    static Queries nearMisses(AnnexTable table, InstitutionRegistry registry, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Rule> rules = table.rules();
        List<RegisteredInstitution> all = registry.all();
        Map<InstitutionType, List<RegisteredInstitution>> byType = new HashMap<>();
        List<RegisteredInstitution> unpublished = new ArrayList<>();
        for (RegisteredInstitution i : all) {
            i.types().forEach(t -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(i));
            if (!i.assessmentPublished()) {
                unpublished.add(i);
            }
        }
        Map<Integer, List<Category>> categoriesOfItem = new HashMap<>();
        for (Rule r : rules) {
            List<Category> list = categoriesOfItem.computeIfAbsent(r.item(), k -> new ArrayList<>());
            if (!list.contains(r.category())) {
                list.add(r.category());
            }
        }
        List<Rule> usable = rules.stream().filter(r -> byType.containsKey(r.inquirer()) && byType.containsKey(r.provider())).toList();
        List<Category> categories = new ArrayList<>(table.categories());
        List<Category> strangers = List.of(new Category("氏名"), new Category("住所"), new Category("地方税関係"),
                new Category("住民票関係情報等"));
        int[] strangeItems = {0, -1, table.items() + 1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        Queries q = new Queries(new InstitutionId[count], new int[count], new InstitutionId[count], new Category[count]);
        for (int k = 0; k < count; k++) {
            Rule r = usable.get(random.nextInt(usable.size()));
            q.inquirers()[k] = pick(byType.get(r.inquirer()), random).id();
            q.items()[k] = r.item();
            q.providers()[k] = pick(byType.get(r.provider()), random).id();
            q.categories()[k] = r.category();
            int draw = random.nextInt(100);
            if (draw < 25) {
                continue; // a rule's own query
            } else if (draw < 37) {
                q.items()[k] = random.nextBoolean() ? 1 + random.nextInt(table.items()) : 1 + r.item() % table.items();
            } else if (draw < 52) {
                List<Category> ofItem = categoriesOfItem.get(r.item());
                q.categories()[k] = random.nextBoolean() ? ofItem.get(random.nextInt(ofItem.size()))
                        : categories.get(random.nextInt(categories.size()));
            } else if (draw < 67) {
                q.providers()[k] = pick(all, random).id();
            } else if (draw < 74) {
                q.providers()[k] = pick(unpublished.isEmpty() ? all : unpublished, random).id();
            } else if (draw < 82) {
                q.inquirers()[k] = pick(all, random).id();
            } else if (draw < 86) {
                InstitutionId stranger = new InstitutionId(1_000_000L + random.nextInt(1000));
                if (random.nextBoolean()) {
                    q.inquirers()[k] = stranger;
                } else {
                    q.providers()[k] = stranger;
                }
            } else if (draw < 90) {
                q.items()[k] = strangeItems[random.nextInt(strangeItems.length)];
            } else if (draw < 94) {
                q.categories()[k] = strangers.get(random.nextInt(strangers.size()));
            } else {
                q.inquirers()[k] = pick(all, random).id();
                q.items()[k] = 1 + random.nextInt(table.items());
                q.providers()[k] = pick(all, random).id();
                q.categories()[k] = categories.get(random.nextInt(categories.size()));
            }
        }
        return q;
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** Decides every query with both and counts where verdict or refusal reason differ. */
    static Comparison compare(Decider expected, Decider actual, Queries q) {
        int mismatches = 0;
        List<String> examples = new ArrayList<>();
        Map<String, Integer> verdicts = new HashMap<>();
        for (int k = 0; k < q.size(); k++) {
            Verdict want = expected.decide(q.inquirers()[k], q.items()[k], q.providers()[k], q.categories()[k]);
            Verdict got = actual.decide(q.inquirers()[k], q.items()[k], q.providers()[k], q.categories()[k]);
            verdicts.merge(want.allowed() ? "ALLOW" : want.reason().name(), 1, Integer::sum);
            if (!want.equals(got)) {
                mismatches++;
                if (examples.size() < 5) {
                    examples.add(q.describe(k) + ": expected " + want + ", got " + got);
                }
            }
        }
        return new Comparison(q.size(), mismatches, examples, verdicts);
    }

    /**
     * The sample registry, one institution per type of the table (ids from 101), a 町村長 that
     * manages a welfare office (and so is 都道府県知事等), and two of the one-per-type institutions
     * with unpublished assessments: many types, classes and refusals to meet.
     */
    static InstitutionRegistry mixedRegistry(AnnexTable table) {
        List<RegisteredInstitution> list = new ArrayList<>(InstitutionRegistry.sample().all());
        int n = 0;
        for (RegisteredInstitution i : InstitutionRegistry.onePerType(table).all()) {
            n++;
            list.add(new RegisteredInstitution(new InstitutionId(100L + n), "t-" + n, "型" + n + " " + i.name(), i.types(),
                    n % 29 != 7));
        }
        Set<InstitutionType> welfareTown = new LinkedHashSet<>(table.closure(Set.of(new InstitutionType("町村長"))));
        welfareTown.add(new InstitutionType("都道府県知事等"));
        list.add(new RegisteredInstitution(new InstitutionId(99), "welfare-town", "福祉事務所設置町村長", welfareTown, true));
        return InstitutionRegistry.of(list);
    }
}
