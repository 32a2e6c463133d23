package bango.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bango.bench.LinkageStages.Stage;
import bango.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stages of a linkage, from trace events on a made-up clock. */
class LinkageStagesTest {

    private long now;

    private void at(LinkageStages s, long nanos, String action, long inquirer, long serial) {
        now = nanos;
        s.event(TraceEvent.of(action, "inquirer", inquirer, "serial", serial));
    }

    /** Serial {@code serial} of I1 passes step k at start + k * gap ms. */
    private void path(LinkageStages s, long serial, long startMillis, long gapMillis) {
        for (int k = 0; k < LinkageStages.STEPS.size(); k++) {
            at(s, (startMillis + k * gapMillis) * 1_000_000, LinkageStages.STEPS.get(k), 1, serial);
        }
    }

    @Test
    void eachStageIsTheTimeBetweenConsecutiveStepsAndTheLastIsTheWhole() {
        LinkageStages s = new LinkageStages(1, () -> now);
        path(s, 1, 100, 1);
        path(s, 2, 200, 3);
        List<Stage> stages = s.stages(0, Long.MAX_VALUE);
        assertEquals(LinkageStages.STEPS.size(), stages.size(), "six stages and the whole");
        Stage first = stages.get(0);
        assertEquals("SendQuery", first.from());
        assertEquals("CoreReceiveQuery", first.to());
        assertEquals(2, first.linkages());
        assertEquals(2.0, first.meanMillis(), 1e-9);
        assertEquals(3.0, first.p50Millis(), 1e-9, "of two, the upper (as every percentile here)");
        assertEquals(3.0, first.p99Millis(), 1e-9);
        Stage whole = stages.get(stages.size() - 1);
        assertEquals("SendQuery", whole.from());
        assertEquals("InquirerReceiveAnswer", whole.to());
        assertEquals(12.0, whole.meanMillis(), 1e-9, "(6 + 18) / 2");
        assertEquals(List.of("SendQuery -> CoreReceiveQuery", "CoreReceiveQuery -> ProviderReceiveNotice"),
                LinkageStages.byName(stages).keySet().stream().limit(2).toList());
    }

    @Test
    void onlySampledCompleteLinkagesStartedInTheWindowCountAndARepeatKeepsTheFirstTime() {
        LinkageStages s = new LinkageStages(2, () -> now);
        path(s, 2, 100, 1);
        path(s, 3, 100, 1); // not sampled
        path(s, 4, 5, 1); // started before the window
        for (int k = 0; k < 3; k++) { // never answered
            at(s, 100_000_000 + k, LinkageStages.STEPS.get(k), 1, 6);
        }
        at(s, 150_000_000, "SendQuery", 1, 2); // a resend, later: the path is the first
        at(s, 150_000_000, "StaffDecide", 1, 2); // not a step
        s.event(TraceEvent.of("SendQuery", "inquirer", 1L, "serial", "8")); // not a serial
        List<Stage> stages = s.stages(50_000_000, 200_000_000);
        stages.forEach(st -> assertEquals(1, st.linkages(), st.toString()));
        assertEquals(6.0, stages.get(stages.size() - 1).meanMillis(), 1e-9);
    }

    @Test
    void withNothingSampledEveryStageIsEmpty() {
        LinkageStages s = new LinkageStages(1, () -> now);
        s.stages(0, 1).forEach(st -> {
            assertEquals(0, st.linkages());
            assertEquals(0.0, st.p99Millis());
        });
        assertThrows(IllegalArgumentException.class, () -> new LinkageStages(0, () -> 0));
    }
}
