package bango.codes;

import bango.identity.ResidentCode;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.function.ObjLongConsumer;

/**
 * The core system of the Information Provision Network System (情報提供ネットワークシステム コアシステム),
 * as far as institution codes go (CODE-2..CODE-4).
 *
 * <p>J-LIS passes it a resident code (CODE-2); it maps the resident code to an internal person id
 * (a new one on first sight), computes the institution's code with its keyed permutation of
 * (institution id, person id), and delivers the code to the institution (CODE-3). The code depends on
 * the resident code only through the person id, so it stays the same when the person's number is
 * changed. The core never sees an individual number (CODE-5), and it is the only party that can
 * translate one institution's code into another's (CODE-4).
 */
public final class CoreSystem {

    private final CodePermutation permutation;
    private final CodeDelivery delivery;
    private final Tracer tracer;
    private final Map<ResidentCode, Long> personIds = new HashMap<>();
    private final Set<IssuedCode> issued = new LinkedHashSet<>();

    public CoreSystem(CodePermutation permutation, CodeDelivery delivery, Tracer tracer) {
        this.permutation = Objects.requireNonNull(permutation, "permutation");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    /**
     * CODE-2, CODE-3: generates the code of the person with {@code residentCode} for
     * {@code institution} and delivers it as the answer to the institution's request {@code serial}.
     * Called by J-LIS after it converted the institution's number (ID-7).
     */
    public synchronized void issueCode(InstitutionId institution, long serial, ResidentCode residentCode) {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(residentCode, "residentCode");
        long person = personIds.computeIfAbsent(residentCode, rc -> (long) personIds.size() + 1);
        InstitutionCode code = permutation.forward(institution.value(), person);
        issued.add(new IssuedCode(institution, residentCode, code));
        delivery.deliver(institution, serial, code);
        if (tracer.on()) {
            tracer.event(TraceEvent.of("IssueCode", "inst", institution.value(), "serial", serial,
                    "rc", residentCode.digits(), "pid", person, "code", code.text()));
        }
    }

    /**
     * CODE-4: the code {@code to} holds for the person whose code at {@code from} is {@code code}.
     * Only the core can do this; the linkage of queries between institutions relies on it.
     *
     * @throws IllegalArgumentException if {@code code} is not a code the core issued to {@code from}
     */
    public synchronized InstitutionCode translate(InstitutionCode code, InstitutionId from, InstitutionId to) {
        long[] block = permutation.inverse(code);
        if (block[0] != from.value() || block[1] < 1 || block[1] > personIds.size()) {
            throw new IllegalArgumentException("not a code the core system issued to that institution");
        }
        return permutation.forward(to.value(), block[1]);
    }

    /** The core's internal id of the person with {@code residentCode}, if it has assigned one. */
    public synchronized Optional<Long> personId(ResidentCode residentCode) {
        return Optional.ofNullable(personIds.get(residentCode));
    }

    /** Every code the core has issued: to which institution, for which resident code. */
    public synchronized Set<IssuedCode> issued() {
        return Set.copyOf(issued);
    }

    /** A code the core issued. */
    public record IssuedCode(InstitutionId institution, ResidentCode residentCode, InstitutionCode code) {
    }

    /**
     * Calls {@code action} with every resident code the core has seen and the internal person id it
     * assigned, for the core's own store. In no particular order.
     */
    public synchronized void forEachPerson(ObjLongConsumer<ResidentCode> action) {
        personIds.forEach(action::accept);
    }

    /** Number of persons the core has assigned an internal id. */
    public synchronized int persons() {
        return personIds.size();
    }

    @Override
    public String toString() {
        return "CoreSystem[" + personIds.size() + " persons]";
    }
}
