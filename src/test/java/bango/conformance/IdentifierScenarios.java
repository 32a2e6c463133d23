package bango.conformance;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators of {@link IdentifierScenario}s. */
final class IdentifierScenarios {

    private IdentifierScenarios() {
    }

    /** One operation: kind, then two ints the scenario reads modulo its sizes. */
    static Gen<int[]> ops() {
        return integers().between(0, IdentifierScenario.KINDS - 1)
                .zip(integers().between(0, 1_000), integers().between(0, 1_000), (k, a, b) -> new int[] {k, a, b});
    }

    /** Scenarios of up to {@code maxOps} operations; four in five use the collision-prone narrow permutation. */
    static Gen<IdentifierScenario> scenarios(int maxOps) {
        Gen<int[]> sizes = integers().between(1, 6)
                .zip(integers().between(1, 3), integers().between(1, 3), (r, m, i) -> new int[] {r, m, i});
        Gen<Boolean> narrow = integers().between(0, 4).map(x -> x != 0);
        Gen<List<int[]>> ops = lists().of(ops()).ofSizeBetween(1, maxOps);
        return longs().all().zip(sizes, narrow, ops,
                (seed, s, n, o) -> new IdentifierScenario(seed, s[0], s[1], s[2], n, o));
    }

    static Gen<Boolean> coin() {
        return booleans().all();
    }
}
