package bango.issuance;

import bango.codes.CoreSystem;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.institution.Institution;
import bango.jlis.Jlis;
import bango.register.Municipality;
import bango.register.Resident;
import bango.register.ResidentRegister;
import bango.register.SyntheticPopulation;
import bango.trace.Tracer;
import bango.vault.KeyCustody;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Issues individual numbers and institution codes for a synthetic population through the system's
 * own flow, and hands each party's data to its store as soon as that party's part is complete.
 *
 * <ol>
 *   <li><b>Register.</b> Each resident of {@link SyntheticPopulation} {@code seed}, in index order,
 *       is entered in the register of their municipality, which registers them with J-LIS.
 *   <li><b>Numbers</b> (ID-1..ID-6). Each municipality asks J-LIS for all its residents' numbers at
 *       once ({@link ResidentRegister#designateAll()}, i.e. {@link Jlis#issueAll}); its register is
 *       then stored. When every municipality is done, J-LIS's table is stored.
 *   <li><b>Codes</b> (CODE-1..CODE-3). Every resident gives their number to each institution I1..In
 *       in turn, in index order; the institution asks J-LIS for the code
 *       ({@link Institution#codeFor}), J-LIS converts the number to the resident code and passes it
 *       to the core system, which delivers the code to the institution. Each institution's table is
 *       stored when it has every code; the core's table last.
 * </ol>
 *
 * <p><b>What is reproducible.</b> The residents (resident codes, names, dates of birth, sexes,
 * addresses, municipalities) are a function of the seed. The numbers are a function of J-LIS's
 * key and the residents (in this order); the core's person ids follow the order of the first
 * institution's requests, so they too are a function of the seed; the codes are a function of the
 * core's key and the person ids. With fresh keys each run, the same seed gives the same residents
 * and person ids but other numbers and codes.
 */
public final class PopulationIssuance {

    /** Where each party's data goes once complete: its own store. */
    public interface Stores {
        void register(ResidentRegister register) throws SQLException;

        void jlis(Jlis jlis) throws SQLException;

        void institution(Institution institution) throws SQLException;

        void core(CoreSystem core) throws SQLException;
    }

    /** The run's steps, for progress reports. */
    public enum Step {
        REGISTER, NUMBERS, CODES
    }

    /** Receives progress: called often (each municipality, every few thousand codes); throttle there. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (step, done, total) -> { };

        /** {@code done} of {@code total} items of {@code step} are complete (stores included). */
        void report(Step step, long done, long total);

        /** A party's store is about to be written (J-LIS, an institution, the core): a long step. */
        default void storing(String party, long rows) {
        }
    }

    /**
     * What the run did and how long each step took, in nanoseconds. The number and code steps
     * include writing the stores they complete; {@code numbersStoreNanos} and
     * {@code codesStoreNanos} are the parts of them spent writing stores.
     */
    public record Result(long residents, int municipalities, int institutions, long numbersIssued,
            long codesIssued, long registerNanos, long numbersNanos, long codesNanos, long numbersStoreNanos,
            long codesStoreNanos) {

        /** Time spent writing stores, both steps. */
        public long storeNanos() {
            return numbersStoreNanos + codesStoreNanos;
        }
    }

    /** Codes between progress reports. */
    private static final int REPORT_EVERY = 4096;

    private final long seed;
    private final int residents;
    private final int institutions;

    /**
     * @param seed the synthetic population's seed
     * @param residents how many residents, at least 1
     * @param institutions how many institutions (I1..In), at least 0
     */
    public PopulationIssuance(long seed, int residents, int institutions) {
        if (residents < 1) {
            throw new IllegalArgumentException("a population has at least one resident");
        }
        if (institutions < 0) {
            throw new IllegalArgumentException("the number of institutions is not negative");
        }
        this.seed = seed;
        this.residents = residents;
        this.institutions = institutions;
    }

    /** Runs the issuance with each party's key from its own custody. */
    public Result run(KeyCustody jlisKeys, KeyCustody coreKeys, Stores stores, Progress progress) throws SQLException {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(progress, "progress");
        Issuance issuance = Issuance.withKeys(jlisKeys, coreKeys, Tracer.OFF);
        long storeNanos = 0;

        long t0 = System.nanoTime();
        SyntheticPopulation population = new SyntheticPopulation(seed);
        List<Municipality> municipalities = SyntheticPopulation.MUNICIPALITIES;
        Map<Municipality, Byte> municipalityIndex = new HashMap<>();
        for (int m = 0; m < municipalities.size(); m++) {
            municipalityIndex.put(municipalities.get(m), (byte) m);
        }
        byte[] home = new byte[residents]; // there are fewer than 128 municipalities
        progress.report(Step.REGISTER, 0, residents);
        for (int i = 0; i < residents; i++) {
            Resident r = population.resident(i);
            issuance.register(r.municipality()).add(r);
            home[i] = municipalityIndex.get(r.municipality());
            if ((i + 1) % (REPORT_EVERY * 16) == 0) {
                progress.report(Step.REGISTER, i + 1, residents);
            }
        }
        progress.report(Step.REGISTER, residents, residents);

        long t1 = System.nanoTime();
        Map<String, ResidentRegister> registers = issuance.registers();
        long numbers = 0;
        progress.report(Step.NUMBERS, 0, residents);
        for (ResidentRegister register : registers.values()) {
            numbers += register.designateAll();
            long s = System.nanoTime();
            stores.register(register);
            storeNanos += System.nanoTime() - s;
            progress.report(Step.NUMBERS, numbers, residents);
        }
        progress.storing("J-LIS", residents);
        long s = System.nanoTime();
        stores.jlis(issuance.jlis());
        storeNanos += System.nanoTime() - s;
        long numbersStoreNanos = storeNanos;
        storeNanos = 0;

        long t2 = System.nanoTime();
        IndividualNumber[] byIndex = new IndividualNumber[residents];
        for (int i = 0; i < residents; i++) {
            byIndex[i] = registers.get(municipalities.get(home[i]).code())
                    .numberOf(population.residentCode(i)).orElseThrow();
        }
        long totalCodes = (long) residents * institutions;
        long codes = 0;
        progress.report(Step.CODES, 0, totalCodes);
        for (int k = 1; k <= institutions; k++) {
            Institution institution = issuance.institution(new InstitutionId(k));
            for (IndividualNumber number : byIndex) {
                institution.codeFor(number);
                if (++codes % REPORT_EVERY == 0) {
                    progress.report(Step.CODES, codes, totalCodes);
                }
            }
            progress.storing("institution " + institution.id(), residents);
            s = System.nanoTime();
            stores.institution(institution);
            storeNanos += System.nanoTime() - s;
            progress.report(Step.CODES, codes, totalCodes);
        }
        progress.storing("the core system", residents);
        s = System.nanoTime();
        stores.core(issuance.core());
        storeNanos += System.nanoTime() - s;
        long t3 = System.nanoTime();

        return new Result(residents, registers.size(), institutions, issuance.jlis().issuedCount(), codes,
                t1 - t0, t2 - t1, t3 - t2, numbersStoreNanos, storeNanos);
    }
}
