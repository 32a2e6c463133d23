package bango.modelcheck;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One state of a TLC error trace.
 *
 * @param number    the step, from 1 (the initial state)
 * @param action    the action TLC labels the step with: {@code "JlisIssue"} from
 *                  {@code <JlisIssue line 230, col 5 to ... of module Identifiers>} (parameters, as
 *                  in {@code <JlisIssue(y) line ...>}, are dropped), {@code "Initial predicate"}
 *                  for the first state, {@code "Stuttering"} for a stuttering step
 * @param label     the text after {@code "N: "} as TLC printed it
 * @param variables each variable's value as TLC printed it (possibly over several lines), in
 *                  TLC's order; {@link #value(String)} parses one
 */
public record TlcState(int number, String action, String label, Map<String, String> variables) {

    /** The action name in a label: {@code <Name line ...>}, {@code <Name(params) line ...>} or {@code <Initial predicate>}. */
    private static final Pattern ACTION = Pattern.compile("<([^<>(]*?)(?:\\(.*?\\))?(?: line \\d+.*)?>");
    private static final Pattern HEADER = Pattern.compile("(\\d+): (.*)");
    private static final Pattern CONJUNCT = Pattern.compile("/\\\\ ([A-Za-z0-9_]+) = (.*)");
    private static final Pattern SINGLE = Pattern.compile("([A-Za-z0-9_]+) = (.*)");

    public static final String INITIAL = "Initial predicate";

    public TlcState {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** True for the state the initial predicate produced. */
    public boolean initial() {
        return INITIAL.equals(action);
    }

    /** True if TLC marked this state as the one a lasso loops back to ({@code "Back to state"}). */
    public boolean backToState() {
        return label.startsWith("Back to state");
    }

    /** The parsed value of a variable. */
    public TlaValue value(String variable) {
        String raw = variables.get(variable);
        if (raw == null) {
            throw new IllegalArgumentException("no variable " + variable + " in state " + number + "; variables: " + variables.keySet());
        }
        return TlaValue.parse(raw);
    }

    /** All variables parsed. */
    public Map<String, TlaValue> values() {
        Map<String, TlaValue> values = new LinkedHashMap<>();
        variables.forEach((k, v) -> values.put(k, TlaValue.parse(v)));
        return Collections.unmodifiableMap(values);
    }

    /**
     * Parses the text of a TLC state message (2217 or 2218 in {@code -tool} mode, 2122 too):
     * {@code "N: <Label>"} then {@code "/\ var = value"} lines (or {@code "var = value"} when the
     * spec has one variable), a value continuing over the following lines.
     *
     * @throws IllegalArgumentException if the text does not have that form
     */
    public static TlcState parse(String text) {
        String[] lines = text.strip().split("\r?\n");
        Matcher header = HEADER.matcher(lines[0].strip());
        if (!header.matches()) {
            throw new IllegalArgumentException("not a TLC state: " + lines[0]);
        }
        int number = Integer.parseInt(header.group(1));
        String label = header.group(2).strip();
        Map<String, String> variables = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = CONJUNCT.matcher(line);
            if (!m.matches() && name == null && variables.isEmpty()) {
                m = SINGLE.matcher(line);
            }
            if (m.matches()) {
                if (name != null) {
                    variables.put(name, value.toString().strip());
                }
                name = m.group(1);
                value = new StringBuilder(m.group(2));
            } else if (name != null) {
                value.append('\n').append(line);
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("not a variable of a TLC state: " + line);
            }
        }
        if (name != null) {
            variables.put(name, value.toString().strip());
        }
        return new TlcState(number, actionOf(label), label, variables);
    }

    static String actionOf(String label) {
        Matcher m = ACTION.matcher(label);
        if (m.find()) {
            return m.group(1).strip();
        }
        return label.startsWith("Stuttering") ? "Stuttering" : label;
    }
}
