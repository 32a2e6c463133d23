package bango.jlis;

import bango.trace.Tracer;

/**
 * Deliberately broken J-LIS variants, to show that the conformance checks catch faults. Test code
 * only: the production J-LIS cannot be given another history from outside its package.
 */
public final class SeededFaults {

    private SeededFaults() {
    }

    /**
     * A J-LIS whose history check never finds anything: it issues the permutation's first value even
     * when that number was issued before (breaks ID-3).
     */
    public static Jlis jlisWithoutHistoryCheck(NumberPermutation permutation, Tracer tracer) {
        return new Jlis(permutation, tracer, new BlindHistory());
    }

    private static final class BlindHistory extends IssuedNumbers {
        @Override
        boolean contains(long body) {
            return false;
        }
    }
}
