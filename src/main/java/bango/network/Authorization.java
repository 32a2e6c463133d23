package bango.network;

import bango.codes.InstitutionId;

/**
 * NET-2: the core system's decision on a query, against Annex Table 2 and the providers' published
 * privacy impact assessments ({@link bango.annex.Authorizer} in production).
 */
@FunctionalInterface
public interface Authorization {

    /** The decision: allowed, or refused with the exact reason. */
    record Verdict(boolean allowed, String reason) {
        public static Verdict allow(int item) {
            return new Verdict(true, "allow item " + item);
        }

        public static Verdict deny(String reason) {
            return new Verdict(false, reason);
        }
    }

    Verdict decide(InstitutionId inquirer, int item, InstitutionId provider, String category);
}
