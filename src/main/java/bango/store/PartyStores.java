package bango.store;

import bango.codes.CoreSystem;
import bango.institution.Institution;
import bango.issuance.PopulationIssuance;
import bango.jlis.Jlis;
import bango.register.ResidentRegister;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each party's data into its own database: J-LIS's into J-LIS's, the core's into the core's, each
 * register into its municipality's, each institution's into its own. Every party is written in one
 * transaction on a connection of its own.
 */
public final class PartyStores implements PopulationIssuance.Stores {

    private final PartyDatabases databases;
    private final Map<Party, Long> written = new LinkedHashMap<>();

    public PartyStores(PartyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void register(ResidentRegister register) throws SQLException {
        write(Party.municipality(register.municipality()), (c, schema) -> {
            RegisterStore store = new RegisterStore(c, schema);
            store.createTables();
            return store.save(register);
        });
    }

    @Override
    public void jlis(Jlis jlis) throws SQLException {
        write(Party.JLIS, (c, schema) -> {
            JlisStore store = new JlisStore(c, schema);
            store.createTables();
            return store.save(jlis);
        });
    }

    @Override
    public void institution(Institution institution) throws SQLException {
        write(Party.institution(institution.id()), (c, schema) -> {
            InstitutionStore store = new InstitutionStore(c, schema);
            store.createTables();
            return store.save(institution);
        });
    }

    @Override
    public void core(CoreSystem core) throws SQLException {
        write(Party.CORE, (c, schema) -> {
            CoreStore store = new CoreStore(c, schema);
            store.createTables();
            return store.save(core);
        });
    }

    /** The parties written so far, with the rows of each one's main table. */
    public Map<Party, Long> written() {
        return Map.copyOf(written);
    }

    private void write(Party party, PartyDatabases.Writer writer) throws SQLException {
        try {
            written.put(party, databases.write(party, writer));
        } catch (SQLException e) {
            throw new PartyWriteException(party, e);
        }
    }

    /** Writing one party's store failed; the message names the party and says why without quoting data. */
    public static final class PartyWriteException extends SQLException {

        private final transient Party party;

        PartyWriteException(Party party, SQLException cause) {
            super("cannot write the store of " + party + ": " + safeReason(cause), cause.getSQLState(), cause);
            this.party = party;
        }

        public Party party() {
            return party;
        }
    }

    /**
     * The driver's message, unless it may quote a value (an integrity or data error, SQLState
     * class 22 or 23, could show a number or a name): then only the SQLState.
     */
    public static String safeReason(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            return "SQLState " + state;
        }
        String message = e.getMessage();
        if (message == null) {
            return "SQLState " + state;
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
