package bango.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PIT's mutation-testing results ({@code target/pit-reports/mutations.xml}), per package of the
 * mutated classes.
 *
 * <p>The rule used here: a mutant is <em>detected</em> if its status is {@code KILLED} or
 * {@code TIMED_OUT}; {@code SURVIVED} and {@code NO_COVERAGE} mutants are not; any other status
 * ({@code MEMORY_ERROR}, {@code RUN_ERROR}, {@code NON_VIABLE}, ...) is counted under "other" and
 * not as detected. The score is detected / all mutants, so it is never above PIT's own.
 *
 * @param packages per package name
 * @param written  when mutations.xml was written
 */
public record MutationResults(Map<String, Counts> packages, Instant written) {

    /** Where PIT writes its XML report (pom.xml: timestampedReports=false), under the project root. */
    public static final Path MUTATIONS = Path.of("target", "pit-reports", "mutations.xml");

    public MutationResults {
        packages = Collections.unmodifiableMap(new TreeMap<>(packages));
    }

    /** Mutant counts by status. */
    public record Counts(int killed, int survived, int noCoverage, int timedOut, int other) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public int total() {
            return killed + survived + noCoverage + timedOut + other;
        }

        public int detected() {
            return killed + timedOut;
        }

        /** Detected / total, as a percentage; 0 when there are no mutants. */
        public double score() {
            return total() == 0 ? 0 : 100.0 * detected() / total();
        }

        Counts plus(Counts o) {
            return new Counts(killed + o.killed, survived + o.survived, noCoverage + o.noCoverage,
                    timedOut + o.timedOut, other + o.other);
        }

        static Counts of(String status) {
            return switch (status) {
                case "KILLED" -> new Counts(1, 0, 0, 0, 0);
                case "SURVIVED" -> new Counts(0, 1, 0, 0, 0);
                case "NO_COVERAGE" -> new Counts(0, 0, 1, 0, 0);
                case "TIMED_OUT" -> new Counts(0, 0, 0, 1, 0);
                default -> new Counts(0, 0, 0, 0, 1);
            };
        }
    }

    public Counts total() {
        return packages.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    /** The results in {@code file}; empty if there is no such file. */
    public static Optional<MutationResults> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Document doc = Xml.parse(file);
        Map<String, Counts> packages = new TreeMap<>();
        NodeList mutations = doc.getElementsByTagName("mutation");
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            NodeList classes = m.getElementsByTagName("mutatedClass");
            String cls = classes.getLength() == 0 ? "" : classes.item(0).getTextContent().strip();
            int dot = cls.lastIndexOf('.');
            String pkg = dot < 0 ? "(default package)" : cls.substring(0, dot);
            packages.merge(pkg, Counts.of(m.getAttribute("status")), Counts::plus);
        }
        return Optional.of(new MutationResults(packages, Files.getLastModifiedTime(file).toInstant()));
    }

    /** PIT's {@code mutationThreshold} in the pom, if it sets one. */
    public static OptionalInt threshold(Path pom) throws IOException {
        if (!Files.isRegularFile(pom)) {
            return OptionalInt.empty();
        }
        Matcher m = Pattern.compile("<mutationThreshold>\\s*(\\d+)\\s*</mutationThreshold>").matcher(Files.readString(pom));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
