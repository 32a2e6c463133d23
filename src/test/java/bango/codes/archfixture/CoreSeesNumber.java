package bango.codes.archfixture;

import bango.identity.IndividualNumber;

/**
 * Deliberately breaks CODE-5, for ArchitectureTest to show its rule catches it: a class of the core
 * system's package tree that handles an individual number. Never used.
 */
public final class CoreSeesNumber {

    private CoreSeesNumber() {
    }

    static long leak(IndividualNumber number) {
        return number.body();
    }
}
