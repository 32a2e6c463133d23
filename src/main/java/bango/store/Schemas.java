package bango.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Schema names and the few schema statements the stores need, in SQL that H2 and PostgreSQL share. */
final class Schemas {

    /** Lower-case letters, digits and '_', starting with a letter; PostgreSQL allows 63 characters. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private Schemas() {
    }

    /**
     * Returns {@code name} if it is a plain lower-case identifier (so it needs no quoting and is
     * safe to put into SQL text), else throws.
     */
    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a schema name is a lower-case letter, then letters, digits or '_'");
        }
        return name;
    }

    /** The schemas of the database, lower case (H2 keeps unquoted names in upper case). */
    static List<String> list(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static void create(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA " + checkName(name));
        }
    }

    static void drop(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + checkName(name) + " CASCADE");
        }
    }

    static void rename(Connection connection, String from, String to) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER SCHEMA " + checkName(from) + " RENAME TO " + checkName(to));
        }
    }
}
