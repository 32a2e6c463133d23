package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import bango.Covers;
import org.junit.jupiter.api.Test;

/** The core's verdicts, and the lines' faults production runs with. */
class AuthorizationTest {

    @Test
    @Covers("NET-2")
    void aVerdictSaysWhetherAndWhy() {
        assertEquals(new Authorization.Verdict(true, "allow item 12"), Authorization.Verdict.allow(12));
        assertEquals(new Authorization.Verdict(false, "no rule"), Authorization.Verdict.deny("no rule"));
    }

    @Test
    void productionLosesAndRepeatsNothing() {
        assertFalse(Faults.NONE.lose("core->interface", "m"));
        assertFalse(Faults.NONE.duplicate("core->interface", "m"));
    }
}
