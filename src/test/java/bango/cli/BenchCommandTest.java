package bango.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The CLI wiring of {@code bango bench}; the benchmark itself is too slow for unit tests. */
class BenchCommandTest {

    @Test
    void issuanceIsRegisteredWithItsOptions() {
        var issuance = Main.commandLine().getSubcommands().get("bench").getSubcommands().get("issuance");
        var spec = issuance.getCommandSpec();
        assertNotNull(spec.findOption("--json"));
        assertNotNull(spec.findOption("--seconds"));
        assertEquals(0, Main.run("bench", "issuance", "--help"));
    }

    @Test
    void tooSmallBudgetIsRefusedWithoutRunning() {
        assertEquals(2, Main.run("bench", "issuance", "--json", "--seconds", "19"));
    }

    @Test
    void recordsIsRegisteredWithItsOptions() {
        var records = Main.commandLine().getSubcommands().get("bench").getSubcommands().get("records");
        var spec = records.getCommandSpec();
        for (String option : new String[] {"--json", "--seconds", "--appenders", "--dir"}) {
            assertNotNull(spec.findOption(option), option);
        }
        assertEquals(0, Main.run("bench", "records", "--help"));
    }

    @Test
    void badRecordsOptionsAreRefusedWithoutRunning() {
        assertEquals(2, Main.run("bench", "records", "--seconds", "3"));
        assertEquals(2, Main.run("bench", "records", "--appenders", "0"));
        assertEquals(2, Main.run("bench", "records", "--appenders", "4097"));
        assertEquals(2, Main.run("bench", "records", "--dir", "no/such/directory"));
    }

    @Test
    void authzIsRegisteredWithItsOptions() {
        var spec = Main.commandLine().getSubcommands().get("bench").getSubcommands().get("authz").getCommandSpec();
        assertNotNull(spec.findOption("--json"));
        assertNotNull(spec.findOption("--seconds"));
        assertNotNull(spec.findOption("--seed"));
        assertEquals(0, Main.run("bench", "authz", "--help"));
    }

    @Test
    void authzRefusesATooSmallBudgetWithoutRunning() {
        assertEquals(2, Main.run("bench", "authz", "--json", "--seconds", "2"));
    }

    @Test
    void linkageIsRegisteredWithItsOptions() {
        var spec = Main.commandLine().getSubcommands().get("bench").getSubcommands().get("linkage").getCommandSpec();
        for (String option : new String[] {"--json", "--seconds", "--clients", "--batch", "--residents", "--dir", "--linger-us", "--stages",
                "--lines"}) {
            assertNotNull(spec.findOption(option), option);
        }
        assertEquals(0, Main.run("bench", "linkage", "--help"));
    }

    @Test
    void badLinkageOptionsAreRefusedWithoutRunning() {
        assertEquals(2, Main.run("bench", "linkage", "--seconds", "3"));
        assertEquals(2, Main.run("bench", "linkage", "--clients", "0"));
        assertEquals(2, Main.run("bench", "linkage", "--batch", "0"));
        assertEquals(2, Main.run("bench", "linkage", "--batch", "1001"));
        assertEquals(2, Main.run("bench", "linkage", "--residents", "0"));
        assertEquals(2, Main.run("bench", "linkage", "--linger-us", "-1"));
        assertEquals(2, Main.run("bench", "linkage", "--linger-us", "100001"));
        assertEquals(2, Main.run("bench", "linkage", "--dir", "no/such/directory"));
    }
}
