package bango.network;

import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Release;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.http.JsonHttpServer;
import bango.records.ProvisionRecord;
import bango.records.RecordKind;
import bango.records.RecordLog;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;

/**
 * The core system (コアシステム) of the Information Provision Network System, on the network: it
 * receives queries through the interface system, decides each against Annex Table 2 (NET-2),
 * translates the inquirer's code into the provider's (CODE-4), records (LOG-1) and notifies the
 * provider through the interface system; it records the providers' outcomes and lets the interface
 * system release data only once its own provision record is durable. It never receives the data
 * (NET-4): its only endpoints take queries and reports, and neither carries a payload.
 *
 * <p>A repeated serial gets the decision the first one got, and no second record. A party that
 * cannot record refuses (fail closed).
 */
public final class CoreService implements AutoCloseable {

    /** The core's decision on one serial, kept to answer repeats alike. */
    record Decision(Query query, boolean allowed, String reason, String providerCode) {
    }

    private final CoreSystem codes;
    private final Authorization authorization;
    private final LongPredicate knownInstitution;
    private final ConnectionRegistry connections;
    private final RecordLog records;
    private final Tracer tracer;
    private final JsonHttpServer http;
    /**
     * Each serial's decision and the core's record of each provider outcome (a hold, a refusal, a
     * provision) of it. An outcome is appended by the first report of it; a repeated report, even
     * one arriving while that append is under way, waits on the same append instead of recording
     * again (NET-3, LOG-1). Settled serials beyond {@link #retention}'s bound are read back from
     * the core's records when they come up again.
     */
    private final Map<Key, Serial> serials = new ConcurrentHashMap<>();
    private final Retention<Key, Serial> retention;

    /** The core's state of one serial. */
    private static final class Serial {
        final CompletableFuture<Decision> decision = new CompletableFuture<>();
        final Map<RecordKind, CompletableFuture<Void>> outcomes = new ConcurrentHashMap<>(4);
        /** Left memory (guarded by this): a report takes the entry read back from the records instead. */
        boolean gone;

        /** Leaves memory only once decided and with no outcome's record under way. */
        boolean leave() {
            if (!decision.isDone() || outcomes.values().stream().anyMatch(f -> !f.isDone())) {
                return false;
            }
            gone = true;
            return true;
        }
    }

    private volatile Outbound interfaceSystem;

    /** Where the core's messages go: all through the interface system. */
    public interface Outbound {
        void notice(Notice n);

        void status(Status s);

        void release(Release r);
    }

    public CoreService(CoreSystem codes, Authorization authorization, LongPredicate knownInstitution,
            ConnectionRegistry connections, RecordLog records, Tracer tracer) {
        this(codes, authorization, knownInstitution, connections, records, tracer, Retention.DEFAULT_KEPT);
    }

    /** As above, keeping at most {@code kept} settled serials in memory (the rest are read back from the records). */
    public CoreService(CoreSystem codes, Authorization authorization, LongPredicate knownInstitution,
            ConnectionRegistry connections, RecordLog records, Tracer tracer, int kept) {
        this.retention = new Retention<>(serials, kept, Serial::leave);
        this.connections = Objects.requireNonNull(connections, "connections");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.knownInstitution = Objects.requireNonNull(knownInstitution, "knownInstitution");
        this.records = Objects.requireNonNull(records, "records");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.http = new JsonHttpServer("core")
                .route("POST", "/v1/queries", Wire.listOf(Query.class), (p, query, batch) -> queries(batch))
                .route("POST", "/v1/reports", Wire.listOf(Report.class), (p, query, batch) -> reports(batch));
    }

    public CoreService start(int port, Outbound interfaceSystem) throws Exception {
        this.interfaceSystem = Objects.requireNonNull(interfaceSystem, "interfaceSystem");
        http.start(port);
        return this;
    }

    public JsonHttpServer http() {
        return http;
    }

    /** The core's own records (LOG-1, 23条3項). */
    public RecordLog records() {
        return records;
    }

    /**
     * NET-2: decides, translates and records each query, then notifies or refuses; completes when
     * every query of the batch has been announced (no thread waits for the records meanwhile).
     */
    CompletableFuture<Void> queries(List<Query> batch) {
        List<CompletableFuture<Decision>> all = new ArrayList<>(batch.size());
        for (Query q : batch) {
            Key key = new Key(q.inquirer(), q.serial());
            Serial fresh = new Serial();
            Serial prior = serials.putIfAbsent(key, fresh);
            if (prior != null) {
                all.add(prior.decision);
                continue;
            }
            all.add(fresh.decision);
            List<ProvisionRecord> past;
            try {
                past = records.find(new InstitutionId(q.inquirer()), q.serial());
            } catch (RuntimeException e) {
                // Whether it was decided before cannot be told: refused, unrecorded, and not kept.
                serials.remove(key, fresh);
                fresh.decision.complete(new Decision(q, false, "the core system could not read its records", null));
                continue;
            }
            if (past.isEmpty()) {
                decide(q, key, fresh);
            } else {
                restore(fresh, past); // a repeat of a serial no longer in memory: decided as recorded
                retention.settled(key, fresh);
            }
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (CompletableFuture<Decision> d : all) {
                announce(d.join());
            }
        });
    }

    /**
     * Rebuilds a serial's state from the core's records of it: the first is the decision (a
     * request: allowed; a refusal: refused), the later ones the providers' outcomes.
     */
    private static void restore(Serial entry, List<ProvisionRecord> past) {
        ProvisionRecord first = past.get(0);
        boolean allowed = first.kind() == RecordKind.REQUEST;
        String person = first.person();
        int arrow = person.indexOf('>');
        String code = allowed && arrow >= 0 ? person.substring(0, arrow) : person;
        String providerCode = allowed && arrow >= 0 ? person.substring(arrow + 1) : null;
        Query q = new Query(first.inquirer().value(), first.serial(), first.item(), first.provider().value(),
                first.category(), code, first.requestedAt().toEpochMilli());
        for (ProvisionRecord r : past.subList(1, past.size())) {
            entry.outcomes.putIfAbsent(r.kind(), CompletableFuture.completedFuture(null));
        }
        entry.decision.complete(new Decision(q, allowed, allowed ? null : first.reason(), providerCode));
    }

    private void decide(Query q, Key key, Serial entry) {
        CompletableFuture<Decision> result = entry.decision;
        InstitutionId inquirer = new InstitutionId(q.inquirer());
        InstitutionId provider = new InstitutionId(q.provider());
        String providerCode = null;
        String reason = null;
        String inquirerCode = q.code();
        if (!knownInstitution.test(q.provider())) {
            reason = "unknown provider " + provider;
        } else if (!connections.connected(q.provider())) {
            reason = provider + " is not connected: no accepted self-check against the connection rules (NET-7)";
        } else {
            try {
                providerCode = codes.translate(InstitutionCode.parse(q.code()), inquirer, provider).text();
            } catch (IllegalArgumentException e) {
                reason = "the code is not one the core system issued to " + inquirer;
                inquirerCode = "-";
            }
        }
        if (reason == null) {
            Authorization.Verdict v = authorization.decide(inquirer, q.item(), provider, q.category());
            if (!v.allowed()) {
                reason = v.reason();
            }
        }
        boolean allowed = reason == null;
        String person = allowed ? inquirerCode + ">" + providerCode : inquirerCode;
        ProvisionRecord r = new ProvisionRecord(allowed ? RecordKind.REQUEST : RecordKind.REFUSAL, inquirer,
                provider, q.item(), q.category(), q.serial(), person, Instant.ofEpochMilli(q.requestedAt()), null,
                allowed ? null : reason);
        String finalReason = reason;
        String finalProviderCode = providerCode;
        records.append(r).whenComplete((ok, failure) -> {
            if (failure != null) {
                result.complete(new Decision(q, false, "the core system could not record the query", null));
            } else {
                result.complete(new Decision(q, allowed, allowed ? null : finalReason, finalProviderCode));
            }
            retention.settled(key, entry);
        });
    }

    private void announce(Decision d) {
        Query q = d.query();
        if (tracer.on()) {
            tracer.event(TraceEvent.of("CoreReceiveQuery", "inquirer", q.inquirer(), "serial", q.serial(),
                    "allow", d.allowed()));
        }
        if (d.allowed()) {
            interfaceSystem.notice(new Notice(q.inquirer(), q.serial(), q.item(), q.provider(), q.category(),
                    d.providerCode(), q.requestedAt()));
        } else {
            interfaceSystem.status(new Status(q.inquirer(), q.serial(), Messages.REFUSED, d.reason()));
        }
    }

    /**
     * LOG-1: records each provider's outcome; a provision is released only once recorded. Completes
     * when every report of the batch has been acted on.
     */
    CompletableFuture<Void> reports(List<Report> batch) {
        List<CompletableFuture<Boolean>> recorded = new ArrayList<>();
        List<Report> accepted = new ArrayList<>();
        for (Report rep : batch) {
            Key key = new Key(rep.inquirer(), rep.serial());
            RecordKind kind = kind(rep);
            CompletableFuture<Void> f = null;
            for (Serial entry = serials.get(key); ; entry = serials.get(key)) {
                if (entry == null && (entry = recalled(key)) == null) {
                    break;
                }
                Decision d = entry.decision.getNow(null);
                if (d == null || !d.allowed() || d.query().provider() != rep.provider()) {
                    break; // not a query the core authorised for that provider: nothing to record or release
                }
                boolean first;
                synchronized (entry) {
                    if (entry.gone) {
                        continue; // it left memory meanwhile: its records say what it held
                    }
                    // A hold and the staff's later refusal are two records (LOG-1); a repeat of either is none.
                    f = entry.outcomes.get(kind);
                    first = f == null;
                    if (first) {
                        f = records.append(record(d, kind, rep.reason()));
                        entry.outcomes.put(kind, f);
                    }
                }
                if (first) {
                    forgetIfFailed(key, entry, kind, f);
                }
                break;
            }
            if (f == null) {
                continue;
            }
            recorded.add(f.handle((ok, failure) -> failure == null));
            accepted.add(rep);
        }
        return CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (int k = 0; k < accepted.size(); k++) {
                release(accepted.get(k), recorded.get(k).join());
            }
        });
    }

    /**
     * An outcome's append that failed is forgotten, so that a repeated report tries to record it
     * again (what it was told meanwhile was a refusal: nothing is released without the record); one
     * that succeeded settles the serial again, so that it may leave memory once more.
     */
    private void forgetIfFailed(Key key, Serial entry, RecordKind kind, CompletableFuture<Void> f) {
        f.whenComplete((ok, failure) -> {
            if (failure != null) {
                entry.outcomes.remove(kind, f);
            } else {
                retention.settled(key, entry);
            }
        });
    }

    /**
     * The state of a serial no longer in memory, read back from the core's records (null if it has
     * none, or they cannot be read: then nothing is recorded or released for the report).
     */
    private Serial recalled(Key key) {
        List<ProvisionRecord> past;
        try {
            past = records.find(new InstitutionId(key.inquirer()), key.serial());
        } catch (RuntimeException e) {
            return null;
        }
        if (past.isEmpty()) {
            return null;
        }
        Serial entry = new Serial();
        restore(entry, past);
        Serial prior = serials.putIfAbsent(key, entry);
        if (prior != null) {
            return prior;
        }
        retention.settled(key, entry);
        return entry;
    }

    private void release(Report rep, boolean recorded) {
        boolean provided = Messages.PROVIDED.equals(rep.outcome());
        if (tracer.on()) {
            tracer.event(TraceEvent.of("CoreReceiveReport", "inquirer", rep.inquirer(), "serial", rep.serial(),
                    "outcome", rep.outcome(), "recorded", recorded));
        }
        if (provided && recorded) {
            interfaceSystem.release(new Release(rep.inquirer(), rep.serial()));
        } else if (provided) {
            interfaceSystem.status(new Status(rep.inquirer(), rep.serial(), Messages.REFUSED,
                    "the core system could not record the provision"));
        }
    }

    private static RecordKind kind(Report rep) {
        return switch (rep.outcome()) {
            case Messages.PROVIDED -> RecordKind.PROVISION;
            case Messages.HELD -> RecordKind.HOLD;
            default -> RecordKind.REFUSAL;
        };
    }

    private ProvisionRecord record(Decision d, RecordKind kind, String reason) {
        Query q = d.query();
        return new ProvisionRecord(kind, new InstitutionId(q.inquirer()), new InstitutionId(q.provider()), q.item(),
                q.category(), q.serial(), q.code() + ">" + d.providerCode(), Instant.ofEpochMilli(q.requestedAt()),
                kind == RecordKind.PROVISION ? Instant.now() : null,
                kind == RecordKind.HOLD || kind == RecordKind.REFUSAL ? (reason == null ? kind.name().toLowerCase() : reason) : null);
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "CoreService[" + serials.size() + " serials]";
    }
}
