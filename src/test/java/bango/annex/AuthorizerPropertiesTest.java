package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import bango.Covers;
import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Authorizer#decide} over random queries on the bundled table, with the
 * registry of {@link DifferentialHarness#mixedRegistry}. QuickTheories with a fixed seed.
 */
@Covers({"NET-2"})
class AuthorizerPropertiesTest {

    static final long SEED = 0x4E45_5432L; // "NET2"
    static final AnnexTable TABLE = AnnexTable.bundled();
    static final InstitutionRegistry REGISTRY = DifferentialHarness.mixedRegistry(TABLE);
    static final Authorizer AUTHORIZER = new Authorizer(TABLE, REGISTRY);
    static final List<RegisteredInstitution> ALL = REGISTRY.all();
    static final List<Category> CATEGORIES = new ArrayList<>(TABLE.categories());

    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }

    static Gen<Integer> institution() {
        return integers().between(0, ALL.size() - 1);
    }

    static Gen<Integer> rule() {
        return integers().between(0, TABLE.rules().size() - 1);
    }

    static Gen<Integer> category() {
        return integers().between(0, CATEGORIES.size() - 1);
    }

    static Gen<Integer> item() {
        return integers().between(-2, TABLE.items() + 2);
    }

    static List<RegisteredInstitution> ofType(InstitutionType t, boolean published) {
        return ALL.stream().filter(i -> i.types().contains(t) && i.assessmentPublished() == published).toList();
    }

    @Test
    void aDecisionDependsOnlyOnItsQuery() {
        Authorizer again = new Authorizer(TABLE, REGISTRY);
        qt(2000).forAll(institution(), item(), institution(), category()).checkAssert((i, n, p, c) -> {
            InstitutionId inquirer = ALL.get(i).id();
            InstitutionId provider = ALL.get(p).id();
            Decision first = AUTHORIZER.decide(inquirer, n, provider, CATEGORIES.get(c));
            assertEquals(first, AUTHORIZER.decide(inquirer, n, provider, CATEGORIES.get(c)));
            assertEquals(first, again.decide(inquirer, n, provider, new Category(CATEGORIES.get(c).name())));
        });
    }

    @Test
    void everyRulesOwnQueryIsAllowedWhenTheProviderPublished() {
        qt(3000).forAll(rule(), integers().between(0, 1000), integers().between(0, 1000)).checkAssert((k, a, b) -> {
            Rule r = TABLE.rules().get(k);
            List<RegisteredInstitution> inquirers = ALL.stream().filter(i -> i.types().contains(r.inquirer())).toList();
            List<RegisteredInstitution> providers = ofType(r.provider(), true);
            assertTrue(!inquirers.isEmpty() && !providers.isEmpty(), r::toString);
            Decision d = AUTHORIZER.decide(inquirers.get(a % inquirers.size()).id(), r.item(),
                    providers.get(b % providers.size()).id(), r.category());
            assertEquals(new Decision.Allow(r.item()), d, r::toString);
        });
    }

    @Test
    void everyRuleIsAllowedForOneInstitutionPerType() {
        InstitutionRegistry onePerType = InstitutionRegistry.onePerType(TABLE);
        Authorizer a = new Authorizer(TABLE, onePerType);
        for (Rule r : TABLE.rules()) {
            InstitutionId inquirer = onePerType.find(r.inquirer().name()).orElseThrow().id();
            InstitutionId provider = onePerType.find(r.provider().name()).orElseThrow().id();
            assertEquals(new Decision.Allow(r.item()), a.decide(inquirer, r.item(), provider, r.category()), r::toString);
        }
    }

    @Test
    void aRulesQueryToAnUnpublishedProviderIsRefusedForThatAlone() {
        qt(500).forAll(rule(), integers().between(0, 1000), integers().between(0, 1000)).checkAssert((k, a, b) -> {
            Rule r = TABLE.rules().get(k);
            List<RegisteredInstitution> unpublished = ofType(r.provider(), false);
            if (unpublished.isEmpty()) {
                return;
            }
            RegisteredInstitution provider = unpublished.get(b % unpublished.size());
            List<RegisteredInstitution> inquirers = ALL.stream().filter(i -> i.types().contains(r.inquirer())).toList();
            InstitutionId inquirer = inquirers.get(a % inquirers.size()).id();
            Decision.Deny d = (Decision.Deny) AUTHORIZER.decide(inquirer, r.item(), provider.id(), r.category());
            assertEquals(Refusal.ASSESSMENT_NOT_PUBLISHED, d.reason());
            assertEquals(provider.name() + "'s privacy impact assessment is not published", d.detail());
            Authorizer published = new Authorizer(TABLE, publish(provider));
            assertEquals(new Decision.Allow(r.item()), published.decide(inquirer, r.item(), provider.id(), r.category()));
        });
    }

    static InstitutionRegistry publish(RegisteredInstitution target) {
        List<RegisteredInstitution> list = new ArrayList<>();
        for (RegisteredInstitution i : ALL) {
            list.add(i.equals(target) ? new RegisteredInstitution(i.id(), i.handle(), i.name(), i.types(), true) : i);
        }
        return InstitutionRegistry.of(list);
    }

    @Test
    void anAllowedQueryIsAllowedUnderItsOwnItem() {
        qt(5000).forAll(rule(), institution(), item(), category()).checkAssert((k, p, n, c) -> {
            Rule r = TABLE.rules().get(k);
            InstitutionId inquirer = ALL.stream().filter(i -> i.types().contains(r.inquirer())).findFirst().orElseThrow().id();
            // Near the rule: its inquirer with a random item, provider and category.
            Decision d = AUTHORIZER.decide(inquirer, n, ALL.get(p).id(), CATEGORIES.get(c));
            if (d instanceof Decision.Allow allow) {
                assertEquals(n.intValue(), allow.item());
            }
        });
    }

    @Test
    void anotherTypeNeverTurnsAnAllowedQueryIntoARefusal() {
        List<InstitutionType> types = new ArrayList<>(TABLE.institutionTypes());
        qt(100).forAll(rule(), integers().between(0, types.size() - 1), integers().between(0, 1000)).checkAssert((k, t, a) -> {
            Rule r = TABLE.rules().get(k);
            List<RegisteredInstitution> providers = ofType(r.provider(), true);
            RegisteredInstitution provider = providers.get(a % providers.size());
            InstitutionId inquirer = ALL.stream().filter(i -> i.types().contains(r.inquirer())).findFirst().orElseThrow().id();
            Set<InstitutionType> more = new LinkedHashSet<>(provider.types());
            more.add(types.get(t));
            List<RegisteredInstitution> list = new ArrayList<>();
            for (RegisteredInstitution i : ALL) {
                list.add(i.equals(provider) ? new RegisteredInstitution(i.id(), i.handle(), i.name(), more, true) : i);
            }
            Authorizer wider = new Authorizer(TABLE, InstitutionRegistry.of(list));
            assertEquals(new Decision.Allow(r.item()), wider.decide(inquirer, r.item(), provider.id(), r.category()));
        });
    }

    @Test
    void aProviderMayBeAskedForExactlyTheCategoriesOfItsRules() {
        qt(500).forAll(institution(), category()).checkAssert((p, c) -> {
            RegisteredInstitution provider = ALL.get(p);
            Category category = CATEGORIES.get(c);
            boolean someRule = TABLE.rules().stream()
                    .anyMatch(r -> provider.types().contains(r.provider()) && r.category().equals(category));
            assertEquals(someRule, AUTHORIZER.providable(provider.id()).contains(category), provider.name() + " " + category);
        });
    }
}
