package bango.trace;

/**
 * Receives one event per spec action the implementation performs, for trace validation against
 * the TLA+ specs. Production code runs with {@link #OFF}: callers test {@link #on()} before building
 * an event, so tracing costs one predictable branch when it is off.
 */
public interface Tracer {

    /** Records nothing; {@link #on()} is false. */
    Tracer OFF = new Tracer() {
        @Override
        public boolean on() {
            return false;
        }

        @Override
        public void event(TraceEvent event) {
        }

        @Override
        public String toString() {
            return "Tracer.OFF";
        }
    };

    /** True if events are wanted. */
    default boolean on() {
        return true;
    }

    /** Called after the action the event names has taken effect. */
    void event(TraceEvent event);
}
