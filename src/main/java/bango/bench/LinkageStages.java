package bango.bench;

import bango.network.Key;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Where a linkage's time goes: a tracer that notes when each of a sample of serials passes the
 * spec's steps of a provision ({@code Linkage.tla}'s actions, as the services report them for
 * trace validation), and the time between consecutive steps. Each step is reported after what it
 * names has taken effect, a record's durability included: the inquirer's request is durable at
 * {@code SendQuery}; the core's at {@code CoreReceiveQuery}; the provider's provision at
 * {@code ProviderReceiveNotice}; the core's provision at {@code CoreReceiveReport}; the inquirer's
 * at {@code InquirerReceiveAnswer}. Between them lie the lines' hops through the interface system.
 *
 * <p>Tracing builds an event for every action, so a run with stages costs more than one without:
 * its throughput is not comparable.
 */
public final class LinkageStages implements Tracer {

    /** The steps of a provision, in order. */
    static final List<String> STEPS = List.of("SendQuery", "CoreReceiveQuery", "ProviderReceiveNotice",
            "InterfaceParkData", "CoreReceiveReport", "InterfaceRelease", "InquirerReceiveAnswer");

    /** Percentiles of one stage over the sampled linkages, in milliseconds. */
    @JsonPropertyOrder({"from", "to", "linkages", "mean_ms", "p50_ms", "p90_ms", "p99_ms"})
    public record Stage(@JsonProperty("from") String from, @JsonProperty("to") String to,
            @JsonProperty("linkages") int linkages, @JsonProperty("mean_ms") double meanMillis,
            @JsonProperty("p50_ms") double p50Millis, @JsonProperty("p90_ms") double p90Millis,
            @JsonProperty("p99_ms") double p99Millis) {
    }

    private final int every;
    private final LongSupplier clock;
    /** Per sampled (inquirer, serial): when it passed each step (0: not yet). */
    private final Map<Key, long[]> passed = new ConcurrentHashMap<>();

    /**
     * @param every samples the serials that are multiples of this (at least 1)
     * @param clock nanoseconds
     */
    LinkageStages(int every, LongSupplier clock) {
        if (every < 1) {
            throw new IllegalArgumentException("every is at least 1, not " + every);
        }
        this.every = every;
        this.clock = clock;
    }

    @Override
    public void event(TraceEvent e) {
        int step = STEPS.indexOf(e.action());
        if (step < 0 || !(e.get("serial") instanceof Long serial) || serial % every != 0
                || !(e.get("inquirer") instanceof Long inquirer)) {
            return;
        }
        long now = clock.getAsLong();
        long[] at = passed.computeIfAbsent(new Key(inquirer, serial), k -> new long[STEPS.size()]);
        synchronized (at) {
            if (at[step] == 0) {
                at[step] = now; // the first time only: a repeat is not the linkage's path
            }
        }
    }

    /**
     * The stages of the sampled linkages that passed every step, their first within [from, to]:
     * consecutive steps, then the whole from first to last.
     */
    List<Stage> stages(long fromNanos, long toNanos) {
        List<long[]> complete = new ArrayList<>();
        for (long[] at : passed.values()) {
            synchronized (at) {
                if (Arrays.stream(at).noneMatch(t -> t == 0) && at[0] >= fromNanos && at[0] <= toNanos) {
                    complete.add(at.clone());
                }
            }
        }
        List<Stage> out = new ArrayList<>();
        for (int s = 0; s + 1 < STEPS.size(); s++) {
            out.add(stage(STEPS.get(s), STEPS.get(s + 1), complete, s, s + 1));
        }
        out.add(stage(STEPS.get(0), STEPS.get(STEPS.size() - 1), complete, 0, STEPS.size() - 1));
        return out;
    }

    private static Stage stage(String from, String to, List<long[]> complete, int a, int b) {
        long[] d = new long[complete.size()];
        long sum = 0;
        for (int k = 0; k < d.length; k++) {
            d[k] = complete.get(k)[b] - complete.get(k)[a];
            sum += d[k];
        }
        Arrays.sort(d);
        return new Stage(from, to, d.length, d.length == 0 ? 0 : sum / 1e6 / d.length, LinkageBench.millis(d, 0.5),
                LinkageBench.millis(d, 0.9), LinkageBench.millis(d, 0.99));
    }

    /** The stages by name ("from -> to"), in order. */
    static Map<String, Stage> byName(List<Stage> stages) {
        Map<String, Stage> out = new LinkedHashMap<>();
        stages.forEach(s -> out.put(s.from() + " -> " + s.to(), s));
        return out;
    }
}
