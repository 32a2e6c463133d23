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
    private final Map<Key, CompletableFuture<Decision>> decisions = new ConcurrentHashMap<>();
    /**
     * The core's record of each provider outcome (a hold, a refusal, a provision) of each serial:
     * appended by the first report of it; a repeated report, even one arriving while that append is
     * under way, waits on the same append instead of recording again (NET-3, LOG-1).
     */
    private final Map<Outcome, CompletableFuture<Void>> outcomeRecords = new ConcurrentHashMap<>();

    /** One outcome of one serial, as the core records it. */
    private record Outcome(Key key, RecordKind kind) {
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
        this.connections = Objects.requireNonNull(connections, "connections");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.knownInstitution = Objects.requireNonNull(knownInstitution, "knownInstitution");
        this.records = Objects.requireNonNull(records, "records");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.http = new JsonHttpServer("core")
                .route("POST", "/v1/queries", (p, body) -> queries(Wire.list(body, Query.class)))
                .route("POST", "/v1/reports", (p, body) -> reports(Wire.list(body, Report.class)));
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
        List<CompletableFuture<Decision>> mine = new ArrayList<>();
        List<CompletableFuture<Decision>> repeats = new ArrayList<>();
        for (Query q : batch) {
            Key key = new Key(q.inquirer(), q.serial());
            CompletableFuture<Decision> fresh = new CompletableFuture<>();
            CompletableFuture<Decision> prior = decisions.putIfAbsent(key, fresh);
            if (prior != null) {
                repeats.add(prior);
                continue;
            }
            mine.add(fresh);
            decide(q, fresh);
        }
        List<CompletableFuture<Decision>> all = new ArrayList<>(mine);
        all.addAll(repeats);
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (CompletableFuture<Decision> d : all) {
                announce(d.join());
            }
        });
    }

    private void decide(Query q, CompletableFuture<Decision> result) {
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
            CompletableFuture<Decision> df = decisions.get(key);
            Decision d = df == null ? null : df.getNow(null);
            if (d == null || !d.allowed() || d.query().provider() != rep.provider()) {
                continue; // not a query the core authorised for that provider: nothing to record or release
            }
            RecordKind kind = kind(rep);
            // A hold and the staff's later refusal are two records (LOG-1); a repeat of either is none.
            Outcome outcome = new Outcome(key, kind);
            CompletableFuture<Void> f = outcomeRecords.computeIfAbsent(outcome, k -> records.append(record(d, kind, rep.reason())));
            // An append that failed is forgotten, so that a repeated report tries to record it again
            // (what it was told meanwhile was a refusal: nothing is released without the record).
            recorded.add(f.handle((ok, failure) -> {
                if (failure != null) {
                    outcomeRecords.remove(outcome, f);
                }
                return failure == null;
            }));
            accepted.add(rep);
        }
        return CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (int k = 0; k < accepted.size(); k++) {
                release(accepted.get(k), recorded.get(k).join());
            }
        });
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
        return "CoreService[" + decisions.size() + " serials]";
    }
}
