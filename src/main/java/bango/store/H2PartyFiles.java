package bango.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * An embedded H2 database file per party under a directory: {@code jlis/store.mv.db},
 * {@code core/store.mv.db}, {@code municipalities/131016/store.mv.db},
 * {@code institutions/I1/store.mv.db}. Within its file each party's tables sit in a schema named
 * after the party ({@link Party#schema()}).
 *
 * <p>The files are written where they will be published from: the caller stages the whole
 * directory ({@link DataDirectory.Staging}) and moves it into place, so this class publishes
 * nothing itself.
 */
public final class H2PartyFiles implements PartyDatabases {

    /** Base name of each party's database file. */
    public static final String FILE = "store";

    private final Path root;

    public H2PartyFiles(Path root) {
        this.root = root.toAbsolutePath();
        if (this.root.toString().indexOf(';') >= 0) {
            throw new IllegalArgumentException("an H2 database path cannot contain ';'");
        }
    }

    /** The JDBC URL of the party's database file under {@code root}. */
    public static String url(Path root, Party party) {
        return "jdbc:h2:file:" + party.directory(root.toAbsolutePath()).resolve(FILE);
    }

    @Override
    public Connection open(Party party) throws SQLException {
        try {
            Files.createDirectories(party.directory(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + party + "'s database", e);
        }
        Connection connection = DriverManager.getConnection(url(root, party), "sa", "");
        try {
            Schemas.create(connection, party.schema());
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public String schema(Party party) {
        return party.schema();
    }

    @Override
    public String describe() {
        return "H2 files under " + root;
    }

    @Override
    public void close() {
    }
}
