package bango.codes;

/**
 * How the core system notifies an institution of a code it generated (CODE-3): straight to the
 * institution, never back through J-LIS, which must not link a resident code to a code.
 */
public interface CodeDelivery {

    /** Hands {@code code}, answering the institution's request {@code serial}, to {@code to}. */
    void deliver(InstitutionId to, long serial, InstitutionCode code);
}
