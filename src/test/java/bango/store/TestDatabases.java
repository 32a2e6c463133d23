package bango.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;

/** The databases store tests run against: H2 in memory always, the local PostgreSQL when it is up. */
public final class TestDatabases {

    /** The local PostgreSQL server (trust authentication). */
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    /** True if the local PostgreSQL server accepts a connection. */
    public static boolean postgresUp() {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL + "?connectTimeout=5", POSTGRES_USER, null)) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A fresh H2 in-memory database that lives until the JVM ends. */
    public static String h2Memory() {
        return "jdbc:h2:mem:" + uniquePrefix() + ";DB_CLOSE_DELAY=-1";
    }

    /** A schema prefix no other test run uses: {@code t} and 12 random hex digits. */
    public static String uniquePrefix() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return "t" + HexFormat.of().formatHex(b);
    }

    /** Drops every schema whose name starts with {@code prefix_}: the cleanup after a test. */
    public static void dropSchemas(String url, String user, String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            for (String schema : Schemas.list(c)) {
                if (schema.startsWith(prefix + "_")) {
                    Schemas.drop(c, schema);
                }
            }
        }
    }
}
