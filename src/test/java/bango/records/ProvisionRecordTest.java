package bango.records;

import static bango.records.Records.CITY;
import static bango.records.Records.PENSION;
import static bango.records.Records.T0;
import static bango.records.Records.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of a provision record (提供等の記録): each one refused with its own message. */
@Covers({"LOG-1"})
class ProvisionRecordTest {

    static final String PERSON = code(7, 11);
    static final String OTHER = code(8, 13);
    static final Instant LATER = T0.plusMillis(4);

    static ProvisionRecord record(RecordKind kind, int item, String category, long serial, String person,
            Instant requestedAt, Instant providedAt, String reason) {
        return new ProvisionRecord(kind, PENSION, CITY, item, category, serial, person, requestedAt, providedAt,
                reason);
    }

    static void refused(String rule, Executable construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
        assertEquals(rule, e.getMessage());
    }

    @Test
    void everyKindWithWhatItNeeds() {
        ProvisionRecord request = ProvisionRecord.request(PENSION, CITY, 1, "地方税関係情報", 0, PERSON, T0);
        assertEquals(RecordKind.REQUEST, request.kind());
        assertNull(request.providedAt());
        assertNull(request.reason());

        ProvisionRecord provision = request.provided(LATER);
        assertEquals(RecordKind.PROVISION, provision.kind());
        assertEquals(LATER, provision.providedAt());
        assertEquals(request.serial(), provision.serial());
        assertEquals(request.person(), provision.person());

        ProvisionRecord hold = request.held("restricted by the provider");
        assertEquals(RecordKind.HOLD, hold.kind());
        assertEquals("restricted by the provider", hold.reason());
        assertNull(hold.providedAt());

        ProvisionRecord refusal = request.refused("not in Annex Table 2");
        assertEquals(RecordKind.REFUSAL, refusal.kind());
        assertEquals("not in Annex Table 2", refusal.reason());
    }

    @Test
    void partiesKindAndTimesAreRequired() {
        refused("a provision record needs its kind", () -> record(null, 1, "c", 1, PERSON, T0, null, null));
        refused("a provision record needs its inquirer",
                () -> new ProvisionRecord(RecordKind.REQUEST, null, CITY, 1, "c", 1, PERSON, T0, null, null));
        refused("a provision record needs its provider",
                () -> new ProvisionRecord(RecordKind.REQUEST, PENSION, null, 1, "c", 1, PERSON, T0, null, null));
        refused("a provision record needs its request time",
                () -> record(RecordKind.REQUEST, 1, "c", 1, PERSON, null, null, null));
    }

    @Test
    void anItemIsOneOrMore() {
        refused("an Annex Table 2 item number is 1 or more",
                () -> record(RecordKind.REQUEST, 0, "c", 1, PERSON, T0, null, null));
        refused("an Annex Table 2 item number is 1 or more",
                () -> record(RecordKind.REQUEST, -5, "c", 1, PERSON, T0, null, null));
        assertEquals(1, record(RecordKind.REQUEST, 1, "c", 1, PERSON, T0, null, null).item());
    }

    @Test
    @Covers({"LOG-1"})
    void onlyARefusalMayRecordAnUnknownItemOrPerson() {
        ProvisionRecord r = record(RecordKind.REFUSAL, 0, ProvisionRecord.UNKNOWN, 3, ProvisionRecord.UNKNOWN, T0, null,
                "unknown item 999");
        assertEquals(0, r.item());
        assertEquals(ProvisionRecord.UNKNOWN, r.person());
        refused("an Annex Table 2 item number is 1 or more",
                () -> record(RecordKind.REFUSAL, -1, "c", 1, PERSON, T0, null, "r"));
        for (RecordKind kind : new RecordKind[] {RecordKind.REQUEST, RecordKind.HOLD}) {
            String reason = kind == RecordKind.HOLD ? "r" : null;
            refused("an Annex Table 2 item number is 1 or more", () -> record(kind, 0, "c", 1, PERSON, T0, null, reason));
            assertThrows(IllegalArgumentException.class,
                    () -> record(kind, 1, "c", 1, ProvisionRecord.UNKNOWN, T0, null, reason));
        }
        assertThrows(IllegalArgumentException.class,
                () -> record(RecordKind.PROVISION, 1, "c", 1, ProvisionRecord.UNKNOWN, T0, LATER, null));
    }

    @Test
    void aSerialIsNotNegative() {
        refused("a processing serial is not negative",
                () -> record(RecordKind.REQUEST, 1, "c", -1, PERSON, T0, null, null));
        refused("a processing serial is not negative",
                () -> record(RecordKind.REQUEST, 1, "c", Long.MIN_VALUE, PERSON, T0, null, null));
        assertEquals(0, record(RecordKind.REQUEST, 1, "c", 0, PERSON, T0, null, null).serial());
    }

    @Test
    void aCategoryIsShortWellFormedText() {
        String missing = "a provision record needs its information category";
        String rule = "an information category is at most 256 characters of well-formed text";
        refused(missing, () -> record(RecordKind.REQUEST, 1, null, 1, PERSON, T0, null, null));
        refused(missing, () -> record(RecordKind.REQUEST, 1, "", 1, PERSON, T0, null, null));
        refused(missing, () -> record(RecordKind.REQUEST, 1, " \t\n", 1, PERSON, T0, null, null));
        refused(rule, () -> record(RecordKind.REQUEST, 1, "x".repeat(257), 1, PERSON, T0, null, null));
        assertEquals(256, record(RecordKind.REQUEST, 1, "x".repeat(256), 1, PERSON, T0, null, null).category().length());
        refused(rule, () -> record(RecordKind.REQUEST, 1, "a\uD800b", 1, PERSON, T0, null, null));
        refused(rule, () -> record(RecordKind.REQUEST, 1, "a\uDC00", 1, PERSON, T0, null, null));
        refused(rule, () -> record(RecordKind.REQUEST, 1, "a\uD800", 1, PERSON, T0, null, null));
        assertEquals("𠮷野家", record(RecordKind.REQUEST, 1, "𠮷野家", 1, PERSON, T0, null, null).category());
    }

    @Test
    void onlyAProvisionHasAProvisionTimeAndItMustHaveOne() {
        refused("a provision record needs its provision time",
                () -> record(RecordKind.PROVISION, 1, "c", 1, PERSON, T0, null, null));
        for (RecordKind kind : new RecordKind[] {RecordKind.REQUEST, RecordKind.HOLD, RecordKind.REFUSAL}) {
            refused("only a provision has a provision time",
                    () -> record(kind, 1, "c", 1, PERSON, T0, LATER, kind == RecordKind.REQUEST ? null : "r"));
        }
        // Times come from different parties' clocks: a provision a little before the request is kept.
        assertEquals(T0.minusMillis(1),
                record(RecordKind.PROVISION, 1, "c", 1, PERSON, T0, T0.minusMillis(1), null).providedAt());
    }

    @Test
    void onlyAHoldOrARefusalHasAReasonAndItMustHaveOne() {
        for (RecordKind kind : new RecordKind[] {RecordKind.HOLD, RecordKind.REFUSAL}) {
            refused("a hold or refusal record needs its reason", () -> record(kind, 1, "c", 1, PERSON, T0, null, null));
            refused("a hold or refusal record needs its reason", () -> record(kind, 1, "c", 1, PERSON, T0, null, " "));
            refused("a reason is at most 1024 characters of well-formed text",
                    () -> record(kind, 1, "c", 1, PERSON, T0, null, "r".repeat(1025)));
            assertEquals(1024, record(kind, 1, "c", 1, PERSON, T0, null, "r".repeat(1024)).reason().length());
        }
        refused("only a hold or a refusal has a reason",
                () -> record(RecordKind.REQUEST, 1, "c", 1, PERSON, T0, null, "r"));
        refused("only a hold or a refusal has a reason",
                () -> record(RecordKind.PROVISION, 1, "c", 1, PERSON, T0, LATER, "r"));
    }

    @Test
    void thePersonIsAnInstitutionCodeOrTheCoresTwoCodes() {
        String rule = "the person is an institution code, or for the core system two codes joined by '>'";
        refused("a provision record needs the person's code",
                () -> record(RecordKind.REQUEST, 1, "c", 1, null, T0, null, null));
        for (String bad : new String[] {"", "1234", PERSON.substring(1), PERSON.substring(0, 26) + "Z",
            PERSON + ">", ">" + PERSON, PERSON + ">" + OTHER + ">" + PERSON, PERSON + ">>" + OTHER,
            PERSON.toLowerCase(), PERSON + " "}) {
            refused(rule, () -> record(RecordKind.REQUEST, 1, "c", 1, bad, T0, null, null));
        }
        ProvisionRecord institution = record(RecordKind.REQUEST, 1, "c", 1, PERSON, T0, null, null);
        assertFalse(institution.isCoreRecord());
        ProvisionRecord core = record(RecordKind.REQUEST, 1, "c", 1, PERSON + ">" + OTHER, T0, null, null);
        assertTrue(core.isCoreRecord());
        assertEquals(PERSON + ">" + OTHER, core.person());
    }

    @Test
    void toStringShowsOnlyTheLastFourCharactersOfEachCode() {
        ProvisionRecord core = record(RecordKind.HOLD, 3, "c", 9, PERSON + ">" + OTHER, T0, null, "staff");
        String text = core.toString();
        assertFalse(text.contains(PERSON.substring(0, 23)), text);
        assertFalse(text.contains(OTHER.substring(0, 23)), text);
        assertTrue(text.contains("..." + PERSON.substring(23) + ">..." + OTHER.substring(23)), text);
        assertTrue(text.contains("HOLD I1->I2 item 3 serial 9"), text);
        assertTrue(text.contains("reason staff"), text);
        assertFalse(text.contains("provided"), text);
        String provision = record(RecordKind.PROVISION, 3, "c", 9, PERSON, T0, LATER, null).toString();
        assertTrue(provision.contains("provided " + LATER), provision);
        assertFalse(provision.contains("reason"), provision);
    }

    @Test
    void recordsAreValues() {
        assertEquals(Records.request(new InstitutionId(1), 5), Records.request(new InstitutionId(1), 5));
        assertFalse(Records.request(5).equals(Records.request(6)));
    }
}
