package bango.store;

import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import bango.jlis.Jlis;
import bango.jlis.NumberNotice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * J-LIS's tables: each registered resident's resident code, municipality of residence, current
 * individual number and its generation ({@code resident}), and every number J-LIS ever issued,
 * replaced ones included ({@code issued_number}), which a new number must avoid (ID-3). No
 * institution code: J-LIS never sees one.
 */
public final class JlisStore {

    private final Connection connection;
    private final String schema;

    /** J-LIS's tables in {@code schema} (which exists) over {@code connection}. */
    public JlisStore(Connection connection, String schema) {
        this.connection = connection;
        this.schema = Schemas.checkName(schema);
    }

    public void createTables() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + schema + ".resident ("
                    + "resident_code CHAR(11) PRIMARY KEY, "
                    + "municipality_code CHAR(6) NOT NULL, "
                    + "individual_number CHAR(12), "
                    + "generation INTEGER, "
                    + "CHECK ((individual_number IS NULL) = (generation IS NULL)))");
            s.execute("CREATE TABLE " + schema + ".issued_number ("
                    + "individual_number CHAR(12) PRIMARY KEY)");
        }
    }

    private record Row(ResidentCode residentCode, String municipality, NumberNotice current) {
    }

    /**
     * Fills the empty tables from J-LIS, in key order, then makes the current numbers unique;
     * returns the number of residents written.
     */
    public long save(Jlis jlis) throws SQLException {
        List<Row> residents = new ArrayList<>();
        jlis.forEachResident((rc, municipality, current) -> residents.add(new Row(rc, municipality, current)));
        residents.sort(Comparator.comparing(Row::residentCode));
        try (Batch rows = new Batch(connection, "INSERT INTO " + schema + ".resident "
                + "(resident_code, municipality_code, individual_number, generation) VALUES (?, ?, ?, ?)")) {
            for (Row r : residents) {
                rows.row().setString(1, r.residentCode().digits());
                rows.row().setString(2, r.municipality());
                if (r.current() == null) {
                    rows.row().setNull(3, Types.CHAR);
                    rows.row().setNull(4, Types.INTEGER);
                } else {
                    rows.row().setString(3, r.current().number().digits());
                    rows.row().setInt(4, r.current().generation());
                }
                rows.add();
            }
            rows.flush();
        }
        Batch.addUnique(connection, schema + ".resident", "individual_number");

        long[] issued = new long[jlis.issuedCount()];
        int[] n = {0};
        jlis.forEachIssued(body -> issued[n[0]++] = body);
        Arrays.sort(issued);
        try (Batch rows = new Batch(connection, "INSERT INTO " + schema + ".issued_number (individual_number) VALUES (?)")) {
            for (long body : issued) {
                rows.row().setString(1, IndividualNumber.fromBody(body).digits());
                rows.add();
            }
            rows.flush();
        }
        return residents.size();
    }
}
