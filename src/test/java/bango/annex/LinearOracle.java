package bango.annex;

import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NET-2 decision as the brief states it, evaluated the slow and obvious way: for each query,
 * read the rules of the item one by one, in the order of the list. Written apart from
 * {@link Authorizer} (no bit sets, no classes, no shared code): it only groups the plain rule list
 * by item, so that a million queries take seconds; the differential test compares the two.
 */
final class LinearOracle implements DifferentialHarness.Decider {

    private final Map<Integer, List<Rule>> rulesByItem = new HashMap<>();
    private final Set<Category> categories = new HashSet<>();
    private final Map<InstitutionId, RegisteredInstitution> institutions = new HashMap<>();

    LinearOracle(List<Rule> rules, List<RegisteredInstitution> institutions) {
        for (Rule r : rules) {
            rulesByItem.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r);
            categories.add(r.category());
        }
        institutions.forEach(i -> this.institutions.put(i.id(), i));
    }

    @Override
    public DifferentialHarness.Verdict decide(InstitutionId inquirer, int item, InstitutionId provider, Category category) {
        RegisteredInstitution asking = institutions.get(inquirer);
        if (asking == null) {
            return DifferentialHarness.Verdict.deny(Refusal.UNKNOWN_INQUIRER);
        }
        RegisteredInstitution asked = institutions.get(provider);
        if (asked == null) {
            return DifferentialHarness.Verdict.deny(Refusal.UNKNOWN_PROVIDER);
        }
        List<Rule> rules = rulesByItem.get(item);
        if (rules == null) {
            return DifferentialHarness.Verdict.deny(Refusal.UNKNOWN_ITEM);
        }
        if (!categories.contains(category)) {
            return DifferentialHarness.Verdict.deny(Refusal.UNKNOWN_CATEGORY);
        }
        boolean inquirerListed = false;
        boolean providerListed = false;
        boolean ruleMatches = false;
        for (Rule r : rules) {
            if (asking.types().contains(r.inquirer())) {
                inquirerListed = true;
                if (asked.types().contains(r.provider())) {
                    providerListed = true;
                    ruleMatches |= r.category().equals(category);
                }
            }
        }
        if (!inquirerListed) {
            return DifferentialHarness.Verdict.deny(Refusal.INQUIRER_NOT_IN_ITEM);
        }
        if (!providerListed) {
            return DifferentialHarness.Verdict.deny(Refusal.PROVIDER_NOT_IN_ITEM);
        }
        if (!ruleMatches) {
            return DifferentialHarness.Verdict.deny(Refusal.CATEGORY_NOT_FROM_PROVIDER);
        }
        if (!asked.assessmentPublished()) {
            return DifferentialHarness.Verdict.deny(Refusal.ASSESSMENT_NOT_PUBLISHED);
        }
        return DifferentialHarness.Verdict.allow(item);
    }
}
