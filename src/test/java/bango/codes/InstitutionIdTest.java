package bango.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InstitutionIdTest {

    @Test
    void isANonNegativeNumberOrderedByValue() {
        assertEquals(0, new InstitutionId(0).value());
        assertEquals(Long.MAX_VALUE, new InstitutionId(Long.MAX_VALUE).value());
        assertThrows(IllegalArgumentException.class, () -> new InstitutionId(-1));
        assertEquals("I42", new InstitutionId(42).toString());
        assertEquals(List.of(new InstitutionId(1), new InstitutionId(2), new InstitutionId(10)),
                List.copyOf(new TreeSet<>(List.of(new InstitutionId(10), new InstitutionId(1), new InstitutionId(2)))));
        assertTrue(new InstitutionId(1).compareTo(new InstitutionId(1)) == 0);
        assertTrue(new InstitutionId(Long.MAX_VALUE).compareTo(new InstitutionId(0)) > 0);
    }
}
