package bango.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.annex.DifferentialHarness.Comparison;
import bango.annex.DifferentialHarness.Decider;
import bango.annex.DifferentialHarness.Queries;
import bango.annex.DifferentialHarness.Verdict;
import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link Authorizer} against {@link LinearOracle} on a million random queries biased to near misses
 * (see {@link DifferentialHarness}): the verdict, the allowed item and the refusal reason must agree
 * every time. The last tests show that the same comparison catches deciders that are wrong in
 * small ways.
 */
@Covers({"NET-2"})
class AuthorizerDifferentialTest {

    static final AnnexTable TABLE = AnnexTable.bundled();
    static final InstitutionRegistry REGISTRY = DifferentialHarness.mixedRegistry(TABLE);
    static final LinearOracle ORACLE = new LinearOracle(TABLE.rules(), REGISTRY.all());

    static Decider production(Authorizer a) {
        return (i, n, p, c) -> Verdict.of(a.decide(i, n, p, c));
    }

    @Test
    void aMillionQueriesAgreeWithTheLinearOracle() {
        Queries queries = DifferentialHarness.nearMisses(TABLE, REGISTRY, 1_000_000, 0x4E45_5432L);
        Comparison c = DifferentialHarness.compare(ORACLE, production(new Authorizer(TABLE, REGISTRY)), queries);
        assertEquals(1_000_000, c.compared());
        assertEquals(0, c.mismatches(), () -> c.mismatches() + " mismatches, e.g. " + c.examples());
        // The queries reach every outcome, each often enough to matter.
        Map<String, Integer> seen = c.verdicts();
        assertTrue(seen.getOrDefault("ALLOW", 0) > 100_000, seen::toString);
        for (Refusal r : Refusal.values()) {
            assertTrue(seen.getOrDefault(r.name(), 0) > 5_000, () -> r + " too rare: " + seen);
        }
    }

    @Test
    void theSampleRegistryAloneAgreesToo() {
        InstitutionRegistry sample = InstitutionRegistry.sample();
        Queries queries = DifferentialHarness.nearMisses(TABLE, sample, 100_000, 13);
        Comparison c = DifferentialHarness.compare(new LinearOracle(TABLE.rules(), sample.all()),
                production(new Authorizer(TABLE, sample)), queries);
        assertEquals(0, c.mismatches(), () -> c.mismatches() + " mismatches, e.g. " + c.examples());
        assertTrue(c.verdicts().getOrDefault("ALLOW", 0) > 10_000, c.verdicts()::toString);
        assertTrue(c.verdicts().getOrDefault(Refusal.ASSESSMENT_NOT_PUBLISHED.name(), 0) > 0, c.verdicts()::toString);
    }

    // --- The comparison can fail ---------------------------------------------------------------

    static final Queries FEW = DifferentialHarness.nearMisses(TABLE, REGISTRY, 50_000, 7);

    static Comparison against(Decider wrong) {
        return DifferentialHarness.compare(ORACLE, wrong, FEW);
    }

    /** The production decider with its verdicts changed by {@code change} (given the query's item). */
    static Decider altered(BiFunction<Integer, Verdict, Verdict> change) {
        Decider right = production(new Authorizer(TABLE, REGISTRY));
        return (i, n, p, c) -> change.apply(n, right.decide(i, n, p, c));
    }

    @Test
    void aDeciderThatIgnoresAssessmentsIsCaught() {
        Decider wrong = altered((n, v) -> v.reason() == Refusal.ASSESSMENT_NOT_PUBLISHED ? Verdict.allow(n) : v);
        assertTrue(against(wrong).mismatches() > 0);
    }

    @Test
    void aDeciderThatConfusesProviderAndCategoryRefusalsIsCaught() {
        Decider wrong = altered((n, v) -> v.reason() == Refusal.PROVIDER_NOT_IN_ITEM
                ? Verdict.deny(Refusal.CATEGORY_NOT_FROM_PROVIDER) : v);
        assertTrue(against(wrong).mismatches() > 0);
    }

    @Test
    void aDeciderThatLooksOnlyAtEachInstitutionsFirstTypeIsCaught() {
        List<RegisteredInstitution> firstTypeOnly = new ArrayList<>();
        for (RegisteredInstitution i : REGISTRY.all()) {
            firstTypeOnly.add(new RegisteredInstitution(i.id(), i.handle(), i.name(), java.util.Set.of(i.types().iterator().next()),
                    i.assessmentPublished()));
        }
        Decider wrong = production(new Authorizer(TABLE, InstitutionRegistry.of(firstTypeOnly)));
        assertTrue(against(wrong).mismatches() > 0);
    }

    @Test
    void aDeciderThatReportsTheWrongItemIsCaught() {
        Decider wrong = altered((n, v) -> v.allowed() && n == 1 ? Verdict.allow(2) : v);
        Comparison c = against(wrong);
        assertTrue(c.mismatches() > 0);
        assertTrue(c.examples().get(0).contains("under item 1"), c.examples()::toString);
    }

    @Test
    void aDeciderThatDropsOneRuleIsCaught() {
        Rule dropped = TABLE.rules().get(0);
        List<Rule> fewer = TABLE.rules().stream().filter(r -> !r.equals(dropped)).toList();
        Decider wrong = new LinearOracle(fewer, REGISTRY.all());
        InstitutionId mhlw = REGISTRY.find("mhlw").orElseThrow().id();
        InstitutionId moj = REGISTRY.find("moj").orElseThrow().id();
        assertEquals(Verdict.deny(Refusal.PROVIDER_NOT_IN_ITEM), wrong.decide(mhlw, 1, moj, dropped.category()));
        assertTrue(against(wrong).mismatches() > 0);
    }
}
