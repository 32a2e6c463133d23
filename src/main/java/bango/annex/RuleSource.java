package bango.annex;

/**
 * Where a {@link Rule} comes from: the line and the words of its cells for the rule's inquirer and
 * provider, qualifiers included (公営住宅法…に規定する事業主体である市町村長), for display.
 *
 * @param line        the line of the file
 * @param inquirer    the words of column 1 for the rule's inquirer type
 * @param provider    the words of column 3 for the rule's provider type
 * @param information column 4 as written
 */
public record RuleSource(int line, String inquirer, String provider, String information) {
}
