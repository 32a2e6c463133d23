package bango.network;

import bango.codes.InstitutionId;
import bango.intermediate.IntermediateServer;
import bango.issuance.LinkedPopulation;
import bango.trace.Tracer;
import bango.vault.InMemoryKeyCustody;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A small network for tests: institutions I1..In, persons 0..m-1, and a table that lets I1 ask
 * I2 for {@code tax} and {@code care} under item 1 (I2's assessment published) and nothing else.
 */
final class NetworkFixture {

    static final Set<String> CATEGORIES = Set.of("tax", "care", "family");

    static Authorization table() {
        return (inquirer, item, provider, category) -> {
            if (inquirer.value() == 1 && item == 1 && provider.value() == 2 && (category.equals("tax") || category.equals("care"))) {
                return Authorization.Verdict.allow(item);
            }
            return Authorization.Verdict.deny("no rule of item " + item + " gives " + category);
        };
    }

    static LinkedPopulation population(int persons, int institutions) {
        List<InstitutionId> ids = ids(institutions);
        return LinkedPopulation.issue(7, persons, ids, new InMemoryKeyCustody(), new InMemoryKeyCustody());
    }

    static List<InstitutionId> ids(int institutions) {
        return java.util.stream.LongStream.rangeClosed(1, institutions).mapToObj(InstitutionId::new).toList();
    }

    static Network start(LinkedPopulation pop, int institutions, Path dir, Tracer tracer, Faults faults) throws Exception {
        return start(pop, institutions, institutions, dir, tracer, faults);
    }

    /** As {@link #start}, with only I1..I{connected} self-checked (NET-7). */
    static Network start(LinkedPopulation pop, int institutions, int connected, Path dir, Tracer tracer, Faults faults) throws Exception {
        IntermediateServer.Vocabulary vocabulary = new IntermediateServer.Vocabulary(
                item -> item >= 1 && item <= 173, i -> i >= 1 && i <= institutions, CATEGORIES::contains);
        Network n = Network.start(new Network.Plan(pop.core(), table(), ids(institutions), vocabulary, dir, 0, tracer, faults));
        if (!n.reportSelfChecks(ids(connected), ConnectionRegistry.allInPlace()).stream().allMatch(s -> s == 200)) {
            n.close();
            throw new IllegalStateException("a self-check was not accepted");
        }
        return n;
    }

    private NetworkFixture() {
    }
}
