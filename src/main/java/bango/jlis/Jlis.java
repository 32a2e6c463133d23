package bango.jlis;

import bango.codes.CoreSystem;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * J-LIS (地方公共団体情報システム機構) as the issuer of individual numbers (ID-1..ID-8) and the
 * converter of numbers to resident codes for the core system (ID-7, CODE-1, CODE-2).
 *
 * <p><b>Generation.</b> A number's 11-digit body is found by walking the resident code's cycle under
 * the keyed permutation for tweak (generation, attempt): the first value on the walk that was never
 * issued before becomes the number. A value already issued (a replaced number included) is skipped
 * by applying the permutation again. If the walk comes back to the resident code, every value on the
 * cycle is taken (and the resident code itself is never a number), so the next attempt's
 * permutation is walked. No person chooses anything (ID-2); the result is a function of the key, the
 * resident code, the generation and the history.
 *
 * <p><b>Conversion.</b> An institution's request for a code carries a number; J-LIS looks it up in
 * its own table of current numbers (not an inversion of the permutation) and passes the resident code
 * to the core system.
 *
 * <p>J-LIS serves one request at a time, as the spec's J-LIS does.
 */
public final class Jlis {

    private final NumberPermutation permutation;
    private final Tracer tracer;
    private final IssuedNumbers history;
    private final Map<ResidentCode, String> homes = new HashMap<>();
    private final Map<ResidentCode, NumberNotice> current = new HashMap<>();
    private final Map<Long, ResidentCode> currentOwners = new HashMap<>();
    private final Map<RequestKey, PendingCodeRequest> pending = new LinkedHashMap<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private CoreSystem core;

    public Jlis(NumberPermutation permutation, Tracer tracer) {
        this(permutation, tracer, new IssuedNumbers());
    }

    /** With a given history store (tests seed faults through it). */
    Jlis(NumberPermutation permutation, Tracer tracer, IssuedNumbers history) {
        this.permutation = Objects.requireNonNull(permutation, "permutation");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.history = Objects.requireNonNull(history, "history");
    }

    /** Connects J-LIS to the core system it passes resident codes to (CODE-2). */
    public synchronized void connect(CoreSystem core) {
        this.core = Objects.requireNonNull(core, "core");
    }

    /**
     * Juki-net: a municipality registers a resident's identity information with J-LIS, which from
     * then on knows the resident's municipality of residence.
     */
    public synchronized void registerResident(String municipality, ResidentCode residentCode) {
        String home = homes.putIfAbsent(residentCode, municipality);
        if (home != null && !home.equals(municipality)) {
            throw new JlisException(JlisException.Reason.REGISTERED_ELSEWHERE,
                    "the resident is registered by another municipality");
        }
    }

    /**
     * ID-1..ID-6: the municipality asks for the resident's number; J-LIS generates it and returns it
     * with the resident code. Asking again returns the same number (a retry changes nothing).
     */
    public synchronized NumberNotice issue(String municipality, ResidentCode residentCode) {
        requireHome(municipality, residentCode);
        NumberNotice existing = current.get(residentCode);
        if (existing != null) {
            return existing;
        }
        if (tracer.on()) {
            tracer.event(TraceEvent.of("RequestNumber", "rc", residentCode.digits(), "from", municipality));
        }
        return generate(residentCode, 0);
    }

    /** ID-8: the municipality asks for the resident's number to be changed. */
    public synchronized NumberNotice reissue(String municipality, ResidentCode residentCode) {
        requireHome(municipality, residentCode);
        NumberNotice old = current.get(residentCode);
        if (old == null) {
            throw new JlisException(JlisException.Reason.NO_NUMBER_YET, "the resident has no number to change");
        }
        if (old.generation() >= NumberPermutation.MAX_GENERATION) {
            throw new JlisException(JlisException.Reason.GENERATIONS_EXHAUSTED,
                    "the resident's number cannot be changed again");
        }
        if (tracer.on()) {
            tracer.event(TraceEvent.of("RequestReissue", "rc", residentCode.digits(), "from", municipality));
        }
        return generate(residentCode, old.generation() + 1);
    }

    /**
     * ID-1..ID-6 for many residents of one municipality: the same numbers, in the same order, as
     * calling {@link #issue} for each, with the first permutation step computed in batches.
     */
    public synchronized List<NumberNotice> issueAll(String municipality, List<ResidentCode> residentCodes) {
        if (!(permutation instanceof Ff1NumberPermutation ff1) || tracer.on()) {
            return residentCodes.stream().map(rc -> issue(municipality, rc)).toList();
        }
        int n = residentCodes.size();
        long[] in = new long[n];
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            requireHome(municipality, residentCodes.get(i));
            in[i] = residentCodes.get(i).value();
        }
        ff1.applyAll(in, out, n, 0, 0);
        NumberNotice[] notices = new NumberNotice[n];
        for (int i = 0; i < n; i++) {
            ResidentCode rc = residentCodes.get(i);
            NumberNotice existing = current.get(rc);
            if (existing != null) {
                notices[i] = existing;
            } else if (out[i] != in[i] && !history.contains(out[i])) {
                notices[i] = record(rc, 0, 0, out[i]);
            } else {
                notices[i] = generate(rc, 0);
            }
        }
        return List.of(notices);
    }

    private NumberNotice generate(ResidentCode residentCode, int generation) {
        long start = residentCode.value();
        int attempt = 0;
        long cursor = start;
        while (true) {
            long y = permutation.apply(cursor, generation, attempt);
            if (y == start) {
                if (attempt == NumberPermutation.MAX_ATTEMPT) {
                    throw new JlisException(JlisException.Reason.ATTEMPTS_EXHAUSTED,
                            "every attempt's cycle is exhausted");
                }
                attempt++;
                cursor = start;
                trace("JlisNextAttempt", y);
            } else if (history.contains(y)) {
                cursor = y;
                trace("JlisWalk", y);
            } else {
                NumberNotice notice = record(residentCode, generation, attempt, y);
                trace("JlisIssue", y);
                return notice;
            }
        }
    }

    private NumberNotice record(ResidentCode residentCode, int generation, int attempt, long body) {
        history.add(body);
        NumberNotice notice = new NumberNotice(residentCode, IndividualNumber.fromBody(body), generation);
        ledger.add(new LedgerEntry(residentCode, generation, attempt, notice.number()));
        NumberNotice old = current.put(residentCode, notice);
        if (old != null) {
            currentOwners.remove(old.number().body());
        }
        currentOwners.put(body, residentCode);
        return notice;
    }

    private void trace(String action, long value) {
        if (tracer.on()) {
            tracer.event(TraceEvent.of(action, "value", digits11(value)));
        }
    }

    /**
     * CODE-1: an institution asks for the code of the person whose number it holds, under its own
     * processing serial. The request waits until {@link #processCodeRequest} serves it.
     */
    public synchronized void submitCodeRequest(InstitutionId institution, long serial, IndividualNumber number,
                                               CodeRequestReplies replies) {
        RequestKey key = new RequestKey(institution, serial);
        if (pending.containsKey(key)) {
            throw new JlisException(JlisException.Reason.DUPLICATE_SERIAL,
                    "the institution already has a request waiting under that serial");
        }
        pending.put(key, new PendingCodeRequest(Objects.requireNonNull(number, "number"),
                Objects.requireNonNull(replies, "replies")));
    }

    /**
     * CODE-2, ID-7: serves a waiting code request: looks the number up in J-LIS's table and passes
     * the resident code to the core system, which answers the institution; a number that is nobody's
     * current number is refused.
     */
    public synchronized void processCodeRequest(InstitutionId institution, long serial) {
        RequestKey key = new RequestKey(institution, serial);
        PendingCodeRequest request = pending.get(key);
        if (request == null) {
            throw new JlisException(JlisException.Reason.UNKNOWN_REQUEST, "no code request waits under that serial");
        }
        ResidentCode residentCode = currentOwners.get(request.number().body());
        if (residentCode != null && core == null) {
            throw new IllegalStateException("J-LIS is not connected to the core system");
        }
        pending.remove(key);
        if (residentCode == null) {
            if (tracer.on()) {
                tracer.event(TraceEvent.of("RefuseCode", "inst", institution.value(), "serial", serial));
            }
            request.replies().refused(serial, request.number(), JlisException.Reason.NOT_A_CURRENT_NUMBER);
            return;
        }
        core.issueCode(institution, serial, residentCode);
    }

    /** The waiting code requests, oldest first. */
    public synchronized List<WaitingRequest> pendingCodeRequests() {
        return pending.entrySet().stream()
                .map(e -> new WaitingRequest(e.getKey().institution(), e.getKey().serial(), e.getValue().number()))
                .toList();
    }

    /** A code request waiting at J-LIS. */
    public record WaitingRequest(InstitutionId institution, long serial, IndividualNumber number) {
    }

    /** J-LIS's table: every number issued, replaced ones included, in the order issued. */
    public synchronized List<LedgerEntry> ledger() {
        return List.copyOf(ledger);
    }

    /** One number J-LIS issued: to whom, in which generation and attempt. */
    public record LedgerEntry(ResidentCode residentCode, int generation, int attempt, IndividualNumber number) {
    }

    /** One row of J-LIS's own table: a registered resident and their current number, if any. */
    @FunctionalInterface
    public interface ResidentEntry {
        /** {@code current} is null while the resident has no number yet. */
        void accept(ResidentCode residentCode, String municipality, NumberNotice current);
    }

    /**
     * Calls {@code action} for every resident registered with J-LIS, with the municipality of
     * residence and the current number (for J-LIS's own store; the rows leave J-LIS for nowhere
     * else). In no particular order.
     */
    public synchronized void forEachResident(ResidentEntry action) {
        homes.forEach((rc, municipality) -> action.accept(rc, municipality, current.get(rc)));
    }

    /** Calls {@code action} with the body of every number ever issued, replaced ones included. */
    public synchronized void forEachIssued(LongConsumer action) {
        history.forEach(action);
    }

    /** Numbers issued so far, replaced ones included. */
    public synchronized int issuedCount() {
        return history.size();
    }

    private void requireHome(String municipality, ResidentCode residentCode) {
        String home = homes.get(Objects.requireNonNull(residentCode, "residentCode"));
        if (home == null) {
            throw new JlisException(JlisException.Reason.UNKNOWN_RESIDENT,
                    "no municipality has registered the resident");
        }
        if (!home.equals(municipality)) {
            throw new JlisException(JlisException.Reason.NOT_HOME_MUNICIPALITY,
                    "only the resident's municipality of residence may ask for the resident's number");
        }
    }

    /** An 11-digit value as its 11 digits, leading zeros kept. */
    static String digits11(long value) {
        String s = Long.toString(value);
        return "0".repeat(11 - s.length()) + s;
    }

    @Override
    public String toString() {
        return "Jlis[" + history.size() + " numbers issued]";
    }

    private record RequestKey(InstitutionId institution, long serial) {
    }

    private record PendingCodeRequest(IndividualNumber number, CodeRequestReplies replies) {
    }
}
