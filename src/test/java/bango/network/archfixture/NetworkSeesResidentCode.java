package bango.network.archfixture;

import bango.identity.ResidentCode;

/** Breaks CODE-5/NET-1 on purpose: a network class that handles a resident code. */
public class NetworkSeesResidentCode {
    ResidentCode residentCode;
}
