package bango.annex;

import bango.codes.InstitutionId;
import bango.intermediate.IntermediateServer;
import bango.network.Authorization;
import java.util.HashSet;
import java.util.Set;

/**
 * Annex Table 2 and the institution registry as the network uses them: the core system's decision
 * (NET-2) and what an intermediate server may check before a query leaves (known items,
 * institutions and categories).
 */
public final class NetworkBinding {

    private NetworkBinding() {
    }

    /** The core's decision: {@code authorizer}'s, with the matching item or the exact reason. */
    public static Authorization authorization(Authorizer authorizer) {
        return (inquirer, item, provider, category) -> {
            Decision d = authorizer.decide(inquirer, item, provider, new Category(category));
            return d instanceof Decision.Allow a ? Authorization.Verdict.allow(a.item())
                    : Authorization.Verdict.deny(((Decision.Deny) d).detail());
        };
    }

    /** The table's items and categories and the registry's institutions. */
    public static IntermediateServer.Vocabulary vocabulary(AnnexTable table, InstitutionRegistry registry) {
        Set<String> categories = new HashSet<>();
        table.categories().forEach(c -> categories.add(c.name()));
        return new IntermediateServer.Vocabulary(item -> item >= 1 && item <= table.items(),
                i -> registry.find(new InstitutionId(i)).isPresent(), categories::contains);
    }
}
