package bango.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines at {@code '\n'}, up to a limit of bytes, keeping each line's place in
 * the stream. A line longer than {@link #MAX_LINE} is kept cut to that length and marked overlong
 * (no journal line is that long, so it is a bad line, not a reason to run out of memory).
 */
final class LineReader {

    /** The longest line kept whole: longer than any line a journal holds. */
    static final int MAX_LINE = 1 << 16;

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private long read;

    private byte[] line = new byte[512];
    private int length;
    private boolean terminated;
    private boolean overlong;
    private boolean zeros;
    private long start;
    private long end;

    LineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Reads the next line; false at the end. */
    boolean next() throws IOException {
        start = end;
        length = 0;
        terminated = false;
        overlong = false;
        zeros = true;
        boolean any = false;
        while (position < filled || fill()) {
            any = true;
            int to = position;
            while (to < filled && buffer[to] != '\n') {
                zeros &= buffer[to] == 0;
                to++;
            }
            keep(to - position);
            end += to - position;
            position = to;
            if (to < filled) {
                position++;
                end++;
                terminated = true;
                return true;
            }
        }
        return any;
    }

    private boolean fill() throws IOException {
        int wanted = (int) Math.min(buffer.length, limit - read);
        int n = wanted <= 0 ? -1 : in.read(buffer, 0, wanted);
        if (n <= 0) {
            return false;
        }
        read += n;
        position = 0;
        filled = n;
        return true;
    }

    private void keep(int n) {
        int kept = Math.min(n, MAX_LINE - length);
        if (kept < n) {
            overlong = true;
        }
        if (length + kept > line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(2 * line.length, length + kept)));
        }
        System.arraycopy(buffer, position, line, length, kept);
        length += kept;
    }

    /** The line's bytes, without its newline, in {@code line()[0..length())}. */
    byte[] line() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the line ended with a newline (the last line of a torn file may not). */
    boolean terminated() {
        return terminated;
    }

    /**
     * Whether the line is zero bytes to the end of the stream, and nothing else: space written
     * ahead of the journal's last line, not a line.
     */
    boolean zerosToTheEnd() {
        return !terminated && length > 0 && zeros;
    }

    /** Whether the line was longer than {@link #MAX_LINE} and was cut. */
    boolean overlong() {
        return overlong;
    }

    /** Where the line starts in the stream. */
    long start() {
        return start;
    }

    /** Where the line ends, after its newline. */
    long end() {
        return end;
    }
}
