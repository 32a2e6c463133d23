package bango.store;

import bango.codes.InstitutionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a stored population back, party by party, each from its own database, for tests: the H2
 * files of a data directory, or the schemas of a prefix on a server.
 */
public final class StoredPopulation {

    /** One resident as a register stores them. */
    public record RegisterRow(String municipality, String residentCode, String number, String familyName,
            String givenName, String familyNameKana, String givenNameKana, String dateOfBirth, String sex,
            String address) {
    }

    /** One resident as J-LIS stores them. */
    public record JlisRow(String municipality, String number, int generation) {
    }

    private interface Opener {
        Connection open(Party party) throws SQLException;

        String schema(Party party);
    }

    private final Opener opener;
    private final List<Party> municipalities;
    private final List<Party> institutions;

    private StoredPopulation(Opener opener, List<Party> municipalities, List<Party> institutions) {
        this.opener = opener;
        this.municipalities = municipalities;
        this.institutions = institutions;
    }

    /** The population in the H2 files under {@code dataDir}, opened read-only. */
    public static StoredPopulation h2(Path dataDir) throws Exception {
        List<Party> municipalities = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dataDir.resolve("municipalities"))) {
            dirs.map(d -> new Party(Party.Kind.MUNICIPALITY, d.getFileName().toString())).sorted(
                    (a, b) -> a.id().compareTo(b.id())).forEach(municipalities::add);
        }
        List<Party> institutions = new ArrayList<>();
        Path institutionDir = dataDir.resolve("institutions");
        if (Files.isDirectory(institutionDir)) {
            try (Stream<Path> dirs = Files.list(institutionDir)) {
                dirs.map(d -> Party.institution(new InstitutionId(Long.parseLong(d.getFileName().toString().substring(1)))))
                        .sorted((a, b) -> Long.compare(Long.parseLong(a.id()), Long.parseLong(b.id())))
                        .forEach(institutions::add);
            }
        }
        return new StoredPopulation(new Opener() {
            @Override
            public Connection open(Party party) throws SQLException {
                Path file = party.directory(dataDir).resolve(H2PartyFiles.FILE + ".mv.db");
                if (!Files.isRegularFile(file)) {
                    throw new SQLException("no database file " + file);
                }
                return DriverManager.getConnection(H2PartyFiles.url(dataDir, party) + ";ACCESS_MODE_DATA=r", "sa", "");
            }

            @Override
            public String schema(Party party) {
                return party.schema();
            }
        }, municipalities, institutions);
    }

    /** The population under schema prefix {@code prefix} on a server. */
    public static StoredPopulation server(String url, String user, String prefix) throws SQLException {
        List<Party> municipalities = new ArrayList<>();
        List<Party> institutions = new ArrayList<>();
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "_(m([0-9]{6})|i([0-9]+))");
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            for (String schema : Schemas.list(c)) {
                Matcher m = name.matcher(schema);
                if (m.matches() && m.group(2) != null) {
                    municipalities.add(new Party(Party.Kind.MUNICIPALITY, m.group(2)));
                } else if (m.matches()) {
                    institutions.add(new Party(Party.Kind.INSTITUTION, m.group(3)));
                }
            }
        }
        municipalities.sort((a, b) -> a.id().compareTo(b.id()));
        institutions.sort((a, b) -> Long.compare(Long.parseLong(a.id()), Long.parseLong(b.id())));
        return new StoredPopulation(new Opener() {
            @Override
            public Connection open(Party party) throws SQLException {
                return DriverManager.getConnection(url, user, null);
            }

            @Override
            public String schema(Party party) {
                return prefix + "_" + party.schema();
            }
        }, municipalities, institutions);
    }

    public List<Party> municipalities() {
        return municipalities;
    }

    public List<Party> institutions() {
        return institutions;
    }

    /** Every party that should have a store: J-LIS, the core, the municipalities, the institutions. */
    public List<Party> parties() {
        List<Party> all = new ArrayList<>(List.of(Party.JLIS, Party.CORE));
        all.addAll(municipalities);
        all.addAll(institutions);
        return all;
    }

    /** The party's tables and their columns, lower case: table -> columns, from JDBC metadata. */
    public Map<String, TreeSet<String>> columns(Party party) throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection c = opener.open(party)) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = opener.schema(party);
            // H2 keeps unquoted identifiers in upper case, PostgreSQL in lower case.
            for (String s : new String[] {schema, schema.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getColumns(null, s, "%", "%")) {
                    while (rs.next()) {
                        tables.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                                .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }

    /** Every resident of every register, by resident code. */
    public Map<String, RegisterRow> registers() throws SQLException {
        Map<String, RegisterRow> rows = new HashMap<>();
        for (Party m : municipalities) {
            query(m, "SELECT resident_code, individual_number, family_name, given_name, family_name_kana, "
                    + "given_name_kana, date_of_birth, sex, address FROM " + opener.schema(m) + ".resident", rs -> {
                        RegisterRow row = new RegisterRow(m.id(), rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate().toString(),
                                rs.getString(8), rs.getString(9));
                        if (rows.put(row.residentCode(), row) != null) {
                            throw new AssertionError("a resident is in two registers");
                        }
                    });
        }
        return rows;
    }

    /** J-LIS's table, by resident code. */
    public Map<String, JlisRow> jlis() throws SQLException {
        Map<String, JlisRow> rows = new HashMap<>();
        query(Party.JLIS, "SELECT resident_code, municipality_code, individual_number, generation FROM "
                + opener.schema(Party.JLIS) + ".resident",
                rs -> rows.put(rs.getString(1), new JlisRow(rs.getString(2), rs.getString(3), rs.getInt(4))));
        return rows;
    }

    /** J-LIS's history of issued numbers. */
    public List<String> issuedNumbers() throws SQLException {
        List<String> numbers = new ArrayList<>();
        query(Party.JLIS, "SELECT individual_number FROM " + opener.schema(Party.JLIS) + ".issued_number",
                rs -> numbers.add(rs.getString(1)));
        return numbers;
    }

    /** The core's table: resident code -> person id. */
    public Map<String, Long> corePersons() throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        query(Party.CORE, "SELECT resident_code, person_id FROM " + opener.schema(Party.CORE) + ".person",
                rs -> rows.put(rs.getString(1), rs.getLong(2)));
        return rows;
    }

    /** One institution's table: number -> code. */
    public Map<String, String> codeBook(Party institution) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        query(institution, "SELECT individual_number, institution_code FROM " + opener.schema(institution) + ".code_book",
                rs -> {
                    if (rows.put(rs.getString(1), rs.getString(2)) != null) {
                        throw new AssertionError("a number twice in one code book");
                    }
                });
        return rows;
    }

    @FunctionalInterface
    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(Party party, String sql, RowAction action) throws SQLException {
        try (Connection c = opener.open(party); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                action.accept(rs);
            }
        }
    }
}
