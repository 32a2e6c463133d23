package bango.conformance;

import bango.network.Faults;
import bango.network.Messages;
import bango.network.Messages.Answer;
import bango.network.Messages.Data;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Release;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The observer of a network run: the services' trace events (as {@link Tracer}) and every message
 * put on a line (as {@link Faults}, which also loses or duplicates some, by a seeded hash of the
 * line, the message and how often it was sent there before).
 *
 * <p>It counts the copies of each of the spec's messages in flight: a message an action sends is
 * counted at that action's event (sends happen on the acting thread right after its event), so a
 * delivery of another copy that the log shows in between still sees it. From the counts it writes
 * the run in the spec's terms ({@link #specEvents}), and it knows when the network is quiet: no copy
 * in flight and every action's sends made.
 */
final class LinkageRecorder implements Tracer, Faults {

    /** An action of a service, with the spec messages (by key) it put on the lines. */
    private record Act(TraceEvent event, List<String> sends) {
    }

    /** The interface system relayed a message twice: one copy more in flight. */
    private record RelayCopy(String key) {
    }

    /** The test's observation of the services' state. */
    private record Observed(TraceEvent event) {
    }

    private final List<Object> log = new ArrayList<>();
    private final ThreadLocal<Act> lastAct = new ThreadLocal<>();
    private final ThreadLocal<Boolean> duplicateNext = new ThreadLocal<>();
    private final Map<String, Integer> sentBefore = new HashMap<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private int copies;
    private int owedSends;
    private long faultSeed;
    private int lossPerMille;
    private int duplicatePerMille;

    /** Starts a new run: forgets the log; no faults until {@link #faults}. */
    synchronized void begin(long seed) {
        if (copies != 0 || owedSends != 0) {
            throw new IllegalStateException("a run begins while the network is busy");
        }
        log.clear();
        sentBefore.clear();
        inFlight.clear();
        faultSeed = seed;
        lossPerMille = 0;
        duplicatePerMille = 0;
    }

    /** From now on, lose and duplicate about these many messages in a thousand. */
    synchronized void faults(int lossPerMille, int duplicatePerMille) {
        this.lossPerMille = lossPerMille;
        this.duplicatePerMille = duplicatePerMille;
    }

    synchronized void observe(TraceEvent observation) {
        log.add(new Observed(observation));
    }

    /** The trace events of the run so far (without the observations). */
    synchronized List<TraceEvent> events() {
        List<TraceEvent> out = new ArrayList<>();
        for (Object o : log) {
            if (o instanceof Act a) {
                out.add(a.event());
            }
        }
        return out;
    }

    /** Waits until nothing is in flight and every action has sent what it sends; false on timeout. */
    synchronized boolean awaitQuiet(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (copies != 0 || owedSends != 0) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    synchronized String busy() {
        Map<String, Integer> flying = new LinkedHashMap<>();
        inFlight.forEach((k, v) -> {
            if (v != 0) {
                flying.put(k, v);
            }
        });
        return "copies in flight " + flying + ", sends owed " + owedSends;
    }

    // --- Tracer ---------------------------------------------------------------------------------

    @Override
    public synchronized void event(TraceEvent e) {
        Act a = new Act(e, new ArrayList<>());
        log.add(a);
        lastAct.set(a);
        String taken = takes(e);
        if (taken != null) {
            change(taken, -1);
        }
        owedSends += sends(e);
        notifyAll();
    }

    /** The key of the message a delivery or a loss takes off the network, or null. */
    private static String takes(TraceEvent e) {
        Object i = e.fields().get("inquirer");
        Object s = e.fields().get("serial");
        return switch (e.action()) {
            case "CoreReceiveQuery" -> key("query", i, s, "");
            case "ProviderReceiveNotice" -> key("notice", i, s, "");
            case "InterfaceParkData" -> key("data", i, s, "");
            case "CoreReceiveReport" -> key("report", i, s, e.get("outcome"));
            case "InterfaceRelease" -> key("release", i, s, "");
            case "InquirerReceiveAnswer" -> key("answer", i, s, "");
            case "InquirerReceiveStatus" -> key("status", i, s, e.get("status"));
            case "Lose" -> key((String) e.get("type"), i, s, e.get("detail"));
            default -> null;
        };
    }

    /** How many messages the spec's action sends (the implementation must send as many). */
    private static int sends(TraceEvent e) {
        return switch (e.action()) {
            case "SendQuery", "CoreReceiveQuery", "InterfaceParkData" -> 1;
            case "ProviderReceiveNotice" -> Messages.PROVIDED.equals(e.get("outcome")) ? 1 : 2;
            case "StaffDecide" -> Boolean.TRUE.equals(e.get("provide")) ? 1 : 2;
            case "CoreReceiveReport" -> Messages.PROVIDED.equals(e.get("outcome")) ? 1 : 0;
            case "InterfaceRelease" -> Boolean.TRUE.equals(e.get("parked")) ? 1 : 0;
            default -> 0;
        };
    }

    private void change(String key, int by) {
        inFlight.merge(key, by, Integer::sum);
        copies += by;
    }

    // --- Faults ---------------------------------------------------------------------------------

    @Override
    public synchronized boolean lose(String line, Object message) {
        String key = key(message);
        int n = sentBefore.merge(line + " " + key, 1, Integer::sum);
        long h = mix(faultSeed ^ (line + " " + key).hashCode() * 0x9E3779B97F4A7C15L ^ n);
        boolean lost = Math.floorMod(h, 1000) < lossPerMille;
        boolean twice = !lost && Math.floorMod(h >>> 20, 1000) < duplicatePerMille;
        duplicateNext.set(twice);
        int copiesSent = twice ? 2 : 1;
        if (origin(line, message)) {
            Act a = lastAct.get();
            if (a == null) {
                throw new IllegalStateException(line + ": a message sent by no traced action: " + key);
            }
            for (int k = 0; k < copiesSent; k++) {
                a.sends().add(key);
            }
            owedSends--;
            change(key, copiesSent);
        } else if (twice) {
            log.add(new RelayCopy(key));
            change(key, 1);
        }
        notifyAll();
        return lost;
    }

    @Override
    public boolean duplicate(String line, Object message) {
        Boolean twice = duplicateNext.get();
        duplicateNext.remove();
        return twice != null && twice;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /**
     * Whether the message starts its journey on this line (rather than being relayed by the
     * interface system): everything an intermediate server or the core sends, the interface
     * system's report of parked data and its answers.
     */
    private static boolean origin(String line, Object m) {
        if (line.startsWith("is-") || line.equals("core->interface")) {
            return true;
        }
        if (line.equals("interface->core")) {
            return m instanceof Report r && Messages.PROVIDED.equals(r.outcome());
        }
        return m instanceof Answer;
    }

    private static String key(Object m) {
        if (m instanceof Query q) {
            return key("query", q.inquirer(), q.serial(), "");
        } else if (m instanceof Notice n) {
            return key("notice", n.inquirer(), n.serial(), "");
        } else if (m instanceof Data d) {
            return key("data", d.inquirer(), d.serial(), "");
        } else if (m instanceof Report r) {
            return key("report", r.inquirer(), r.serial(), r.outcome());
        } else if (m instanceof Release r) {
            return key("release", r.inquirer(), r.serial(), "");
        } else if (m instanceof Answer a) {
            return key("answer", a.inquirer(), a.serial(), "");
        } else if (m instanceof Status s) {
            return key("status", s.inquirer(), s.serial(), s.status());
        }
        throw new IllegalArgumentException("not a message of the network: " + m);
    }

    private static String key(String type, Object inquirer, Object serial, Object detail) {
        return type + "|" + inquirer + "|" + serial + "|" + detail;
    }

    // --- The run in the spec's terms ------------------------------------------------------------

    /**
     * The run's events as {@code TraceLinkage.tla} reads them: institutions as {@code "I<id>"},
     * serials through {@code serial} (the implementation's serial of an inquirer to the run's),
     * each delivery marked with whether another copy was still in flight, losses of a copy while
     * another flies left out, and a release that found nothing parked followed by the loss of the
     * answer the spec's interface system sends (unless a copy of that answer is in flight).
     */
    synchronized List<TraceEvent> specEvents(Map<Long, LongUnaryOperator> serial) {
        Map<String, Integer> count = new HashMap<>();
        List<TraceEvent> out = new ArrayList<>();
        for (Object o : log) {
            if (o instanceof RelayCopy c) {
                count.merge(c.key(), 1, Integer::sum);
                continue;
            }
            if (o instanceof Observed obs) {
                out.add(obs.event());
                continue;
            }
            Act a = (Act) o;
            TraceEvent e = a.event();
            long i = ((Number) e.get("inquirer")).longValue();
            String inquirer = "I" + i;
            long s = serial.getOrDefault(i, x -> x).applyAsLong(((Number) e.get("serial")).longValue());
            String taken = takes(e);
            boolean leave = false;
            if (taken != null) {
                int left = count.merge(taken, -1, Integer::sum);
                if (left < 0) {
                    count.put(taken, 0); // taken though never sent: the spec will not follow
                }
                leave = left > 0;
            }
            switch (e.action()) {
                case "SendQuery" -> out.add(TraceEvent.of("SendQuery", "inquirer", inquirer, "serial", s));
                case "CoreReceiveQuery" -> out.add(TraceEvent.of("CoreReceiveQuery", "inquirer", inquirer,
                        "serial", s, "allow", e.get("allow"), "leave", leave));
                case "ProviderReceiveNotice" -> out.add(TraceEvent.of("ProviderReceiveNotice",
                        "provider", "I" + e.get("provider"), "inquirer", inquirer, "serial", s,
                        "outcome", e.get("outcome"), "leave", leave));
                case "StaffDecide" -> out.add(TraceEvent.of("StaffDecide", "provider", "I" + e.get("provider"),
                        "inquirer", inquirer, "serial", s, "provide", e.get("provide")));
                case "InterfaceParkData" -> out.add(TraceEvent.of("InterfaceParkData", "inquirer", inquirer,
                        "serial", s, "leave", leave));
                case "CoreReceiveReport" -> out.add(TraceEvent.of("CoreReceiveReport", "inquirer", inquirer,
                        "serial", s, "outcome", e.get("outcome"), "recorded", e.get("recorded"), "leave", leave));
                case "InterfaceRelease" -> {
                    out.add(TraceEvent.of("InterfaceRelease", "inquirer", inquirer, "serial", s, "leave", leave));
                    if (Boolean.FALSE.equals(e.get("parked"))
                            && count.getOrDefault(key("answer", i, e.get("serial"), ""), 0) == 0) {
                        out.add(lose("answer", inquirer, s, ""));
                    }
                }
                case "InquirerReceiveAnswer" -> out.add(TraceEvent.of("InquirerReceiveAnswer", "inquirer", inquirer,
                        "serial", s, "recorded", e.get("recorded"), "leave", leave));
                case "InquirerReceiveStatus" -> out.add(TraceEvent.of("InquirerReceiveStatus", "inquirer", inquirer,
                        "serial", s, "status", e.get("status"), "recorded", e.get("recorded"), "leave", leave));
                case "Lose" -> {
                    if (!leave) {
                        String type = (String) e.get("type");
                        String detail = (String) e.get("detail");
                        out.add(type.equals("status") ? lose(detail, inquirer, s, "")
                                : lose(type, inquirer, s, type.equals("report") ? detail : ""));
                    }
                }
                default -> throw new IllegalArgumentException("no spec action for trace event " + e);
            }
            for (String k : a.sends()) {
                count.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    private static TraceEvent lose(String type, String inquirer, long serial, String outcome) {
        return TraceEvent.of("Lose", "type", type, "inquirer", inquirer, "serial", serial, "outcome", outcome);
    }
}
