package bango.store;

import bango.codes.CoreSystem;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The core system's table: the internal person id it assigned to each resident code J-LIS passed
 * it ({@code person}). Never an individual number (CODE-5), and no institution code either: codes
 * are computed from the person id under the core's key, not kept.
 */
public final class CoreStore {

    private final Connection connection;
    private final String schema;

    /** The core's table in {@code schema} (which exists) over {@code connection}. */
    public CoreStore(Connection connection, String schema) {
        this.connection = connection;
        this.schema = Schemas.checkName(schema);
    }

    public void createTables() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + schema + ".person ("
                    + "resident_code CHAR(11) PRIMARY KEY, "
                    + "person_id BIGINT NOT NULL)");
        }
    }

    private record Row(long residentCode, String digits, long person) {
    }

    /**
     * Fills the empty table from the core, in key order, then makes the person ids unique; returns
     * the number of persons written.
     */
    public long save(CoreSystem core) throws SQLException {
        List<Row> persons = new ArrayList<>(core.persons());
        core.forEachPerson((rc, person) -> persons.add(new Row(rc.value(), rc.digits(), person)));
        persons.sort((a, b) -> Long.compare(a.residentCode(), b.residentCode()));
        try (Batch rows = new Batch(connection,
                "INSERT INTO " + schema + ".person (resident_code, person_id) VALUES (?, ?)")) {
            for (Row r : persons) {
                rows.row().setString(1, r.digits());
                rows.row().setLong(2, r.person());
                rows.add();
            }
            rows.flush();
        }
        Batch.addUnique(connection, schema + ".person", "person_id");
        return persons.size();
    }
}
