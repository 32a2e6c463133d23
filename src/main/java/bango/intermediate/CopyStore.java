package bango.intermediate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An intermediate server's own store (IS-2, IS-7): the copies (副本) registered by its institution,
 * keyed by the institution's own code and the category, and the auto-response restrictions. An
 * embedded H2 database of its own under the server's directory; reads are served from memory.
 */
public final class CopyStore implements AutoCloseable {

    /** A copy: one category of information about one person, in the institution's code space. */
    public record Copy(String code, String category, String payload) {
    }

    /** IS-7: information not answered automatically: one person's category, or (code null) a whole category. */
    public record Restriction(String code, String category) {
    }

    private final Connection db;
    private final Map<String, String> copies = new ConcurrentHashMap<>();
    private final Set<Restriction> restrictions = ConcurrentHashMap.newKeySet();

    private CopyStore(Connection db) throws SQLException {
        this.db = db;
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS copies (code VARCHAR(32) NOT NULL, category VARCHAR(200) NOT NULL,"
                    + " payload VARCHAR(100000) NOT NULL, PRIMARY KEY (code, category))");
            s.execute("CREATE TABLE IF NOT EXISTS restrictions (code VARCHAR(32) NOT NULL, category VARCHAR(200) NOT NULL,"
                    + " PRIMARY KEY (code, category))");
            try (ResultSet r = s.executeQuery("SELECT code, category, payload FROM copies")) {
                while (r.next()) {
                    copies.put(key(r.getString(1), r.getString(2)), r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT code, category FROM restrictions")) {
                while (r.next()) {
                    restrictions.add(new Restriction(r.getString(1).isEmpty() ? null : r.getString(1), r.getString(2)));
                }
            }
        }
    }

    /** Opens (creating if need be) the store in {@code directory}. */
    public static CopyStore open(Path directory) throws SQLException {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + directory + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("copies") + ";DB_CLOSE_ON_EXIT=FALSE";
        return new CopyStore(DriverManager.getConnection(url, "sa", ""));
    }

    private static String key(String code, String category) {
        return code + '\t' + category;
    }

    /** IS-2: registers (or replaces) copies, all or none. */
    public synchronized void register(Collection<Copy> batch) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("MERGE INTO copies (code, category, payload) KEY (code, category) VALUES (?, ?, ?)")) {
            for (Copy c : batch) {
                p.setString(1, c.code());
                p.setString(2, c.category());
                p.setString(3, c.payload());
                p.addBatch();
            }
            p.executeBatch();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        for (Copy c : batch) {
            copies.put(key(c.code(), c.category()), c.payload());
        }
    }

    /** The copy of {@code category} for the person with {@code code}, if registered. */
    public Optional<String> copy(String code, String category) {
        return Optional.ofNullable(copies.get(key(code, category)));
    }

    public int size() {
        return copies.size();
    }

    /** IS-7: restricts (or lifts the restriction on) one person's category, or a whole category if {@code code} is null. */
    public synchronized void restrict(Restriction r, boolean restricted) throws SQLException {
        String code = r.code() == null ? "" : r.code();
        String sql = restricted
                ? "MERGE INTO restrictions (code, category) KEY (code, category) VALUES (?, ?)"
                : "DELETE FROM restrictions WHERE code = ? AND category = ?";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, code);
            p.setString(2, r.category());
            p.executeUpdate();
        }
        if (restricted) {
            restrictions.add(r);
        } else {
            restrictions.remove(r);
        }
    }

    /** IS-7: whether the person's category may not be answered automatically. */
    public boolean restricted(String code, String category) {
        return !restrictions.isEmpty()
                && (restrictions.contains(new Restriction(null, category)) || restrictions.contains(new Restriction(code, category)));
    }

    public Set<Restriction> restrictions() {
        return Set.copyOf(restrictions);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("the copy store did not close: " + e.getMessage(), e);
        }
    }
}
