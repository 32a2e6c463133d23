package bango.jlis;

import bango.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays trace events against the action guards of specs/tla/Identifiers.tla, as far as the
 * events carry the values: J-LIS serves one request at a time (RequestNumber/RequestReissue start a
 * job, JlisIssue ends it), JlisWalk only passes issued values, JlisNextAttempt only when the walk is
 * back at the job's resident code, JlisIssue only a value never issued and not the resident code,
 * and code actions only when J-LIS is idle. Returns the first violation, or null.
 */
public final class SpecReplay {

    private final Set<String> issued = new HashSet<>();
    private final Set<String> requested = new HashSet<>();
    private final List<String> log = new ArrayList<>();
    private String jobRc;

    public static String violation(List<TraceEvent> events) {
        SpecReplay r = new SpecReplay();
        for (TraceEvent e : events) {
            String v = r.step(e);
            if (v != null) {
                return e.action() + " #" + r.log.size() + ": " + v;
            }
            r.log.add(e.action());
        }
        return r.jobRc == null ? null : "a job is still open at the end";
    }

    private String step(TraceEvent e) {
        switch (e.action()) {
            case "RequestNumber", "RequestReissue" -> {
                if (jobRc != null) {
                    return "J-LIS is busy";
                }
                jobRc = (String) e.get("rc");
                e.get("from");
                return null;
            }
            case "JlisWalk" -> {
                if (jobRc == null) {
                    return "no job";
                }
                String v = (String) e.get("value");
                return issued.contains(v) && !v.equals(jobRc) ? null : "walked past a free value";
            }
            case "JlisNextAttempt" -> {
                if (jobRc == null) {
                    return "no job";
                }
                return e.get("value").equals(jobRc) ? null : "next attempt before the cycle closed";
            }
            case "JlisIssue" -> {
                if (jobRc == null) {
                    return "no job";
                }
                String v = (String) e.get("value");
                if (v.equals(jobRc)) {
                    return "issued the resident code itself";
                }
                if (!issued.add(v)) {
                    return "issued a value issued before";
                }
                jobRc = null;
                return null;
            }
            case "RequestCode" -> {
                if (jobRc != null) {
                    return "J-LIS is busy";
                }
                String num = (String) e.get("num");
                if (!issued.contains(num)) {
                    return "an institution holds a number never issued";
                }
                return requested.add(e.get("inst") + "/" + e.get("serial")) ? null : "serial reused";
            }
            case "IssueCode", "RefuseCode" -> {
                if (jobRc != null) {
                    return "J-LIS is busy";
                }
                String key = e.get("inst") + "/" + e.get("serial");
                // Requests may come straight to J-LIS (no RequestCode event) in J-LIS-only tests.
                requested.remove(key);
                return null;
            }
            default -> {
                return "unknown action";
            }
        }
    }
}
