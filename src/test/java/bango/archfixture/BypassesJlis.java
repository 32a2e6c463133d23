package bango.archfixture;

import bango.codes.CoreSystem;
import bango.codes.InstitutionId;
import bango.identity.ResidentCode;

/**
 * Deliberately breaks CODE-2, for ArchitectureTest to show its rule catches it: a party other
 * than J-LIS hands the core system a resident code. Never used.
 */
public final class BypassesJlis {

    private BypassesJlis() {
    }

    static void askCoreDirectly(CoreSystem core, ResidentCode rc) {
        core.issueCode(new InstitutionId(1), 1, rc);
    }
}
