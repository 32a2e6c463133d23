package bango.jlis;

import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;

/**
 * What J-LIS returns to the municipality over Juki-net (ID-6): the number generated for the
 * resident, with the resident code it was generated from, and its generation (0 for the first
 * number, one more for each change).
 */
public record NumberNotice(ResidentCode residentCode, IndividualNumber number, int generation) {
}
