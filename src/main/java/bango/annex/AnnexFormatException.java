package bango.annex;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Annex Table 2 or its glossary could not be loaded: a line is malformed, or a cell names a party
 * or a category the resolver cannot resolve. {@link #problem()} says which; the message names the
 * file, the line, the item, the cell and the fragment that could not be resolved. Nothing in a
 * table that loads was dropped.
 */
public final class AnnexFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Problem {
        /** The file could not be read. */
        UNREADABLE,
        /** The first line is not the expected header. */
        HEADER,
        /** The table has no line after its header. */
        NO_LINES,
        /** A line does not have the expected number of tab-separated columns. */
        COLUMNS,
        /** A field is empty. */
        EMPTY_FIELD,
        /** The item number is not a number from 1, or items are not in order without gaps. */
        ITEM_NUMBER,
        /** Two lines of one item have different inquirer or task cells. */
        INCONSISTENT_ITEM,
        /** The same (item, provider, information) appears on two lines, or a term is defined twice. */
        DUPLICATE,
        /** A column-1 or column-3 cell names something that is not an institution. */
        UNRESOLVED_PARTY,
        /** A column-4 cell names something that is not a category. */
        UNRESOLVED_CATEGORY
    }

    private final Problem problem;
    private final String file;
    private final int line;
    private final Integer item;
    private final String cell;
    private final String fragment;

    AnnexFormatException(Problem problem, String file, int line, Integer item, String cell, String fragment,
            String detail) {
        super(message(file, line, item, cell, detail));
        this.problem = problem;
        this.file = file;
        this.line = line;
        this.item = item;
        this.cell = cell;
        this.fragment = fragment;
    }

    private static String message(String file, int line, Integer item, String cell, String detail) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(" line ").append(line);
        }
        if (item != null) {
            b.append(", item ").append(item);
        }
        if (cell != null) {
            b.append(", cell '").append(cell).append('\'');
        }
        return b.append(": ").append(detail).toString();
    }

    public Problem problem() {
        return problem;
    }

    /** The file's name (not its path). */
    public String file() {
        return file;
    }

    /** The line (1 is the header), or 0 when the whole file is concerned. */
    public int line() {
        return line;
    }

    /** The item of the line, when it was read. */
    public OptionalInt item() {
        return item == null ? OptionalInt.empty() : OptionalInt.of(item);
    }

    /** The cell as written, for problems within one cell. */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }

    /** The part of the cell that could not be resolved. */
    public Optional<String> fragment() {
        return Optional.ofNullable(fragment);
    }
}
