package bango.annex;

import bango.annex.AnnexFormatException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Annex Table 2 as data: the article-2 table of 令和六年デジタル庁・総務省令第九号 (the successor of
 * 番号利用法 別表第二), its lines as written and the rules they resolve to. See the package
 * documentation for how cells are resolved.
 */
public final class AnnexTable {

    /** The bundled table and glossary, in the resources next to this class. */
    public static final String TABLE_RESOURCE = "annex2-2024.tsv";
    public static final String GLOSSARY_RESOURCE = "annex2-2024-glossary.tsv";

    static final String HEADER = "item\tinquirer\ttask\tprovider\tinformation";

    private final List<Line> rows;
    private final int items;
    private final List<Rule> rules;
    private final Map<Rule, List<RuleSource>> sources;
    private final Set<InstitutionType> institutionTypes;
    private final Set<Category> categories;
    private final Map<InstitutionType, InstitutionClass> classes;

    private AnnexTable(List<Line> rows, Map<Rule, List<RuleSource>> sources, List<InstitutionClass> classes) {
        this.rows = List.copyOf(rows);
        this.items = rows.get(rows.size() - 1).item();
        this.rules = List.copyOf(sources.keySet());
        Map<Rule, List<RuleSource>> copied = new HashMap<>();
        sources.forEach((r, s) -> copied.put(r, List.copyOf(s)));
        this.sources = copied;
        Set<InstitutionType> types = new LinkedHashSet<>();
        Set<Category> cats = new LinkedHashSet<>();
        for (Rule r : rules) {
            types.add(r.inquirer());
            types.add(r.provider());
            cats.add(r.category());
        }
        this.institutionTypes = Collections.unmodifiableSet(types);
        this.categories = Collections.unmodifiableSet(cats);
        Map<InstitutionType, InstitutionClass> byName = new LinkedHashMap<>();
        classes.forEach(c -> byName.put(c.name(), c));
        this.classes = Collections.unmodifiableMap(byName);
    }

    /** The table and glossary bundled in the resources (the 2025-04-01 version of the 2024 table). */
    public static AnnexTable bundled() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final AnnexTable TABLE = loadBundled();

        private static AnnexTable loadBundled() {
            try {
                return parse(TABLE_RESOURCE, resource(TABLE_RESOURCE), GLOSSARY_RESOURCE, resource(GLOSSARY_RESOURCE));
            } catch (AnnexFormatException e) {
                throw new IllegalStateException("the bundled Annex Table 2 does not load: " + e.getMessage(), e);
            }
        }

        private static String resource(String name) {
            try (InputStream in = AnnexTable.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("resource bango/annex/" + name + " is missing");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Loads a table and its glossary (UTF-8, tab-separated, with the headers of the bundled files).
     *
     * @throws AnnexFormatException if a file cannot be read, a line is malformed, or a cell names a
     *                              party or a category that cannot be resolved
     */
    public static AnnexTable load(Path tsv, Path glossary) throws AnnexFormatException {
        return parse(name(tsv), read(tsv), name(glossary), read(glossary));
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    private static String read(Path p) throws AnnexFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        } catch (CharacterCodingException e) {
            throw new AnnexFormatException(Problem.UNREADABLE, name(p), 0, null, null, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new AnnexFormatException(Problem.UNREADABLE, name(p), 0, null, null, null,
                    "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static AnnexTable parse(String tableFile, String table, String glossaryFile, String glossaryText)
            throws AnnexFormatException {
        Glossary glossary = Glossary.parse(glossaryFile, glossaryText);
        ClassBook classes = ClassBook.withLocalGovernment();
        return new Loader(tableFile, new PartyResolver(glossary, classes), new CategoryResolver(glossary), classes)
                .load(table);
    }

    /** Reads the lines of one table and resolves their cells. */
    private static final class Loader {
        private final String file;
        private final PartyResolver parties;
        private final CategoryResolver categories;
        private final ClassBook classes;
        private final Map<String, List<Party>> partiesByCell = new HashMap<>();
        private final Map<String, List<Category>> categoriesByCell = new HashMap<>();
        private final Map<Rule, List<RuleSource>> sources = new LinkedHashMap<>();

        Loader(String file, PartyResolver parties, CategoryResolver categories, ClassBook classes) {
            this.file = file;
            this.parties = parties;
            this.categories = categories;
            this.classes = classes;
        }

        AnnexTable load(String text) throws AnnexFormatException {
            List<String> lines = TsvLines.of(text);
            TsvLines.requireHeader(file, lines, HEADER);
            if (lines.size() < 2) {
                throw new AnnexFormatException(Problem.NO_LINES, file, 0, null, null, null, "no line after the header");
            }
            List<Line> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            Line firstOfItem = null;
            for (int i = 1; i < lines.size(); i++) {
                int number = i + 1;
                String[] f = TsvLines.fields(file, number, lines.get(i), 5);
                int item = TsvLines.itemNumber(file, number, f[0]);
                Line line = new Line(number, item, f[1], f[2], f[3], f[4]);
                firstOfItem = checkItem(line, firstOfItem);
                Integer earlier = seen.putIfAbsent(item + "\t" + line.provider() + "\t" + line.information(), number);
                if (earlier != null) {
                    throw new AnnexFormatException(Problem.DUPLICATE, file, number, item, null, null,
                            "repeats the provider and information of line " + earlier);
                }
                addRules(line);
                rows.add(line);
            }
            return new AnnexTable(rows, sources, classes.build());
        }

        /** Items run 1, 2, ... in order; an item's lines agree on inquirer and task. */
        private Line checkItem(Line line, Line firstOfItem) throws AnnexFormatException {
            int previous = firstOfItem == null ? 0 : firstOfItem.item();
            if (line.item() == previous) {
                String differs = !line.inquirer().equals(firstOfItem.inquirer()) ? "inquirer (column 1)"
                        : !line.task().equals(firstOfItem.task()) ? "task (column 2)" : null;
                if (differs != null) {
                    throw new AnnexFormatException(Problem.INCONSISTENT_ITEM, file, line.number(), line.item(), null,
                            null, "the " + differs + " differs from line " + firstOfItem.number() + " of the same item");
                }
                return firstOfItem;
            }
            if (line.item() != previous + 1) {
                throw new AnnexFormatException(Problem.ITEM_NUMBER, file, line.number(), line.item(), null,
                        String.valueOf(line.item()), "item " + line.item() + " follows item " + previous
                                + ": items run from 1 in order, without gaps");
            }
            return line;
        }

        private void addRules(Line line) throws AnnexFormatException {
            List<Party> inquirers = parties(line, line.inquirer(), "column 1 (inquirer)");
            List<Party> providers = parties(line, line.provider(), "column 3 (provider)");
            List<Category> cats = categories(line);
            for (Party inquirer : inquirers) {
                for (Party provider : providers) {
                    for (Category c : cats) {
                        Rule rule = new Rule(line.item(), inquirer.type(), provider.type(), c);
                        RuleSource source = new RuleSource(line.number(), inquirer.written(), provider.written(),
                                line.information());
                        List<RuleSource> list = sources.computeIfAbsent(rule, r -> new ArrayList<>());
                        if (!list.contains(source)) {
                            list.add(source);
                        }
                    }
                }
            }
        }

        private List<Party> parties(Line line, String cell, String column) throws AnnexFormatException {
            List<Party> cached = partiesByCell.get(cell);
            if (cached != null) {
                return cached;
            }
            try {
                List<Party> resolved = parties.resolveCell(cell);
                partiesByCell.put(cell, resolved);
                return resolved;
            } catch (Unresolved e) {
                throw new AnnexFormatException(Problem.UNRESOLVED_PARTY, file, line.number(), line.item(), cell,
                        e.fragment(), column + ": " + e.getMessage());
            }
        }

        private List<Category> categories(Line line) throws AnnexFormatException {
            List<Category> cached = categoriesByCell.get(line.information());
            if (cached != null) {
                return cached;
            }
            try {
                List<Category> resolved = categories.resolve(line.information());
                categoriesByCell.put(line.information(), resolved);
                return resolved;
            } catch (Unresolved e) {
                throw new AnnexFormatException(Problem.UNRESOLVED_CATEGORY, file, line.number(), line.item(),
                        line.information(), e.fragment(), "column 4 (information): " + e.getMessage());
            }
        }
    }

    /**
     * Every (item, inquirer type, provider type, category) the table allows, each once, in table
     * order (by line, then by the order of the names in the cells).
     */
    public List<Rule> rules() {
        return rules;
    }

    /** How many items (項) the table has; they are numbered 1 to this. */
    public int items() {
        return items;
    }

    /** How many lines (one per item, provider and information cell pair) the table has. */
    public int lines() {
        return rows.size();
    }

    /** The lines as written, in order. */
    public List<Line> rows() {
        return rows;
    }

    /** Every institution type a rule names as inquirer or provider, in order of first appearance. */
    public Set<InstitutionType> institutionTypes() {
        return institutionTypes;
    }

    /** Every category a rule names, in order of first appearance. */
    public Set<Category> categories() {
        return categories;
    }

    /** The classes of institution the table and its glossary define (see {@link InstitutionClass}). */
    public List<InstitutionClass> classes() {
        return List.copyOf(classes.values());
    }

    public Optional<InstitutionClass> institutionClass(InstitutionType name) {
        return Optional.ofNullable(classes.get(name));
    }

    /**
     * The types an institution of {@code types} has: these, and every class with one of them as an
     * unconditional member, repeatedly (特別区の区長 → 市町村長 → 医療保険者 → ...).
     */
    public Set<InstitutionType> closure(Set<InstitutionType> types) {
        Set<InstitutionType> result = new LinkedHashSet<>(types);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (InstitutionClass c : classes.values()) {
                if (!result.contains(c.name()) && c.members().stream().anyMatch(result::contains)) {
                    result.add(c.name());
                    grew = true;
                }
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** Where {@code rule} comes from: each line that gives it, with its words; empty if not a rule. */
    public List<RuleSource> sources(Rule rule) {
        return sources.getOrDefault(rule, List.of());
    }

    @Override
    public String toString() {
        return "AnnexTable[" + items + " items, " + rows.size() + " lines, " + rules.size() + " rules]";
    }
}
