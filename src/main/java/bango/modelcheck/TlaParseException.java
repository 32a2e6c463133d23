package bango.modelcheck;

/** Text that is not a TLA+ value as TLC prints one; says where (1-based line and column). */
public final class TlaParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    TlaParseException(String message, String text, int offset) {
        super(message + " at " + position(text, offset) + ": " + excerpt(text, offset));
        this.offset = offset;
    }

    /** Offset of the problem in the parsed text (0-based). */
    public int offset() {
        return offset;
    }

    private static String position(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    private static String excerpt(String text, int offset) {
        if (offset >= text.length()) {
            return "end of text";
        }
        int end = Math.min(text.length(), offset + 20);
        return "\"" + text.substring(offset, end).replace("\n", "\\n") + (end < text.length() ? "..." : "") + "\"";
    }
}
