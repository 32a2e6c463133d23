package bango.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The results of a test run, from surefire's {@code target/surefire-reports/TEST-*.xml}: per test
 * class (nested classes counted with their top-level class), how many test cases passed, failed
 * (a {@code failure} or {@code error} child), or were skipped.
 *
 * @param classes per top-level class name
 * @param files   the report files read
 * @param newest  when the newest of them was written
 */
public record TestResults(Map<String, ClassResult> classes, int files, Instant newest) {

    /** Where surefire writes, under the project root. */
    public static final Path REPORTS = Path.of("target", "surefire-reports");

    public TestResults {
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
    }

    /** The test cases of one class. */
    public record ClassResult(String className, int passed, int failed, int skipped, double seconds,
                              List<String> failures) {
        public ClassResult {
            failures = List.copyOf(failures);
        }

        public int total() {
            return passed + failed + skipped;
        }

        ClassResult plus(ClassResult o) {
            List<String> f = new ArrayList<>(failures);
            f.addAll(o.failures);
            return new ClassResult(className, passed + o.passed, failed + o.failed, skipped + o.skipped,
                    seconds + o.seconds, f);
        }
    }

    public Optional<ClassResult> of(String className) {
        return Optional.ofNullable(classes.get(className));
    }

    public int passed() {
        return classes.values().stream().mapToInt(ClassResult::passed).sum();
    }

    public int failed() {
        return classes.values().stream().mapToInt(ClassResult::failed).sum();
    }

    public int skipped() {
        return classes.values().stream().mapToInt(ClassResult::skipped).sum();
    }

    public int total() {
        return passed() + failed() + skipped();
    }

    /** The results in {@code dir}; empty if it holds no {@code TEST-*.xml}. */
    public static Optional<TestResults> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("TEST-") && n.endsWith(".xml");
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ClassResult> classes = new TreeMap<>();
        Instant newest = Instant.EPOCH;
        for (Path f : files) {
            Document doc = Xml.parse(f);
            NodeList cases = doc.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                String cls = c.getAttribute("classname");
                if (cls.isEmpty()) {
                    cls = ((Element) c.getParentNode()).getAttribute("name");
                }
                cls = TestIndex.topLevel(cls);
                boolean failed = hasChild(c, "failure") || hasChild(c, "error");
                boolean skipped = !failed && hasChild(c, "skipped");
                List<String> failures = failed ? List.of(c.getAttribute("name")) : List.of();
                ClassResult r = new ClassResult(cls, failed || skipped ? 0 : 1, failed ? 1 : 0, skipped ? 1 : 0,
                        parseSeconds(c.getAttribute("time")), failures);
                classes.merge(cls, r, ClassResult::plus);
            }
            Instant modified = Files.getLastModifiedTime(f).toInstant();
            newest = modified.isAfter(newest) ? modified : newest;
        }
        return Optional.of(new TestResults(classes, files.size(), newest));
    }

    private static boolean hasChild(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getTagName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static double parseSeconds(String s) {
        try {
            return s.isEmpty() ? 0 : Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
