package bango.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A schema per party on one database server (PostgreSQL; any server with schemas and
 * {@code ALTER SCHEMA ... RENAME} will do): {@code <prefix>_jlis}, {@code <prefix>_core},
 * {@code <prefix>_m131016} for each municipality, {@code <prefix>_i1} for each institution, and
 * {@code <prefix>_population} saying which population they hold.
 *
 * <p><b>Staging.</b> Each party's tables are written, in one transaction per party, into a staging
 * schema {@code <prefix>_<party>_new}. {@link #publish} then, in one transaction, drops the old
 * population's schemas (only if asked to replace it), renames the staging schemas to their final
 * names and records the population: readers see the old population or the new one, never a mix.
 * If anything fails before that, {@link #abort} drops the staging schemas and the old population
 * is untouched. Staging schemas left by a run that died are dropped when the next run starts; so
 * one writer per prefix at a time.
 */
public final class ServerSchemas implements PartyDatabases {

    /** Schema prefixes: a lower-case letter, then letters, digits or '_'; short enough for PostgreSQL's 63. */
    public static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private static final String PARTIES = "jlis|core|m[0-9]{6}|i[0-9]+";

    private final String url;
    private final String user;
    private final String password;
    private final String prefix;
    private final Connection control;
    private final Pattern finalName;
    private final Pattern stagingName;
    private final Map<String, Party> staged = new LinkedHashMap<>();

    private ServerSchemas(String url, String user, String password, String prefix, Connection control) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.prefix = prefix;
        this.control = control;
        this.finalName = Pattern.compile(Pattern.quote(prefix) + "_(" + PARTIES + "|population)");
        this.stagingName = Pattern.compile(Pattern.quote(prefix) + "_(" + PARTIES + ")_new");
    }

    /**
     * Connects to the server (the connection is kept for looking at and publishing the population).
     *
     * @throws SQLException if the server cannot be reached or refuses the user
     */
    public static ServerSchemas connect(String url, String user, String password, String prefix) throws SQLException {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a schema prefix is a lower-case letter, then up to 39 letters, digits or '_'");
        }
        Connection control = connection(url, user, password);
        try {
            control.setAutoCommit(false);
        } catch (SQLException e) {
            control.close();
            throw e;
        }
        return new ServerSchemas(url, user, password, prefix, control);
    }

    private static Connection connection(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // One multi-row INSERT per batch instead of one statement per row.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(url, properties);
    }

    public String prefix() {
        return prefix;
    }

    /** The final schema name of {@code party}: {@code <prefix>_<party>}. */
    public String finalSchema(Party party) {
        return prefix + "_" + party.schema();
    }

    /** The schema that records the population: {@code <prefix>_population}. */
    public String populationSchema() {
        return prefix + "_population";
    }

    /** The schemas of a published population under this prefix (any part of one), sorted. */
    public List<String> populationSchemas() throws SQLException {
        try {
            return Schemas.list(control).stream().filter(s -> finalName.matcher(s).matches()).sorted().toList();
        } finally {
            control.rollback();
        }
    }

    /**
     * What population the server holds under this prefix, as a short description, or empty if
     * none.
     */
    public Optional<String> existingPopulation() throws SQLException {
        List<String> schemas = populationSchemas();
        if (schemas.isEmpty()) {
            return Optional.empty();
        }
        String what = schemas.size() + " schemas " + prefix + "_*";
        if (schemas.contains(populationSchema())) {
            try (Statement s = control.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seed, residents FROM " + populationSchema() + ".population")) {
                if (rs.next()) {
                    what = String.format("%,d residents, seed %d, in %s", rs.getLong(2), rs.getLong(1), what);
                }
            } catch (SQLException e) {
                // An unreadable record still means something is there.
            } finally {
                control.rollback();
            }
        }
        return Optional.of(what);
    }

    /** Drops staging schemas a run that died left behind under this prefix. */
    public void dropStaleStaging() throws SQLException {
        try {
            for (String schema : Schemas.list(control)) {
                if (stagingName.matcher(schema).matches()) {
                    Schemas.drop(control, schema);
                }
            }
            control.commit();
        } catch (SQLException e) {
            control.rollback();
            throw e;
        }
    }

    @Override
    public Connection open(Party party) throws SQLException {
        String schema = schema(party);
        Connection connection = connection(url, user, password);
        try {
            connection.setAutoCommit(false);
            Schemas.create(connection, schema);
            synchronized (staged) {
                staged.put(schema, party);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public String schema(Party party) {
        return prefix + "_" + party.schema() + "_new";
    }

    /**
     * In one transaction: drops the population already there if {@code replace}, renames every
     * staging schema this run wrote to its final name and records the population.
     *
     * @throws PopulationExistsException if a population is there and {@code replace} is false
     */
    public void publish(long seed, long residents, int institutions, boolean replace)
            throws SQLException, PopulationExistsException {
        Map<String, Party> parties;
        synchronized (staged) {
            parties = new LinkedHashMap<>(staged);
        }
        try {
            List<String> old = populationSchemas();
            if (!old.isEmpty() && !replace) {
                throw new PopulationExistsException(describe() + " already holds a population (" + old.size()
                        + " schemas " + prefix + "_*)");
            }
            for (String schema : old) {
                Schemas.drop(control, schema);
            }
            for (Map.Entry<String, Party> e : parties.entrySet()) {
                Schemas.rename(control, e.getKey(), finalSchema(e.getValue()));
            }
            Schemas.create(control, populationSchema());
            try (Statement s = control.createStatement()) {
                s.execute("CREATE TABLE " + populationSchema() + ".population ("
                        + "seed BIGINT NOT NULL, residents BIGINT NOT NULL, institutions INTEGER NOT NULL, "
                        + "created_at TIMESTAMP NOT NULL)");
            }
            try (PreparedStatement p = control.prepareStatement("INSERT INTO " + populationSchema()
                    + ".population (seed, residents, institutions, created_at) VALUES (?, ?, ?, ?)")) {
                p.setLong(1, seed);
                p.setLong(2, residents);
                p.setInt(3, institutions);
                p.setTimestamp(4, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            control.commit();
            synchronized (staged) {
                staged.keySet().removeAll(parties.keySet());
            }
        } catch (SQLException | RuntimeException | PopulationExistsException e) {
            try {
                control.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** Drops the staging schemas this run created; the published population is untouched. */
    public void abort() throws SQLException {
        List<String> schemas;
        synchronized (staged) {
            schemas = List.copyOf(staged.keySet());
        }
        if (schemas.isEmpty()) {
            return;
        }
        try {
            for (String schema : schemas) {
                Schemas.drop(control, schema);
            }
            control.commit();
            synchronized (staged) {
                staged.keySet().removeAll(schemas);
            }
        } catch (SQLException e) {
            control.rollback();
            throw e;
        }
    }

    /** The URL without its query (which may carry a password), and the prefix. */
    @Override
    public String describe() {
        return withoutQuery(url) + " (schemas " + prefix + "_*)";
    }

    /** {@code url} up to its first '?' or ';', where drivers take properties such as a password. */
    public static String withoutQuery(String url) {
        int end = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return url.substring(0, end);
    }

    @Override
    public void close() {
        try {
            control.close();
        } catch (SQLException e) {
            // Nothing left to do with it.
        }
    }
}
