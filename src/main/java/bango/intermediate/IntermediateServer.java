package bango.intermediate;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.intermediate.CopyStore.Copy;
import bango.intermediate.CopyStore.Restriction;
import bango.network.Key;
import bango.network.Messages;
import bango.network.Messages.Answer;
import bango.network.Messages.Data;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.Retention;
import bango.network.Wire;
import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import bango.records.ProvisionRecord;
import bango.records.RecordKind;
import bango.records.RecordLog;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * One institution's intermediate server (中間サーバー, IS-1): its business systems' gateway to the
 * network, as inquirer and as provider. See the package documentation.
 */
public final class IntermediateServer implements AutoCloseable {

    /** Where an intermediate server's messages go: all to the interface system. */
    public interface Outbound {
        void query(Query q);

        void data(Data d);

        void report(Report r);

        void status(Status s);
    }

    /** What the server may check of a query before it leaves (the core decides the rest). */
    public record Vocabulary(IntPredicate item, LongPredicate institution, Predicate<String> category) {
    }

    private volatile java.util.function.BooleanSupplier connected = () -> true;

    /** Status of an inquiry, as the inquirer's business system sees it. */
    public enum State { SENT, HELD, REFUSED, PROVIDED }

    /** One of this institution's queries, by serial (処理通番). */
    static final class Inquiry {
        final Query query;
        volatile State state = State.SENT;
        volatile String reason;
        volatile String payload;
        volatile long sentNanos;
        /** Completes when the query leaves SENT: provided, refused or held (for long polls). */
        final CompletableFuture<Void> settled = new CompletableFuture<>();
        /** Left memory (guarded by this): an answer takes the query read back from the records instead. */
        boolean gone;

        Inquiry(Query query) {
            this.query = query;
        }

        void settle() {
            settled.complete(null);
        }

        /** Leaves memory only once settled and with no provision's record under way (called under this's lock). */
        boolean leave() {
            if (state == State.SENT || (payload != null && state != State.PROVIDED)) {
                return false;
            }
            gone = true;
            return true;
        }
    }

    /** Longest a business system may wait for an answer in one poll. */
    static final long MAX_WAIT_MILLIS = 30_000;

    /** A provider-side outcome for one serial, kept to answer repeats alike. */
    record Served(Notice notice, String outcome, String payload, String reason) {
    }

    private final InstitutionId id;
    private final CopyStore copies;
    private final RecordLog records;
    private final Vocabulary vocabulary;
    private final Tracer tracer;
    private final JsonHttpServer http;
    private final AtomicLong lastSerial = new AtomicLong();
    private final Map<Long, Inquiry> inquiries = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Served>> served = new ConcurrentHashMap<>();
    private final Map<Key, Notice> holds = new ConcurrentHashMap<>();
    /** Bounds on the settled queries and outcomes kept in memory; older ones are read back from the records. */
    private final Retention<Long, Inquiry> settledInquiries;
    private final Retention<Key, CompletableFuture<Served>> settledOutcomes;
    private final Set<Key> staffDecided = ConcurrentHashMap.newKeySet();
    private volatile Outbound network;

    public IntermediateServer(InstitutionId id, CopyStore copies, RecordLog records, Vocabulary vocabulary, Tracer tracer) {
        this(id, copies, records, vocabulary, tracer, Retention.DEFAULT_KEPT);
    }

    /**
     * As above, keeping at most {@code kept} settled queries (as inquirer) and {@code kept} settled
     * outcomes (as provider) in memory. An older query's state is read back from the records, but not
     * its data: the business system collects an answer while it is among the last {@code kept}.
     */
    public IntermediateServer(InstitutionId id, CopyStore copies, RecordLog records, Vocabulary vocabulary, Tracer tracer,
            int kept) {
        this.settledInquiries = new Retention<>(inquiries, kept, Inquiry::leave);
        this.settledOutcomes = new Retention<>(served, kept);
        this.id = Objects.requireNonNull(id, "id");
        this.copies = Objects.requireNonNull(copies, "copies");
        this.records = Objects.requireNonNull(records, "records");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        restore();
        this.http = new JsonHttpServer("is-" + id.value())
                // the institution's business systems
                .route("POST", "/v1/inquiries", Wire.oneOf(InquiryRequest.class), (p, query, req) -> {
                    String wait = query.get("wait");
                    long millis = waitMillis(wait); // a bad wait is refused before anything is recorded
                    return inquire(req).thenCompose(q -> wait == null ? done(view(q)) : poll(q, millis));
                })
                .route("POST", "/v1/inquiry-batches", Wire.listOf(InquiryRequest.class, IntermediateServer::batch),
                        (p, query, requests) -> {
                    String wait = query.get("wait");
                    long millis = waitMillis(wait);
                    return inquireAll(bounded(requests), connected.getAsBoolean())
                            .thenCompose(batch -> wait == null ? done(batchView(batch)) : pollAll(batch, millis));
                })
                .route("GET", "/v1/inquiries/{serial}", (p, query, body) -> {
                    String wait = query.get("wait");
                    return wait == null ? view(inquiry(p[0])) : poll(inquiry(p[0]), waitMillis(wait));
                })
                .route("POST", "/v1/copies", (p, body) -> register(body))
                .route("POST", "/v1/restrictions", (p, body) -> restrict(body))
                .route("GET", "/v1/holds", (p, body) -> heldQueries())
                .route("POST", "/v1/holds/{inquirer}/{serial}", (p, body) -> staffDecision(p, body))
                // the interface system
                .route("POST", "/v1/notices", Wire.listOf(Notice.class), (p, query, batch) -> notices(batch))
                .route("POST", "/v1/answers", Wire.listOf(Answer.class), (p, query, batch) -> answers(batch))
                .route("POST", "/v1/statuses", Wire.listOf(Status.class), (p, query, batch) -> {
                    statuses(batch);
                    return null;
                });
    }

    /** Rebuilds the inquiries' states from this server's own records after a restart. */
    private void restore() {
        for (ProvisionRecord r : records.readAll()) {
            if (!r.inquirer().equals(id)) {
                continue;
            }
            lastSerial.accumulateAndGet(r.serial(), Math::max);
            Inquiry q = inquiries.computeIfAbsent(r.serial(), s -> new Inquiry(new Query(id.value(), s, r.item(),
                    r.provider().value(), r.category(), r.person(), r.requestedAt().toEpochMilli())));
            replay(q, r);
        }
        inquiries.values().stream().filter(q -> q.state != State.SENT)
                .sorted(Comparator.comparingLong(q -> q.query.serial())).forEach(this::settledInquiry);
    }

    /** What one of this server's records as inquirer says of the query's state. */
    private static void replay(Inquiry q, ProvisionRecord r) {
        switch (r.kind()) {
            case PROVISION -> q.state = State.PROVIDED;
            case HOLD -> q.state = q.state == State.SENT ? State.HELD : q.state;
            case REFUSAL -> {
                if (q.state != State.PROVIDED) {
                    q.state = State.REFUSED;
                    q.reason = r.reason();
                }
            }
            default -> { }
        }
        if (q.state != State.SENT) {
            q.settle();
        }
    }

    /**
     * One of this institution's queries, from memory or, once it has left memory, read back from
     * the records (without its data); null if there is no such query.
     */
    private Inquiry inquiryOf(long serial) {
        Inquiry q = inquiries.get(serial);
        if (q != null || serial < 1 || serial > lastSerial.get()) {
            return q;
        }
        List<ProvisionRecord> past = records.find(id, serial);
        if (past.isEmpty() || past.get(0).provider().equals(id)) {
            return null; // never recorded; or a query to itself, which is always kept in memory
        }
        ProvisionRecord first = past.get(0);
        Inquiry recalled = new Inquiry(new Query(id.value(), serial, first.item(), first.provider().value(),
                first.category(), first.person(), first.requestedAt().toEpochMilli()));
        for (ProvisionRecord r : past) {
            replay(recalled, r);
        }
        Inquiry prior = inquiries.putIfAbsent(serial, recalled);
        if (prior != null) {
            return prior;
        }
        if (recalled.state != State.SENT) {
            settledInquiries.settled(serial, recalled);
        }
        return recalled;
    }

    /** {@link #inquiryOf}, or null when its records cannot be read (the message is then dropped, as if lost). */
    private Inquiry recalledOrNull(long serial) {
        try {
            return inquiryOf(serial);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The query an answer is for, claimed for its provision record so that a concurrent repeat finds
     * it taken; null if it is not one of ours or was answered already.
     */
    private Inquiry claim(Answer a) {
        while (a.inquirer() == id.value()) {
            Inquiry q = recalledOrNull(a.serial());
            if (q == null) {
                return null;
            }
            synchronized (q) {
                if (q.gone) {
                    continue; // it left memory meanwhile: its records say what it holds
                }
                if (q.state == State.PROVIDED || q.payload != null) {
                    traceAnswer(a.serial(), true);
                    return null;
                }
                q.payload = "";
                return q;
            }
        }
        return null;
    }

    /** Notes a settled query so that the oldest settled ones leave memory (a query to itself never does). */
    private void settledInquiry(Inquiry q) {
        if (q.query.provider() != id.value()) {
            settledInquiries.settled(q.query.serial(), q);
        }
    }

    /** NET-7: how the server learns whether its institution's self-check is accepted (default: it is). */
    public void connectedWhen(java.util.function.BooleanSupplier connected) {
        this.connected = Objects.requireNonNull(connected, "connected");
    }

    public IntermediateServer start(int port, Outbound network) throws Exception {
        this.network = Objects.requireNonNull(network, "network");
        http.start(port);
        return this;
    }

    public InstitutionId id() {
        return id;
    }

    public JsonHttpServer http() {
        return http;
    }

    public CopyStore copies() {
        return copies;
    }

    /** This institution's records, as inquirer and as provider (LOG-1). */
    public RecordLog records() {
        return records;
    }

    // --- As inquirer -------------------------------------------------------------------------

    /** The business system's query, as it arrives: the institution's own code for the person. */
    record InquiryRequest(int item, long provider, String category, String code) {
    }

    /** Most queries one batch (一括照会) may carry. */
    public static final int MAX_BATCH = 1_000;

    /**
     * One query as submitted: sent, or refused before the network ({@code error} the refusal's
     * type), or not recorded and so not sent ({@code inquiry} null).
     */
    record Submitted(long serial, Inquiry inquiry, String error) {
    }

    /** NET-1: records the request, then sends it under a new serial; answers {serial, state}. */
    private CompletableFuture<Inquiry> inquire(InquiryRequest req) {
        boolean isConnected = connected.getAsBoolean();
        return inquireAll(List.of(req), isConnected).thenApply(all -> {
            Submitted s = all.get(0);
            if (s.inquiry() == null) {
                throw new ApiException(503, "record-failed", "the request could not be recorded; nothing was sent");
            }
            if (s.error() != null) {
                String type = refusalType(req, isConnected);
                throw new ApiException(type.equals("not-connected") ? 403 : 422, type,
                        "serial " + s.serial() + " refused: " + s.inquiry().reason);
            }
            return s.inquiry();
        });
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /**
     * What is wrong with a batch's body that did not read as a clean batch: too many entries
     * (checked first, whatever they hold), then an entry that is not a well-formed query.
     */
    private static List<InquiryRequest> batch(JsonNode body) {
        if (body != null && body.isArray() && body.size() > MAX_BATCH) {
            throw tooLarge(body.size());
        }
        return Wire.list(body, InquiryRequest.class);
    }

    /** A batch carries 1..{@link #MAX_BATCH} queries, or nothing is recorded. */
    private static List<InquiryRequest> bounded(List<InquiryRequest> batch) {
        if (batch.size() > MAX_BATCH) {
            throw tooLarge(batch.size());
        }
        if (batch.isEmpty()) {
            throw ApiException.badRequest("malformed", "a batch carries at least one query");
        }
        return batch;
    }

    private static ApiException tooLarge(int size) {
        return new ApiException(413, "batch-too-large", "a batch carries at most " + MAX_BATCH + " queries, not " + size);
    }

    /**
     * NET-1, LOG-1: gives each query a serial and records it (a request, or a refusal for one
     * refused here, before the network), all in one group of appends; then sends those whose
     * request is durable. A query whose record failed is not sent and not kept.
     */
    private CompletableFuture<List<Submitted>> inquireAll(List<InquiryRequest> requests, boolean isConnected) {
        long now = System.currentTimeMillis();
        List<Submitted> out = new ArrayList<>(requests.size());
        List<CompletableFuture<Void>> durable = new ArrayList<>(requests.size());
        for (InquiryRequest req : requests) {
            long serial = lastSerial.incrementAndGet();
            String refusal = isConnected ? check(req)
                    : id + " is not connected: its self-check against the connection rules was not accepted (NET-7)";
            ProvisionRecord r;
            Inquiry q;
            if (refusal != null) {
                // Refused here, before the network: recorded all the same (LOG-1).
                boolean knownItem = vocabulary.item().test(req.item());
                boolean knownCategory = req.category() != null && vocabulary.category().test(req.category());
                boolean wellFormedCode = wellFormed(req.code());
                r = new ProvisionRecord(RecordKind.REFUSAL, id,
                        new InstitutionId(vocabulary.institution().test(req.provider()) ? req.provider() : 0),
                        knownItem ? req.item() : 0, knownCategory ? req.category() : ProvisionRecord.UNKNOWN, serial,
                        wellFormedCode ? req.code() : ProvisionRecord.UNKNOWN, Instant.ofEpochMilli(now), null, refusal);
                q = new Inquiry(new Query(id.value(), serial, req.item(), req.provider(), req.category(), "-", now));
                q.state = State.REFUSED;
                q.reason = refusal;
                q.settle();
            } else {
                r = new ProvisionRecord(RecordKind.REQUEST, id, new InstitutionId(req.provider()), req.item(),
                        req.category(), serial, req.code(), Instant.ofEpochMilli(now), null, null);
                q = new Inquiry(new Query(id.value(), serial, req.item(), req.provider(), req.category(), req.code(), now));
            }
            out.add(new Submitted(serial, q, refusal == null ? null : refusalType(req, isConnected)));
            durable.add(records.append(r));
        }
        List<CompletableFuture<Boolean>> recorded = durable.stream().map(f -> f.handle((ok, e) -> e == null)).toList();
        return CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new)).thenApply(x -> {
            for (int k = 0; k < out.size(); k++) {
                Submitted s = out.get(k);
                if (!recorded.get(k).join()) {
                    out.set(k, new Submitted(s.serial(), null, "record-failed"));
                    continue;
                }
                inquiries.put(s.serial(), s.inquiry());
                if (s.error() == null) {
                    send(s.inquiry());
                } else {
                    settledInquiry(s.inquiry());
                }
            }
            return out;
        });
    }

    private String check(InquiryRequest req) {
        if (!vocabulary.institution().test(req.provider())) {
            return "unknown provider I" + req.provider();
        }
        if (!vocabulary.item().test(req.item())) {
            return "unknown item " + req.item();
        }
        if (req.category() == null || !vocabulary.category().test(req.category())) {
            return "unknown category";
        }
        if (!wellFormed(req.code())) {
            return "not a well-formed institution code";
        }
        return null;
    }

    private static boolean wellFormed(String code) {
        try {
            InstitutionCode.parse(code);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String refusalType(InquiryRequest req, boolean isConnected) {
        if (!isConnected) {
            return "not-connected";
        }
        if (!vocabulary.institution().test(req.provider())) {
            return "unknown-institution";
        }
        if (!vocabulary.item().test(req.item())) {
            return "unknown-item";
        }
        if (req.category() == null || !vocabulary.category().test(req.category())) {
            return "unknown-category";
        }
        return "invalid-code";
    }

    private void send(Inquiry q) {
        synchronized (q) {
            q.sentNanos = System.nanoTime();
            if (tracer.on()) {
                tracer.event(TraceEvent.of("SendQuery", "inquirer", id.value(), "serial", q.query.serial()));
            }
        }
        network.query(q.query);
    }

    /**
     * Resends, under the same serial, every query still unanswered after {@code afterNanos} (the
     * network may have lost it); returns how many.
     */
    public int resendUnanswered(long afterNanos) {
        long now = System.nanoTime();
        int n = 0;
        for (Inquiry q : inquiries.values()) {
            if (q.state == State.SENT && now - q.sentNanos >= afterNanos) {
                send(q);
                n++;
            }
        }
        return n;
    }

    private Inquiry inquiry(String serialText) {
        long serial;
        try {
            serial = Long.parseLong(serialText);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("malformed", "a serial is a number");
        }
        Inquiry q;
        try {
            q = inquiryOf(serial);
        } catch (RuntimeException e) {
            throw new ApiException(503, "record-failed", "the records of serial " + serial + " cannot be read");
        }
        if (q == null) {
            throw ApiException.notFound("unknown-serial", "no query with serial " + serial);
        }
        return q;
    }

    /** A long poll's {@code wait} parameter: 0..{@link #MAX_WAIT_MILLIS} milliseconds. */
    private static long waitMillis(String wait) {
        if (wait == null) {
            return 0;
        }
        long millis;
        try {
            millis = Long.parseLong(wait);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("malformed", "wait is a number of milliseconds");
        }
        if (millis < 0 || millis > MAX_WAIT_MILLIS) {
            throw ApiException.badRequest("malformed", "wait is 0.." + MAX_WAIT_MILLIS + " milliseconds");
        }
        return millis;
    }

    /**
     * The query's view once it settles (provided, refused or held) or after {@code millis},
     * whichever is first, without holding a thread meanwhile (a long poll).
     */
    private static CompletableFuture<Object> poll(Inquiry q, long millis) {
        if (millis == 0 || q.state != State.SENT) {
            return done(view(q));
        }
        return q.settled.copy().completeOnTimeout(null, millis, TimeUnit.MILLISECONDS).<Object>thenApply(x -> view(q));
    }

    /** Every query of a batch once all have settled, or after {@code millis}, whichever is first. */
    private static CompletableFuture<Object> pollAll(List<Submitted> batch, long millis) {
        List<CompletableFuture<Void>> open = new ArrayList<>();
        for (Submitted s : batch) {
            if (s.inquiry() != null && s.inquiry().state == State.SENT) {
                open.add(s.inquiry().settled);
            }
        }
        if (millis == 0 || open.isEmpty()) {
            return done(batchView(batch));
        }
        return CompletableFuture.allOf(open.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, millis, TimeUnit.MILLISECONDS).<Object>thenApply(x -> batchView(batch));
    }

    /** A batch's reply: each query's view, in the order submitted; a refusal here names its type. */
    private static Map<String, Object> batchView(List<Submitted> batch) {
        List<Map<String, Object>> views = new ArrayList<>(batch.size());
        for (Submitted s : batch) {
            Map<String, Object> v;
            if (s.inquiry() == null) {
                v = new LinkedHashMap<>();
                v.put("serial", s.serial());
                v.put("state", "unrecorded");
                v.put("reason", "the request could not be recorded; nothing was sent");
            } else {
                v = view(s.inquiry());
            }
            if (s.error() != null) {
                v.put("error", s.error());
            }
            views.add(v);
        }
        return Map.of("inquiries", views);
    }

    private static Map<String, Object> view(Inquiry q) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("serial", q.query.serial());
        v.put("state", q.state.name().toLowerCase());
        v.put("item", q.query.item());
        v.put("provider", q.query.provider());
        v.put("category", q.query.category());
        if (q.reason != null) {
            v.put("reason", q.reason);
        }
        if (q.state == State.PROVIDED && q.payload != null) {
            v.put("data", q.payload); // not while the provision is being recorded (the payload is claimed but not released)
        }
        return v;
    }

    /** The state of one of this institution's queries. */
    public State state(long serial) {
        Inquiry q = inquiryOf(serial);
        if (q == null) {
            throw new IllegalArgumentException("no query with serial " + serial);
        }
        return q.state;
    }

    /**
     * LOG-1: records the provision, then makes the data available to the business system, once.
     * Completes when every answer of the batch has been settled.
     */
    CompletableFuture<Void> answers(List<Answer> batch) {
        List<Inquiry> fresh = new ArrayList<>();
        List<CompletableFuture<Boolean>> durable = new ArrayList<>();
        List<Answer> theirs = new ArrayList<>();
        for (Answer a : batch) {
            Inquiry q = claim(a);
            if (q == null) {
                continue; // not a query of ours, or a repeated answer: released once only
            }
            fresh.add(q);
            theirs.add(a);
            durable.add(records.append(new ProvisionRecord(RecordKind.PROVISION, id, new InstitutionId(q.query.provider()),
                    q.query.item(), q.query.category(), q.query.serial(), q.query.code(),
                    Instant.ofEpochMilli(q.query.requestedAt()), Instant.now(), null)).handle((ok, e) -> e == null));
        }
        return CompletableFuture.allOf(durable.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (int k = 0; k < fresh.size(); k++) {
                settle(fresh.get(k), theirs.get(k), durable.get(k).join());
            }
        });
    }

    private void settle(Inquiry q, Answer a, boolean recorded) {
        synchronized (q) {
            if (recorded) {
                q.payload = a.payload();
                q.state = State.PROVIDED;
                q.reason = null;
            } else {
                q.payload = null;
                q.state = State.REFUSED;
                q.reason = "the inquirer's intermediate server could not record the provision";
            }
            q.settle();
            traceAnswer(q.query.serial(), recorded);
        }
        settledInquiry(q); // outside its lock: noting may take the oldest entry's lock
    }

    private void traceAnswer(long serial, boolean recorded) {
        if (tracer.on()) {
            tracer.event(TraceEvent.of("InquirerReceiveAnswer", "inquirer", id.value(), "serial", serial,
                    "recorded", recorded));
        }
    }

    /** IS-7, NET-2: a hold or a refusal for one of our queries; recorded once. */
    void statuses(List<Status> batch) {
        for (Status s : batch) {
            Inquiry q = s.inquirer() == id.value() ? recalledOrNull(s.serial()) : null;
            if (q == null) {
                continue;
            }
            boolean held = Messages.HELD.equals(s.status());
            RecordKind kind = held ? RecordKind.HOLD : RecordKind.REFUSAL;
            boolean first = records.find(id, s.serial()).stream().noneMatch(r -> r.kind() == kind);
            boolean recorded = true;
            if (first) {
                try {
                    records.append(new ProvisionRecord(kind, id, new InstitutionId(q.query.provider()), q.query.item(),
                            q.query.category(), q.query.serial(), q.query.code(),
                            Instant.ofEpochMilli(q.query.requestedAt()), null, s.reason() == null ? s.status() : s.reason())).join();
                } catch (RuntimeException e) {
                    recorded = false;
                }
            }
            synchronized (q) {
                if (q.state == State.PROVIDED || (held && q.state == State.REFUSED)) {
                    // an answer or a refusal stands; a late hold changes nothing
                } else {
                    q.state = held ? State.HELD : State.REFUSED;
                    q.reason = s.reason();
                }
                q.settle();
                if (tracer.on()) {
                    tracer.event(TraceEvent.of("InquirerReceiveStatus", "inquirer", id.value(), "serial", s.serial(),
                            "status", s.status(), "recorded", recorded));
                }
            }
            settledInquiry(q);
        }
    }

    // --- As provider -------------------------------------------------------------------------

    /**
     * NET-3, IS-2, IS-7: answers each notice from the copy at once, or holds it, or refuses;
     * completes when every notice of the batch has been replied to.
     */
    CompletableFuture<Void> notices(List<Notice> batch) {
        List<CompletableFuture<Served>> outcomes = new ArrayList<>();
        for (Notice n : batch) {
            if (n.provider() != id.value()) {
                continue; // not addressed to this institution
            }
            Key key = new Key(n.inquirer(), n.serial());
            CompletableFuture<Served> fresh = new CompletableFuture<>();
            CompletableFuture<Served> prior = served.putIfAbsent(key, fresh);
            if (prior != null) {
                outcomes.add(prior);
                continue;
            }
            outcomes.add(fresh);
            List<ProvisionRecord> past;
            try {
                past = n.inquirer() == id.value() ? List.of() : records.find(new InstitutionId(n.inquirer()), n.serial());
            } catch (RuntimeException e) {
                // Whether it was served before cannot be told: refused, unrecorded, and not kept.
                served.remove(key, fresh);
                fresh.complete(new Served(n, Messages.REFUSED, null, "the provider could not read its records"));
                continue;
            }
            if (past.isEmpty()) {
                serve(n, fresh);
            } else {
                fresh.complete(recall(n, past.get(0)));
                settledOutcomes.settled(key, fresh);
            }
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (CompletableFuture<Served> f : outcomes) {
                reply(f.join());
            }
        });
    }

    private void serve(Notice n, CompletableFuture<Served> result) {
        Key key = new Key(n.inquirer(), n.serial());
        String copy = copies.copy(n.code(), n.category()).orElse(null);
        String outcome;
        String reason = null;
        if (copy == null) {
            outcome = Messages.REFUSED;
            reason = "no copy of " + n.category() + " for that person at the provider";
        } else if (copies.restricted(n.code(), n.category())) {
            outcome = Messages.HELD;
            reason = "held for a staff decision (auto-response restricted)";
        } else {
            outcome = Messages.PROVIDED;
        }
        RecordKind kind = switch (outcome) {
            case Messages.PROVIDED -> RecordKind.PROVISION;
            case Messages.HELD -> RecordKind.HOLD;
            default -> RecordKind.REFUSAL;
        };
        String finalReason = reason;
        records.append(providerRecord(n, kind, reason)).whenComplete((ok, failure) -> {
            if (failure != null) {
                result.complete(new Served(n, Messages.REFUSED, null, "the provider could not record the provision"));
            } else {
                if (kind == RecordKind.HOLD) {
                    holds.put(key, n);
                }
                result.complete(new Served(n, outcome, Messages.PROVIDED.equals(outcome) ? copy : null, finalReason));
            }
            if (n.inquirer() != id.value()) {
                settledOutcomes.settled(key, result);
            }
        });
    }

    /**
     * A repeated notice of a serial no longer in memory, answered as its first record says: a
     * provision again from the copy as it is now (not recorded again: the inquirer takes one
     * provision per serial), a hold or a refusal with the recorded reason.
     */
    private Served recall(Notice n, ProvisionRecord first) {
        return switch (first.kind()) {
            case PROVISION -> new Served(n, Messages.PROVIDED, copies.copy(n.code(), n.category()).orElse(null), null);
            case HOLD -> new Served(n, Messages.HELD, null, first.reason());
            default -> new Served(n, Messages.REFUSED, null, first.reason());
        };
    }

    private ProvisionRecord providerRecord(Notice n, RecordKind kind, String reason) {
        return new ProvisionRecord(kind, new InstitutionId(n.inquirer()), id, n.item(), n.category(), n.serial(), n.code(),
                Instant.ofEpochMilli(n.requestedAt()), kind == RecordKind.PROVISION ? Instant.now() : null,
                kind == RecordKind.PROVISION || kind == RecordKind.REQUEST ? null : reason);
    }

    private void reply(Served s) {
        Notice n = s.notice();
        if (tracer.on()) {
            tracer.event(TraceEvent.of("ProviderReceiveNotice", "provider", id.value(), "inquirer", n.inquirer(),
                    "serial", n.serial(), "outcome", s.outcome()));
        }
        switch (s.outcome()) {
            case Messages.PROVIDED -> {
                if (s.payload() != null) { // null: a recalled provision whose copy is gone; the first answer stands
                    network.data(new Data(n.inquirer(), n.serial(), id.value(), s.payload()));
                }
            }
            case Messages.HELD -> {
                network.status(new Status(n.inquirer(), n.serial(), Messages.HELD, s.reason()));
                network.report(new Report(n.inquirer(), n.serial(), id.value(), Messages.HELD, s.reason()));
            }
            default -> {
                network.status(new Status(n.inquirer(), n.serial(), Messages.REFUSED, s.reason()));
                network.report(new Report(n.inquirer(), n.serial(), id.value(), Messages.REFUSED, s.reason()));
            }
        }
    }

    private Object heldQueries() {
        List<Map<String, Object>> out = new ArrayList<>();
        holds.values().stream().sorted(Comparator.comparingLong(Notice::inquirer).thenComparingLong(Notice::serial))
                .forEach(n -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("inquirer", n.inquirer());
                    v.put("serial", n.serial());
                    v.put("item", n.item());
                    v.put("category", n.category());
                    out.add(v);
                });
        return out;
    }

    record StaffDecision(boolean provide) {
    }

    /** IS-7: a member of staff decides on a held query: provide it, or refuse it. Recorded. */
    private Object staffDecision(String[] params, JsonNode body) {
        StaffDecision d = Wire.one(body, StaffDecision.class);
        Key key;
        try {
            key = new Key(Long.parseLong(params[0]), Long.parseLong(params[1]));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("malformed", "the inquirer and the serial are numbers");
        }
        decide(key, d.provide());
        return Map.of("inquirer", key.inquirer(), "serial", key.serial(), "provided", d.provide());
    }

    /** IS-7: the staff decision on the held query {@code key}. */
    public void decide(Key key, boolean provide) {
        Notice n = holds.get(key);
        if (n == null || !staffDecided.add(key)) {
            throw ApiException.notFound("unknown-hold", "no held query of I" + key.inquirer() + " serial " + key.serial());
        }
        String copy = copies.copy(n.code(), n.category()).orElse(null);
        boolean give = provide && copy != null;
        try {
            records.append(providerRecord(n, give ? RecordKind.PROVISION : RecordKind.REFUSAL,
                    "refused by a staff decision")).join();
        } catch (RuntimeException e) {
            staffDecided.remove(key);
            throw new ApiException(503, "record-failed", "the decision could not be recorded; nothing was sent");
        }
        holds.remove(key);
        if (tracer.on()) {
            tracer.event(TraceEvent.of("StaffDecide", "provider", id.value(), "inquirer", key.inquirer(),
                    "serial", key.serial(), "provide", give));
        }
        if (give) {
            network.data(new Data(n.inquirer(), n.serial(), id.value(), copy));
        } else {
            network.status(new Status(n.inquirer(), n.serial(), Messages.REFUSED, "refused by a staff decision"));
            network.report(new Report(n.inquirer(), n.serial(), id.value(), Messages.REFUSED, "refused by a staff decision"));
        }
    }

    // --- Registration (IS-2, IS-7) -----------------------------------------------------------

    /** Keys a copy's payload may not carry: the four basic facts (NET-6, IS-3) and identifiers. */
    static final Set<String> FORBIDDEN_FIELDS = Set.of("name", "address", "dateOfBirth", "birthDate", "sex",
            "氏名", "住所", "生年月日", "性別", "individualNumber", "個人番号", "residentCode", "住民票コード");

    record CopyRequest(String code, String category, JsonNode data) {
    }

    private Object register(JsonNode body) throws SQLException {
        if (body == null || !body.isArray()) {
            throw ApiException.badRequest("malformed", "the body is a JSON array of copies");
        }
        List<Copy> batch = new ArrayList<>();
        for (JsonNode n : body) {
            CopyRequest c = Wire.one(n, CopyRequest.class);
            try {
                InstitutionCode.parse(c.code());
            } catch (RuntimeException e) {
                throw ApiException.unprocessable("invalid-code", "copy " + batch.size() + ": not a well-formed institution code");
            }
            if (c.category() == null || !vocabulary.category().test(c.category())) {
                throw ApiException.unprocessable("unknown-category", "copy " + batch.size() + ": unknown category");
            }
            if (c.data() == null || !c.data().isObject()) {
                throw ApiException.badRequest("malformed", "copy " + batch.size() + ": data is a JSON object");
            }
            for (var it = c.data().fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (FORBIDDEN_FIELDS.contains(f)) {
                    throw ApiException.unprocessable("basic-facts", "copy " + batch.size() + ": field " + f
                            + " is not column-4 information (NET-6, IS-3)");
                }
            }
            batch.add(new Copy(c.code(), c.category(), c.data().toString()));
        }
        copies.register(batch);
        return Map.of("registered", batch.size(), "copies", copies.size());
    }

    record RestrictionRequest(String code, String category, boolean restricted) {
    }

    private Object restrict(JsonNode body) throws SQLException {
        RestrictionRequest r = Wire.lenient(body, RestrictionRequest.class);
        if (r.category() == null || !vocabulary.category().test(r.category())) {
            throw ApiException.unprocessable("unknown-category", "unknown category");
        }
        if (r.code() != null) {
            try {
                InstitutionCode.parse(r.code());
            } catch (RuntimeException e) {
                throw ApiException.unprocessable("invalid-code", "not a well-formed institution code");
            }
        }
        copies.restrict(new Restriction(r.code(), r.category()), r.restricted());
        return Map.of("restrictions", copies.restrictions().size());
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "IntermediateServer[" + id + ", " + inquiries.size() + " queries, " + copies.size() + " copies]";
    }
}
