package bango.institution;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.jlis.CodeRequestReplies;
import bango.jlis.Jlis;
import bango.jlis.JlisException;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An institution's own business system (情報照会者・情報提供者の業務システム), as far as codes go: it
 * holds the individual numbers residents gave it and, for each, the code the core system issued to
 * this institution (CODE-1, CODE-3, CODE-5). The number stays here; only J-LIS ever receives it, to
 * find the person's code. The institution never sees a resident code, and never another
 * institution's code.
 */
public final class Institution implements CodeRequestReplies {

    private final InstitutionId id;
    private final Jlis jlis;
    private final Tracer tracer;
    private final Map<IndividualNumber, InstitutionCode> book = new HashMap<>();
    private final Map<Long, IndividualNumber> outstanding = new HashMap<>();
    private final Map<Long, JlisException.Reason> refusals = new HashMap<>();
    private long nextSerial = 1;

    public Institution(InstitutionId id, Jlis jlis, Tracer tracer) {
        this.id = Objects.requireNonNull(id, "id");
        this.jlis = Objects.requireNonNull(jlis, "jlis");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    public InstitutionId id() {
        return id;
    }

    /**
     * CODE-1: sends {@code number} to J-LIS under a new processing serial (処理通番) and returns the
     * serial; the code arrives later through {@link #receive}. Returns empty if the institution
     * already has, or is already waiting for, the code for this number.
     */
    public Optional<Long> requestCode(IndividualNumber number) {
        Objects.requireNonNull(number, "number");
        long serial;
        synchronized (this) {
            if (book.containsKey(number) || outstanding.containsValue(number)) {
                return Optional.empty();
            }
            serial = nextSerial++;
            outstanding.put(serial, number);
            if (tracer.on()) {
                tracer.event(TraceEvent.of("RequestCode", "inst", id.value(), "serial", serial,
                        "num", number.digits().substring(0, 11)));
            }
        }
        // Not under this institution's lock: J-LIS answers (receive, refused) while holding its
        // own lock, so waiting for J-LIS while holding ours would deadlock against a delivery.
        try {
            jlis.submitCodeRequest(id, serial, number, this);
        } catch (RuntimeException e) {
            synchronized (this) {
                outstanding.remove(serial);
            }
            throw e;
        }
        return Optional.of(serial);
    }

    /**
     * The code for {@code number}, asking J-LIS for it and waiting for the answer if the institution
     * does not have it yet.
     *
     * @throws JlisException if J-LIS refuses the number (e.g. it has been replaced)
     */
    public InstitutionCode codeFor(IndividualNumber number) {
        synchronized (this) {
            InstitutionCode known = book.get(number);
            if (known != null) {
                return known;
            }
        }
        Optional<Long> serial = requestCode(number);
        if (serial.isPresent()) {
            jlis.processCodeRequest(id, serial.get());
        }
        synchronized (this) {
            InstitutionCode code = book.get(number);
            if (code != null) {
                return code;
            }
            JlisException.Reason reason = serial.map(refusals::remove).orElse(null);
            if (reason != null) {
                throw new JlisException(reason, "J-LIS refused the institution's code request: " + reason);
            }
            throw new IllegalStateException("the code request is still waiting at J-LIS");
        }
    }

    /** CODE-3: the core system delivers the code answering the request {@code serial}. */
    public synchronized void receive(long serial, InstitutionCode code) {
        Objects.requireNonNull(code, "code");
        IndividualNumber number = outstanding.remove(serial);
        if (number == null) {
            throw new IllegalArgumentException("no code request of this institution has that serial");
        }
        book.put(number, code);
    }

    @Override
    public synchronized void refused(long serial, IndividualNumber number, JlisException.Reason reason) {
        outstanding.remove(serial);
        refusals.put(serial, reason);
    }

    /** The code this institution holds for {@code number}, if any. */
    public synchronized Optional<InstitutionCode> knownCode(IndividualNumber number) {
        return Optional.ofNullable(book.get(number));
    }

    /** This institution's table of numbers and codes (a copy). */
    public synchronized Map<IndividualNumber, InstitutionCode> book() {
        return Map.copyOf(book);
    }

    /**
     * Calls {@code action} with every number and code in this institution's table, without copying
     * it (for the institution's own store). In no particular order.
     */
    public synchronized void forEachCode(BiConsumer<IndividualNumber, InstitutionCode> action) {
        book.forEach(action);
    }

    /** Number of codes this institution holds. */
    public synchronized int codeCount() {
        return book.size();
    }

    /** Requests waiting for an answer, by serial (a copy). */
    public synchronized Map<Long, IndividualNumber> outstanding() {
        return Map.copyOf(outstanding);
    }

    /** The serial the next request will use. */
    public synchronized long nextSerial() {
        return nextSerial;
    }

    @Override
    public synchronized String toString() {
        return "Institution[" + id + ", " + book.size() + " codes]";
    }
}
