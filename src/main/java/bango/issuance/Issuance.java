package bango.issuance;

import bango.codes.AesCodePermutation;
import bango.codes.CodePermutation;
import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.institution.Institution;
import bango.jlis.Ff1NumberPermutation;
import bango.jlis.Jlis;
import bango.jlis.NumberPermutation;
import bango.register.Municipality;
import bango.register.ResidentRegister;
import bango.trace.Tracer;
import bango.vault.KeyCustody;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The identifier-issuance part of the system assembled in one process: J-LIS, the core system,
 * the municipalities' resident registers and the institutions' business systems, wired as the seed
 * describes (第1-2): municipalities talk to J-LIS, institutions send numbers to J-LIS, J-LIS passes
 * resident codes to the core, and the core delivers codes straight to the institutions.
 */
public final class Issuance {

    /** Alias of J-LIS's number-permutation key in J-LIS's custody. */
    public static final String NUMBER_KEY = "jlis-number-ff1";

    /** Alias of the core system's code-permutation key in the core's custody. */
    public static final String CODE_KEY = "core-code-aes";

    private final Jlis jlis;
    private final CoreSystem core;
    private final Tracer tracer;
    private final NavigableMap<String, ResidentRegister> registers = new TreeMap<>();
    private final NavigableMap<InstitutionId, Institution> institutions = new TreeMap<>();

    public Issuance(NumberPermutation numbers, CodePermutation codes, Tracer tracer) {
        this(new Jlis(numbers, tracer), codes, tracer);
    }

    /** Around a given J-LIS, which must report to the same {@code tracer}. */
    public Issuance(Jlis jlis, CodePermutation codes, Tracer tracer) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.jlis = Objects.requireNonNull(jlis, "jlis");
        this.core = new CoreSystem(codes, this::deliver, tracer);
        jlis.connect(core);
    }

    /** The production assembly: each party's key comes from its own custody. */
    public static Issuance withKeys(KeyCustody jlisKeys, KeyCustody coreKeys, Tracer tracer) {
        return new Issuance(new Ff1NumberPermutation(jlisKeys.aesKey(NUMBER_KEY)),
                new AesCodePermutation(coreKeys.aesKey(CODE_KEY)), tracer);
    }

    public Jlis jlis() {
        return jlis;
    }

    public CoreSystem core() {
        return core;
    }

    /** The municipality's resident register, created on first use. */
    public synchronized ResidentRegister register(Municipality municipality) {
        return registers.computeIfAbsent(municipality.code(), c -> new ResidentRegister(municipality, jlis));
    }

    /** The institution's business system, created on first use. */
    public synchronized Institution institution(InstitutionId id) {
        return institutions.computeIfAbsent(id, i -> new Institution(i, jlis, tracer));
    }

    public synchronized Map<String, ResidentRegister> registers() {
        return Collections.unmodifiableMap(new TreeMap<>(registers));
    }

    public synchronized Map<InstitutionId, Institution> institutions() {
        return Collections.unmodifiableMap(new TreeMap<>(institutions));
    }

    /** The core's delivery of a code: to the requesting institution only. */
    private void deliver(InstitutionId to, long serial, InstitutionCode code) {
        Institution institution;
        synchronized (this) {
            institution = institutions.get(to);
        }
        if (institution == null) {
            throw new IllegalStateException("no such institution to deliver a code to");
        }
        institution.receive(serial, code);
    }

    @Override
    public String toString() {
        return "Issuance[" + registers.size() + " municipalities, " + institutions.size() + " institutions]";
    }
}
