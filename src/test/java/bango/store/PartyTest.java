package bango.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bango.codes.InstitutionId;
import bango.register.SyntheticPopulation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void schemaAndDirectoryNames() {
        Path root = Path.of("/data");
        Party chiyoda = Party.municipality(SyntheticPopulation.MUNICIPALITIES.get(6));
        Party i12 = Party.institution(new InstitutionId(12));
        assertEquals("jlis", Party.JLIS.schema());
        assertEquals("core", Party.CORE.schema());
        assertEquals("m131016", chiyoda.schema());
        assertEquals("i12", i12.schema());
        assertEquals(Path.of("/data/jlis"), Party.JLIS.directory(root));
        assertEquals(Path.of("/data/core"), Party.CORE.directory(root));
        assertEquals(Path.of("/data/municipalities/131016"), chiyoda.directory(root));
        assertEquals(Path.of("/data/institutions/I12"), i12.directory(root));
        assertEquals("institution I12", i12.toString());
    }

    @Test
    void idsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Party(Party.Kind.MUNICIPALITY, "131017"));
        assertThrows(IllegalArgumentException.class, () -> new Party(Party.Kind.INSTITUTION, "../x"));
        assertThrows(IllegalArgumentException.class, () -> new Party(Party.Kind.JLIS, "1"));
        assertThrows(IllegalArgumentException.class, () -> new Party(Party.Kind.INSTITUTION, ""));
    }
}
