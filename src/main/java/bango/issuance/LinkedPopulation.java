package bango.issuance;

import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.register.Resident;
import bango.register.ResidentRegister;
import bango.register.SyntheticPopulation;
import bango.trace.Tracer;
import bango.vault.KeyCustody;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A synthetic population with its numbers issued and every institution's codes obtained through
 * J-LIS and the core system (ID-1..ID-7, CODE-1..CODE-3): what the network needs to run. The same
 * seed and the same keys give the same numbers and codes, so a restarted network finds its stores'
 * codes again.
 */
public final class LinkedPopulation {

    private final Issuance issuance;
    private final List<IndividualNumber> numbers;

    private LinkedPopulation(Issuance issuance, List<IndividualNumber> numbers) {
        this.issuance = issuance;
        this.numbers = numbers;
    }

    /** Issues {@code residents} residents' numbers, then each institution's code for every one. */
    public static LinkedPopulation issue(long seed, int residents, List<InstitutionId> institutions,
            KeyCustody jlisKeys, KeyCustody coreKeys) {
        if (residents < 1) {
            throw new IllegalArgumentException("a population has at least one resident");
        }
        Issuance issuance = Issuance.withKeys(jlisKeys, coreKeys, Tracer.OFF);
        SyntheticPopulation population = new SyntheticPopulation(seed);
        List<Resident> people = new ArrayList<>(residents);
        for (int i = 0; i < residents; i++) {
            Resident r = population.resident(i);
            issuance.register(r.municipality()).add(r);
            people.add(r);
        }
        issuance.registers().values().forEach(ResidentRegister::designateAll);
        List<IndividualNumber> numbers = new ArrayList<>(residents);
        for (Resident r : people) {
            numbers.add(issuance.register(r.municipality()).numberOf(r.residentCode()).orElseThrow());
        }
        for (InstitutionId id : institutions) {
            var institution = issuance.institution(id);
            numbers.forEach(institution::codeFor);
        }
        return new LinkedPopulation(issuance, List.copyOf(numbers));
    }

    /** The core system, which alone translates between institutions' codes. */
    public CoreSystem core() {
        return issuance.core();
    }

    public Issuance issuance() {
        return issuance;
    }

    /** Resident {@code index}'s individual number (as the resident would give it to an institution). */
    public IndividualNumber number(int index) {
        return numbers.get(index);
    }

    public int size() {
        return numbers.size();
    }

    /** The code {@code institution}'s business system holds for {@code number}. */
    public InstitutionCode code(InstitutionId institution, IndividualNumber number) {
        Objects.requireNonNull(number, "number");
        return issuance.institution(institution).knownCode(number)
                .orElseThrow(() -> new IllegalArgumentException("the institution has no code for that number"));
    }
}
