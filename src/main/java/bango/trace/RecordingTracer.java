package bango.trace;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event in order, for tests that replay or validate a run. */
public final class RecordingTracer implements Tracer {

    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public synchronized void event(TraceEvent event) {
        events.add(event);
    }

    /** The events so far, oldest first. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized String toString() {
        return "RecordingTracer[" + events.size() + " events]";
    }
}
