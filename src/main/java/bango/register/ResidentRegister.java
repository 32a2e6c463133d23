package bango.register;

import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.jlis.Jlis;
import bango.jlis.NumberNotice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One municipality's resident register (住民基本台帳) and its Juki-net terminal (市町村CS), as far as
 * individual numbers go (ID-1, ID-6, ID-8): it registers residents with J-LIS, asks J-LIS for their
 * numbers by resident code, and records the number J-LIS returns.
 */
public final class ResidentRegister {

    private final Municipality municipality;
    private final Jlis jlis;
    // In order of registration, so that designating every resident at once is reproducible.
    private final Map<ResidentCode, Resident> residents = new LinkedHashMap<>();
    private final Map<ResidentCode, IndividualNumber> numbers = new HashMap<>();

    public ResidentRegister(Municipality municipality, Jlis jlis) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.jlis = Objects.requireNonNull(jlis, "jlis");
    }

    public Municipality municipality() {
        return municipality;
    }

    /** Enters a resident in the register and sends the identity information to J-LIS (Juki-net). */
    public synchronized void add(Resident resident) {
        if (!resident.municipality().equals(municipality)) {
            throw new IllegalArgumentException("the resident lives in another municipality");
        }
        jlis.registerResident(municipality.code(), resident.residentCode());
        residents.put(resident.residentCode(), resident);
    }

    /**
     * ID-1, ID-6: asks J-LIS for the resident's number by resident code, designates the number
     * J-LIS returns (番号利用法7条1項) and records it in the register.
     */
    public synchronized IndividualNumber designate(ResidentCode residentCode) {
        requireResident(residentCode);
        return record(jlis.issue(municipality.code(), residentCode));
    }

    /**
     * ID-1, ID-6 for every registered resident who has no number yet, in order of registration:
     * asks J-LIS for all their numbers in one request ({@link Jlis#issueAll}), which gives the same
     * numbers as designating them one by one, and records them.
     *
     * @return how many residents were given a number
     */
    public synchronized int designateAll() {
        List<ResidentCode> without = new ArrayList<>();
        for (ResidentCode rc : residents.keySet()) {
            if (!numbers.containsKey(rc)) {
                without.add(rc);
            }
        }
        if (without.isEmpty()) {
            return 0;
        }
        for (NumberNotice notice : jlis.issueAll(municipality.code(), without)) {
            record(notice);
        }
        return without.size();
    }

    /** ID-8: asks J-LIS to change the resident's number and records the new one. */
    public synchronized IndividualNumber change(ResidentCode residentCode) {
        requireResident(residentCode);
        return record(jlis.reissue(municipality.code(), residentCode));
    }

    private IndividualNumber record(NumberNotice notice) {
        numbers.put(notice.residentCode(), notice.number());
        return notice.number();
    }

    /** The number recorded for the resident, if one was designated. */
    public synchronized Optional<IndividualNumber> numberOf(ResidentCode residentCode) {
        return Optional.ofNullable(numbers.get(residentCode));
    }

    /** The resident registered under {@code residentCode}, if any. */
    public synchronized Optional<Resident> resident(ResidentCode residentCode) {
        return Optional.ofNullable(residents.get(residentCode));
    }

    /**
     * Calls {@code action} with every resident in the register, in order of registration, and
     * their number (null if none was designated yet), for the register's own store.
     */
    public synchronized void forEachResident(BiConsumer<Resident, IndividualNumber> action) {
        residents.forEach((rc, resident) -> action.accept(resident, numbers.get(rc)));
    }

    public synchronized int size() {
        return residents.size();
    }

    private void requireResident(ResidentCode residentCode) {
        if (!residents.containsKey(residentCode)) {
            throw new IllegalArgumentException("the resident is not in this municipality's register");
        }
    }

    @Override
    public synchronized String toString() {
        return "ResidentRegister[" + municipality.code() + ", " + residents.size() + " residents]";
    }
}
