package bango.identity.archfixture;

import bango.jlis.NumberNotice;

/**
 * Deliberately breaks the rule that the identifier value types depend on nothing else in bango,
 * for ArchitectureTest to show its rule catches it. Never used.
 */
public final class IdentityUsesJlis {

    private IdentityUsesJlis() {
    }

    static int generation(NumberNotice notice) {
        return notice.generation();
    }
}
