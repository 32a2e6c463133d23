package bango.institution.archfixture;

import bango.identity.ResidentCode;

/**
 * Deliberately breaks ID-5 / CODE-3b, for ArchitectureTest to show its rule catches it: an
 * institution-side class that holds a resident code. Never used.
 */
public final class InstitutionSeesResidentCode {

    private ResidentCode residentCode;

    private InstitutionSeesResidentCode() {
    }

    ResidentCode residentCode() {
        return residentCode;
    }
}
