package bango.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.jlis.Ff1NumberPermutation;
import bango.jlis.Jlis;
import bango.trace.Tracer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ResidentRegisterBatchTest {

    static final Municipality CHIYODA = SyntheticPopulation.MUNICIPALITIES.get(6);

    static Jlis jlis() {
        byte[] key = new byte[32];
        key[0] = 42;
        return new Jlis(new Ff1NumberPermutation(new SecretKeySpec(key, "AES")), Tracer.OFF);
    }

    static List<Resident> residents(int n) {
        return new SyntheticPopulation(3).residents(50_000).filter(r -> r.municipality().equals(CHIYODA))
                .limit(n).toList();
    }

    @Test
    void designateAllGivesTheNumbersDesignatingOneByOneGives() {
        List<Resident> residents = residents(200);
        ResidentRegister one = new ResidentRegister(CHIYODA, jlis());
        ResidentRegister all = new ResidentRegister(CHIYODA, jlis());
        residents.forEach(one::add);
        residents.forEach(all::add);
        Map<ResidentCode, IndividualNumber> expected = new LinkedHashMap<>();
        for (Resident r : residents) {
            expected.put(r.residentCode(), one.designate(r.residentCode()));
        }
        assertEquals(200, all.designateAll());
        Map<ResidentCode, IndividualNumber> actual = new LinkedHashMap<>();
        all.forEachResident((r, number) -> actual.put(r.residentCode(), number));
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "in order of registration");
    }

    @Test
    void designateAllSkipsResidentsWhoHaveANumberAndReportsOnlyNewOnes() {
        List<Resident> residents = residents(10);
        ResidentRegister register = new ResidentRegister(CHIYODA, jlis());
        residents.forEach(register::add);
        IndividualNumber first = register.designate(residents.get(0).residentCode());
        register.designate(residents.get(1).residentCode());
        IndividualNumber changed = register.change(residents.get(1).residentCode());
        assertEquals(8, register.designateAll());
        assertEquals(0, register.designateAll());
        assertEquals(first, register.numberOf(residents.get(0).residentCode()).orElseThrow());
        assertEquals(changed, register.numberOf(residents.get(1).residentCode()).orElseThrow());
        List<IndividualNumber> numbers = new ArrayList<>();
        register.forEachResident((r, n) -> numbers.add(n));
        assertEquals(10, numbers.stream().distinct().count());
        assertTrue(numbers.stream().allMatch(n -> n != null));
    }
}
