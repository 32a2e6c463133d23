package bango.jlis;

import bango.identity.IndividualNumber;

/**
 * Where J-LIS answers an institution whose code request it cannot serve. A served request is
 * answered by the core system with the code, not by J-LIS.
 */
public interface CodeRequestReplies {

    /** J-LIS refused the request {@code serial} for {@code number}. */
    void refused(long serial, IndividualNumber number, JlisException.Reason reason);
}
