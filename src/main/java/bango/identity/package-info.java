/**
 * Identifiers (第1-2): the individual number (個人番号), the resident code (住民票コード) and the
 * corporate number (法人番号), with their check digits. Parsing is strict and every rejection is a
 * typed {@link bango.identity.InvalidNumberException} naming the rule broken.
 */
package bango.identity;
