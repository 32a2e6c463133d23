/**
 * Trace events: the implementation reports each step as the spec action it performs, so that a
 * run can be checked by TLC against the spec (trace validation) and compared state by state with
 * behaviours the model checker generated.
 */
package bango.trace;
