package bango.store;

import bango.codes.InstitutionCode;
import bango.identity.IndividualNumber;
import bango.institution.Institution;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One institution's table: the individual numbers residents gave it and, for each, the code the
 * core system issued to this institution ({@code code_book}). Never a resident code and never
 * another institution's code (CODE-5).
 */
public final class InstitutionStore {

    private final Connection connection;
    private final String schema;

    /** The institution's table in {@code schema} (which exists) over {@code connection}. */
    public InstitutionStore(Connection connection, String schema) {
        this.connection = connection;
        this.schema = Schemas.checkName(schema);
    }

    public void createTables() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + schema + ".code_book ("
                    + "individual_number CHAR(12) PRIMARY KEY, "
                    + "institution_code CHAR(27) NOT NULL)");
        }
    }

    private record Row(IndividualNumber number, InstitutionCode code) {
    }

    /**
     * Fills the empty table from the institution, in key order, then makes the codes unique;
     * returns the number of codes written.
     */
    public long save(Institution institution) throws SQLException {
        List<Row> book = new ArrayList<>(institution.codeCount());
        institution.forEachCode((number, code) -> book.add(new Row(number, code)));
        book.sort((a, b) -> a.number().compareTo(b.number()));
        try (Batch rows = new Batch(connection, "INSERT INTO " + schema + ".code_book "
                + "(individual_number, institution_code) VALUES (?, ?)")) {
            for (Row r : book) {
                rows.row().setString(1, r.number().digits());
                rows.row().setString(2, r.code().text());
                rows.add();
            }
            rows.flush();
        }
        Batch.addUnique(connection, schema + ".code_book", "institution_code");
        return book.size();
    }
}
