package bango.modelcheck;

import java.nio.file.Path;

/**
 * An Alloy model could not be parsed, type-checked or translated. Carries the position Alloy
 * reported, so a build log points at the offending line of the {@code .als} file.
 */
public final class AlloyModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;
    private final String detail;

    public AlloyModelException(Path file, int line, int column, String detail, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The file Alloy blamed (the opened module's file when the error is in an opened module). */
    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when Alloy gave no position. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when Alloy gave no position. */
    public int column() {
        return column;
    }

    /** Alloy's message without the position. */
    public String detail() {
        return detail;
    }
}
