package bango.gentests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test predicate of a test module: {@code TestX == ...} with {@code ReachX == ~TestX}, right after
 * a one-line comment that says what it reaches and names requirement IDs in parentheses.
 *
 * @param name the part after {@code Test}, e.g. {@code Walk}
 * @param description the comment, without its delimiters
 * @param requirements the requirement IDs the comment names, e.g. {@code ID-3}
 * @param scenario the scenario the predicate's first conjunct names ({@code Scenario = "allowed"}),
 *     for test modules whose constants depend on a {@code Scenario} constant; empty otherwise
 */
public record TestPredicate(String name, String description, List<String> requirements, Optional<String> scenario) {

    private static final Pattern PREDICATE = Pattern.compile(
            "\\(\\*\\s*((?:(?!\\*\\)).)*?)\\s*\\*\\)\\s*\\n\\s*Test(\\w+)\\s*==", Pattern.DOTALL);
    private static final Pattern REACH = Pattern.compile("(?m)^Reach(\\w+)\\s*==\\s*~\\s*Test(\\w+)\\s*$");
    private static final Pattern ID = Pattern.compile("\\b([A-Z]+-\\d+)[a-z]?\\b");
    private static final Pattern SCENARIO = Pattern.compile("\\s*(?:/\\\\\\s*)?Scenario\\s*=\\s*\"(\\w+)\"");

    /** The invariant whose counterexample reaches the predicate. */
    public String invariant() {
        return "Reach" + name;
    }

    /**
     * The predicates of a test module, in the order written.
     *
     * @throws IllegalArgumentException if a predicate lacks its {@code ReachX == ~TestX}
     */
    public static List<TestPredicate> parse(String module) {
        List<String> reach = new ArrayList<>();
        Matcher r = REACH.matcher(module);
        while (r.find()) {
            if (!r.group(1).equals(r.group(2))) {
                throw new IllegalArgumentException("Reach" + r.group(1) + " must be ~Test" + r.group(1));
            }
            reach.add(r.group(1));
        }
        List<TestPredicate> predicates = new ArrayList<>();
        Matcher m = PREDICATE.matcher(module);
        while (m.find()) {
            String name = m.group(2);
            if (!reach.contains(name)) {
                throw new IllegalArgumentException("Test" + name + " has no Reach" + name + " == ~Test" + name);
            }
            String description = m.group(1).replaceAll("\\s*\\*\\)\\s*\\(\\*\\s*", " ").replaceAll("\\s+", " ");
            List<String> ids = new ArrayList<>();
            Matcher id = ID.matcher(description);
            while (id.find()) {
                if (!ids.contains(id.group(1))) {
                    ids.add(id.group(1));
                }
            }
            Matcher scenario = SCENARIO.matcher(module).region(m.end(), module.length());
            predicates.add(new TestPredicate(name, description, List.copyOf(ids),
                    scenario.lookingAt() ? Optional.of(scenario.group(1)) : Optional.empty()));
        }
        return predicates;
    }
}
