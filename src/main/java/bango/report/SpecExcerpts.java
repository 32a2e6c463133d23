package bango.report;

import bango.report.Traceability.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a property as written in its spec, for readers of the report: the paragraph
 * (lines between blank lines) that holds the definition of the TLA+ operator or the Alloy
 * assertion, with the comment above it and, in Alloy, the predicate it asserts.
 */
final class SpecExcerpts {

    /** At most this many lines are quoted. */
    static final int MAX_LINES = 40;

    private SpecExcerpts() {
    }

    static Optional<String> of(Path root, Property p) {
        Path file = root.resolve(p.specFile());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return paragraph(Files.readAllLines(file), p.isTla()
                    ? Pattern.compile("^(LOCAL\\s+)?" + Pattern.quote(p.name()) + "\\b(\\s*\\([^)]*\\))?\\s*==")
                    : Pattern.compile("^\\s*assert\\s+" + Pattern.quote(p.name()) + "\\b"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A blank line, or a TLA+ module delimiter or separator line ({@code ====}, {@code ----}). */
    private static boolean boundary(String line) {
        String s = line.strip();
        return s.isEmpty() || s.matches("={4,}") || s.matches("-{4,}.*");
    }

    static Optional<String> paragraph(List<String> lines, Pattern start) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (start.matcher(lines.get(i)).find()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        int from = at;
        while (from > 0 && !boundary(lines.get(from - 1))) {
            from--;
        }
        int to = at;
        while (to + 1 < lines.size() && !boundary(lines.get(to + 1))) {
            to++;
        }
        List<String> quoted = lines.subList(from, to + 1);
        if (quoted.size() > MAX_LINES) {
            int keepFrom = Math.max(from, at - MAX_LINES / 2);
            quoted = lines.subList(keepFrom, Math.min(to + 1, keepFrom + MAX_LINES));
            return Optional.of(String.join("\n", quoted) + "\n...");
        }
        return Optional.of(String.join("\n", quoted));
    }
}
