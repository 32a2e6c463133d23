package bango.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One prepared INSERT run as JDBC batches: {@link #add()} queues the row set on the statement and
 * sends every {@value #SIZE} rows to the database in one round trip.
 */
final class Batch implements AutoCloseable {

    /** Rows per round trip. */
    static final int SIZE = 4096;

    private final PreparedStatement statement;
    private int queued;
    private long rows;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** The statement whose parameters the next row sets. */
    PreparedStatement row() {
        return statement;
    }

    /** Queues the row whose parameters were just set. */
    void add() throws SQLException {
        statement.addBatch();
        rows++;
        if (++queued == SIZE) {
            flush();
        }
    }

    /** Sends the queued rows. */
    void flush() throws SQLException {
        if (queued > 0) {
            statement.executeBatch();
            queued = 0;
        }
    }

    /** Rows added so far. */
    long rows() {
        return rows;
    }

    /** Closes the statement; rows still queued are dropped, so call {@link #flush()} first. */
    @Override
    public void close() throws SQLException {
        statement.close();
    }

    /**
     * Adds a unique constraint after the rows are in: building the index once from the loaded
     * table is several times faster than keeping it up to date row by row.
     */
    static void addUnique(Connection connection, String table, String column) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + table.substring(table.indexOf('.') + 1)
                    + "_" + column + "_unique UNIQUE (" + column + ")");
        }
    }
}
