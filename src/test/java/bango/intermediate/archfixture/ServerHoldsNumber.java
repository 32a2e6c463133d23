package bango.intermediate.archfixture;

import bango.identity.IndividualNumber;

/** Breaks IS-3 on purpose: an intermediate server class that keeps an individual number. */
public class ServerHoldsNumber {
    IndividualNumber number;
}
