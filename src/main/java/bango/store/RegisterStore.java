package bango.store;

import bango.identity.IndividualNumber;
import bango.register.Municipality;
import bango.register.Resident;
import bango.register.ResidentRegister;
import bango.register.Sex;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * One municipality's resident register (住民基本台帳): the municipality itself
 * ({@code municipality}, one row) and each resident's resident code, individual number and the
 * four basic facts (基本4情報: name, date of birth, sex, address) ({@code resident}). No
 * institution code and no other municipality's residents.
 */
public final class RegisterStore {

    private final Connection connection;
    private final String schema;

    /** The register's tables in {@code schema} (which exists) over {@code connection}. */
    public RegisterStore(Connection connection, String schema) {
        this.connection = connection;
        this.schema = Schemas.checkName(schema);
    }

    public void createTables() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + schema + ".municipality ("
                    + "code CHAR(6) PRIMARY KEY, "
                    + "prefecture VARCHAR(10) NOT NULL, "
                    + "county VARCHAR(20) NOT NULL, "
                    + "name VARCHAR(40) NOT NULL)");
            s.execute("CREATE TABLE " + schema + ".resident ("
                    + "resident_code CHAR(11) PRIMARY KEY, "
                    + "individual_number CHAR(12), "
                    + "family_name VARCHAR(40) NOT NULL, "
                    + "given_name VARCHAR(40) NOT NULL, "
                    + "family_name_kana VARCHAR(80) NOT NULL, "
                    + "given_name_kana VARCHAR(80) NOT NULL, "
                    + "date_of_birth DATE NOT NULL, "
                    + "sex CHAR(1) NOT NULL CHECK (sex IN ('M', 'F')), "
                    + "address VARCHAR(200) NOT NULL)");
        }
    }

    private record Row(Resident resident, IndividualNumber number) {
    }

    /**
     * Fills the empty tables from the register, residents in key order, then makes the numbers
     * unique; returns the number of residents written.
     */
    public long save(ResidentRegister register) throws SQLException {
        Municipality m = register.municipality();
        try (Batch rows = new Batch(connection, "INSERT INTO " + schema + ".municipality "
                + "(code, prefecture, county, name) VALUES (?, ?, ?, ?)")) {
            rows.row().setString(1, m.code());
            rows.row().setString(2, m.prefecture());
            rows.row().setString(3, m.county());
            rows.row().setString(4, m.name());
            rows.add();
            rows.flush();
        }
        try (Batch rows = new Batch(connection, "INSERT INTO " + schema + ".resident "
                + "(resident_code, individual_number, family_name, given_name, family_name_kana, "
                + "given_name_kana, date_of_birth, sex, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<Row> residents = new ArrayList<>(register.size());
            register.forEachResident((resident, number) -> residents.add(new Row(resident, number)));
            residents.sort((a, b) -> a.resident().residentCode().compareTo(b.resident().residentCode()));
            for (Row row : residents) {
                Resident r = row.resident();
                IndividualNumber number = row.number();
                rows.row().setString(1, r.residentCode().digits());
                if (number == null) {
                    rows.row().setNull(2, Types.CHAR);
                } else {
                    rows.row().setString(2, number.digits());
                }
                rows.row().setString(3, r.name().family());
                rows.row().setString(4, r.name().given());
                rows.row().setString(5, r.name().familyKana());
                rows.row().setString(6, r.name().givenKana());
                rows.row().setDate(7, Date.valueOf(r.dateOfBirth()));
                rows.row().setString(8, r.sex() == Sex.MALE ? "M" : "F");
                rows.row().setString(9, r.address());
                rows.add();
            }
            rows.flush();
        }
        Batch.addUnique(connection, schema + ".resident", "individual_number");
        return register.size();
    }
}
