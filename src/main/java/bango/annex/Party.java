package bango.annex;

/**
 * One institution type a column-1 or column-3 cell names, with the words the cell uses for it.
 *
 * @param type      the type
 * @param written   the words of the cell for it, qualifier included (公営住宅法…に規定する事業主体である
 *                  市町村長), or the type's name when the cell names it bare
 * @param qualifier the words that narrow its role (…に規定する事業主体である), its own or shared with
 *                  the other names of its enumeration; empty if none
 */
record Party(InstitutionType type, String written, String qualifier) {
}
