package bango.register.archfixture;

import bango.codes.InstitutionCode;

/**
 * Deliberately breaks the rule that municipalities hold no institution codes, for
 * ArchitectureTest to show its rule catches it. Never used.
 */
public final class RegisterHoldsCode {

    private RegisterHoldsCode() {
    }

    static String show(InstitutionCode code) {
        return code.text();
    }
}
