package bango.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.IndividualNumber;
import bango.institution.Institution;
import bango.issuance.Issuance;
import bango.register.Resident;
import bango.register.ResidentRegister;
import bango.register.SyntheticPopulation;
import bango.trace.Tracer;
import bango.vault.InMemoryKeyCustody;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each party's table set, written through {@link PartyStores} and read back. */
class PartyStoresTest {

    final String url = TestDatabases.h2Memory();
    final String prefix = TestDatabases.uniquePrefix();

    @Test
    void eachPartyStoresItsOwnDataIncludingAReplacedNumber() throws Exception {
        Issuance issuance = Issuance.withKeys(new InMemoryKeyCustody(), new InMemoryKeyCustody(), Tracer.OFF);
        List<Resident> residents = new SyntheticPopulation(5).residents(60).toList();
        residents.forEach(r -> issuance.register(r.municipality()).add(r));
        issuance.registers().values().forEach(ResidentRegister::designateAll);

        // ID-8: one resident's number is changed; J-LIS keeps the old one in its history.
        Resident changed = residents.get(0);
        ResidentRegister home = issuance.register(changed.municipality());
        IndividualNumber old = home.numberOf(changed.residentCode()).orElseThrow();
        IndividualNumber now = home.change(changed.residentCode());

        Institution i1 = issuance.institution(new InstitutionId(1));
        Map<IndividualNumber, InstitutionCode> expected = new HashMap<>();
        for (Resident r : residents) {
            IndividualNumber n = issuance.register(r.municipality()).numberOf(r.residentCode()).orElseThrow();
            expected.put(n, i1.codeFor(n));
        }

        try (ServerSchemas schemas = ServerSchemas.connect(url, "sa", null, prefix)) {
            PartyStores stores = new PartyStores(schemas);
            for (ResidentRegister register : issuance.registers().values()) {
                stores.register(register);
            }
            stores.jlis(issuance.jlis());
            stores.institution(i1);
            stores.core(issuance.core());
            assertEquals(60L, stores.written().get(Party.JLIS));
            assertEquals(60L, stores.written().get(Party.institution(new InstitutionId(1))));
            schemas.publish(5, 60, 1, false);
        }

        StoredPopulation stored = StoredPopulation.server(url, "sa", prefix);
        assertEquals(60, stored.registers().size());
        assertEquals(now.digits(), stored.registers().get(changed.residentCode().digits()).number());
        StoredPopulation.JlisRow row = stored.jlis().get(changed.residentCode().digits());
        assertEquals(new StoredPopulation.JlisRow(changed.municipality().code(), now.digits(), 1), row);
        assertEquals(61, stored.issuedNumbers().size(), "the history keeps the replaced number");
        assertTrue(stored.issuedNumbers().contains(old.digits()));
        assertEquals(60, stored.corePersons().size());
        Map<String, String> book = stored.codeBook(Party.institution(new InstitutionId(1)));
        Map<String, String> expectedBook = new HashMap<>();
        expected.forEach((n, c) -> expectedBook.put(n.digits(), c.text()));
        assertEquals(expectedBook, book);
        assertEquals(60, new HashSet<>(book.values()).size());
    }

    @Test
    void uniqueConstraintsHoldAfterTheLoad() throws Exception {
        Issuance issuance = Issuance.withKeys(new InMemoryKeyCustody(), new InMemoryKeyCustody(), Tracer.OFF);
        List<Resident> residents = new SyntheticPopulation(6).residents(5).toList();
        residents.forEach(r -> issuance.register(r.municipality()).add(r));
        issuance.registers().values().forEach(ResidentRegister::designateAll);
        Institution i1 = issuance.institution(new InstitutionId(1));
        IndividualNumber someone = issuance.register(residents.get(0).municipality())
                .numberOf(residents.get(0).residentCode()).orElseThrow();
        InstitutionCode code = i1.codeFor(someone);
        try (ServerSchemas schemas = ServerSchemas.connect(url, "sa", null, prefix)) {
            PartyStores stores = new PartyStores(schemas);
            stores.institution(i1);
            stores.core(issuance.core());
            schemas.publish(6, 5, 1, false);
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            PreparedStatement p = c.prepareStatement("INSERT INTO " + prefix + "_i1.code_book VALUES (?, ?)");
            p.setString(1, "000000000000");
            p.setString(2, code.text()); // a second number with the same code
            SQLException e = assertThrows(SQLException.class, p::executeUpdate);
            assertEquals("23505", e.getSQLState());
            PreparedStatement q = c.prepareStatement("INSERT INTO " + prefix + "_core.person VALUES (?, ?)");
            q.setString(1, "00000000000");
            q.setLong(2, 1); // a second resident code with person id 1
            assertEquals("23505", assertThrows(SQLException.class, q::executeUpdate).getSQLState());
        }
    }

    @Test
    void aWriteFailureNamesThePartyWithoutQuotingData() {
        SQLException duplicate = new SQLException("Unique index violation: '123456789018'", "23505");
        assertEquals("SQLState 23505", PartyStores.safeReason(duplicate));
        SQLException tooLong = new SQLException("Value too long for column: '山田'", "22001");
        assertEquals("SQLState 22001", PartyStores.safeReason(tooLong));
        SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused.\nmore", "08001");
        assertEquals("Connection to 127.0.0.1:1 refused.", PartyStores.safeReason(refused));
    }
}
