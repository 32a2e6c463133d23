package bango.cli;

import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Category;
import bango.annex.Decision;
import bango.annex.InstitutionRegistry;
import bango.annex.RegisteredInstitution;
import bango.annex.Rule;
import bango.intermediate.CopyStore;
import bango.issuance.LinkedPopulation;
import bango.network.Network;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The three example queries {@code bango up} prints: one the table allows, one it refuses, and one
 * it allows but the provider has restricted (IS-7), so that it is held for staff.
 */
record Examples(Query allowed, Query refused, Query held, LinkedPopulation population) {

    record Query(RegisteredInstitution inquirer, int item, RegisteredInstitution provider, String category, int person) {
    }

    static Examples choose(AnnexTable table, InstitutionRegistry registry, Authorizer authorizer, LinkedPopulation population) {
        Query allowed = null;
        Query held = null;
        for (Rule r : table.rules()) {
            for (RegisteredInstitution i : registry.all()) {
                for (RegisteredInstitution p : registry.all()) {
                    if (i.equals(p)) {
                        continue;
                    }
                    if (authorizer.decide(i.id(), r.item(), p.id(), r.category()) instanceof Decision.Allow) {
                        if (allowed == null) {
                            allowed = new Query(i, r.item(), p, r.category().name(), 0);
                        } else if (held == null && !(p.equals(allowed.provider()) && r.category().name().equals(allowed.category()))) {
                            held = new Query(i, r.item(), p, r.category().name(), Math.min(2, population.size() - 1));
                        }
                    }
                }
            }
        }
        if (allowed == null || held == null) {
            throw new IllegalStateException("the table and the registry allow fewer than two distinct queries");
        }
        Query refused = null;
        for (Category c : table.categories()) {
            if (authorizer.decide(allowed.inquirer().id(), allowed.item(), allowed.provider().id(), c) instanceof Decision.Deny) {
                refused = new Query(allowed.inquirer(), allowed.item(), allowed.provider(), c.name(), Math.min(1, population.size() - 1));
                break;
            }
        }
        if (refused == null) {
            throw new IllegalStateException("no category is refused for the allowed example");
        }
        return new Examples(allowed, refused, held, population);
    }

    /** IS-7: the held example's provider restricts that person's category (idempotent). */
    void restrict(Network network) throws SQLException {
        String code = population.code(held.provider().id(), population.number(held.person())).text();
        network.server(held.provider().id().value()).copies()
                .restrict(new CopyStore.Restriction(code, held.category()), true);
    }

    void print(PrintWriter out, Path dataDir) {
        line(out, "allowed by the table", allowed, dataDir);
        line(out, "refused by the table", refused, dataDir);
        line(out, "held for a staff decision", held, dataDir);
        out.printf("  # the provider's staff list what is held, and decide%n  ./bango staff%s --as %s%n",
                dataDir.equals(Path.of("bango-data")) ? "" : " --data-dir " + dataDir, held.provider().handle());
    }

    private void line(PrintWriter out, String what, Query q, Path dataDir) {
        out.printf("  # %s%n  ./bango query%s --as %s --item %d --provider %s --info %s --person %s%n", what,
                dataDir.equals(Path.of("bango-data")) ? "" : " --data-dir " + dataDir,
                q.inquirer().handle(), q.item(), q.provider().handle(), q.category(),
                population.number(q.person()).digits());
    }
}
