package bango.annex;

import bango.annex.AnnexFormatException.Problem;
import java.util.ArrayList;
import java.util.List;

/** Lines and fields of the tab-separated files, read strictly. */
final class TsvLines {

    private TsvLines() {
    }

    /**
     * The lines of {@code text}: split at LF, a CR before the LF dropped; a final line terminator
     * does not start another line.
     */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int stop = end < 0 ? text.length() : end;
            if (stop > start && text.charAt(stop - 1) == '\r') {
                stop--;
            }
            lines.add(text.substring(start, stop));
            start = next;
        }
        return lines;
    }

    static void requireHeader(String file, List<String> lines, String header) throws AnnexFormatException {
        String first = lines.isEmpty() ? "" : lines.get(0);
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (!first.equals(header)) {
            throw new AnnexFormatException(Problem.HEADER, file, 1, null, null, null,
                    "the header must be '" + header.replace("\t", "<TAB>") + "'");
        }
    }

    /** The {@code count} fields of a line, each non-empty and without surrounding white space. */
    static String[] fields(String file, int line, String text, int count) throws AnnexFormatException {
        String[] f = text.split("\t", -1);
        if (f.length != count) {
            throw new AnnexFormatException(Problem.COLUMNS, file, line, null, null, null,
                    f.length + " tab-separated column(s), not " + count);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
            if (f[i].isEmpty()) {
                throw new AnnexFormatException(Problem.EMPTY_FIELD, file, line, null, null, null,
                        "column " + (i + 1) + " is empty");
            }
        }
        return f;
    }

    /** An item number: ASCII digits, from 1, at most 9999. */
    static int itemNumber(String file, int line, String text) throws AnnexFormatException {
        if (text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AnnexFormatException(Problem.ITEM_NUMBER, file, line, null, null, text,
                    "'" + text + "' is not an item number (ASCII digits, 1 to 9999)");
        }
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new AnnexFormatException(Problem.ITEM_NUMBER, file, line, null, null, text,
                    "item numbers start at 1, not " + n);
        }
        return n;
    }
}
