package bango.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database for each party, kept apart from every other party's: where a population is staged
 * while it is written, and from where it is published in one step.
 */
public interface PartyDatabases extends AutoCloseable {

    /**
     * A new connection to the party's staging schema, which this call creates empty; auto-commit is
     * off. The caller commits (or rolls back) and closes it.
     */
    Connection open(Party party) throws SQLException;

    /** The name of the party's staging schema in the connections {@link #open} returns. */
    String schema(Party party);

    /** What the databases are, for messages: never a password. */
    String describe();

    /** Writes one party's tables. */
    @FunctionalInterface
    interface Writer {
        /** Creates the party's tables in {@code schema} and fills them; returns the rows written. */
        long write(Connection connection, String schema) throws SQLException;
    }

    /**
     * Writes the party's tables in one transaction on a connection of its own: commits if
     * {@code writer} succeeds, else rolls back.
     *
     * @return what {@code writer} returned
     */
    default long write(Party party, Writer writer) throws SQLException {
        try (Connection connection = open(party)) {
            try {
                long rows = writer.write(connection, schema(party));
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    @Override
    void close();
}
