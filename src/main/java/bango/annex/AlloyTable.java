package bango.annex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Annex Table 2 and a registry of institutions as Alloy facts: the module
 * {@code specs/alloy/annex2_table.als} that {@code specs/alloy/annex2.als} opens.
 *
 * <p>Every item, institution type, category, rule and institution is one atom ({@code one sig}),
 * and every relation of the table is a constant ({@code fun}) over them: the solver chooses
 * nothing about the table, only the queries the model quantifies over. Atoms have ASCII names
 * (Alloy's identifiers are ASCII); a comment beside each gives the name as the table writes it.
 *
 * <p>The text depends only on the table and the registry (no date, no path), so that the committed
 * file can be compared with what this class writes now.
 */
public final class AlloyTable {

    /** Where the generated module lives in the project. */
    public static final String FILE = "specs/alloy/annex2_table.als";

    /** The command that writes it. */
    public static final String COMMAND = "./bango annex alloy";

    /**
     * The four basic facts (基本4情報, NET-6), each with the words that name it: the name a query
     * would use and the wording of 住民基本台帳法 7条 (出生の年月日, 男女の別).
     */
    public enum BasicFact {
        NAME("Name", "氏名"),
        ADDRESS("Address", "住所"),
        DATE_OF_BIRTH("DateOfBirth", "生年月日", "出生の年月日"),
        SEX("Sex", "性別", "男女の別");

        /** The atom of annex2.als that stands for it. */
        public final String atom;
        /** The words that name it, the first being its usual name. */
        public final List<String> words;

        BasicFact(String atom, String... words) {
            this.atom = atom;
            this.words = List.of(words);
        }

        /** The basic facts a category's name names (a category is taken to include what its name names). */
        public static Set<BasicFact> namedBy(Category category) {
            Set<BasicFact> named = EnumSet.noneOf(BasicFact.class);
            for (BasicFact f : values()) {
                if (f.words.stream().anyMatch(category.name()::contains)) {
                    named.add(f);
                }
            }
            return named;
        }
    }

    private static final Pattern HANDLE_PART = Pattern.compile("-");

    private final AnnexTable table;
    private final InstitutionRegistry registry;
    private final Map<InstitutionType, String> types = new LinkedHashMap<>();
    private final Map<Category, String> categories = new LinkedHashMap<>();
    private final Map<Rule, String> rules = new LinkedHashMap<>();
    private final Map<RegisteredInstitution, String> institutions = new LinkedHashMap<>();

    /**
     * The facts of {@code table} with the institutions of {@code registry}. Types are numbered in
     * the order of {@link AnnexTable#institutionTypes()}, then the classes and their members the
     * rules do not name, then the registry's other types; categories in the order of
     * {@link AnnexTable#categories()}; rules in the order of {@link AnnexTable#rules()}.
     */
    public AlloyTable(AnnexTable table, InstitutionRegistry registry) {
        this.table = Objects.requireNonNull(table, "table");
        this.registry = Objects.requireNonNull(registry, "registry");
        Set<InstitutionType> all = new LinkedHashSet<>(table.institutionTypes());
        for (InstitutionClass c : table.classes()) {
            all.add(c.name());
            all.addAll(sorted(c.members()));
            all.addAll(sorted(c.conditionalMembers()));
        }
        registry.all().forEach(i -> all.addAll(i.types()));
        all.forEach(t -> types.put(t, "T" + (types.size() + 1)));
        table.categories().forEach(c -> categories.put(c, "C" + (categories.size() + 1)));
        table.rules().forEach(r -> rules.put(r, "R" + (rules.size() + 1)));
        for (RegisteredInstitution i : registry.all()) {
            institutions.put(i, HANDLE_PART.matcher(i.handle()).replaceAll("_"));
        }
    }

    /** The facts of the bundled table with the sample registry: what {@link #FILE} holds. */
    public static AlloyTable bundled() {
        return new AlloyTable(AnnexTable.bundled(), InstitutionRegistry.sample());
    }

    /** A set's members in a fixed order (sets of a class are unordered). */
    private static List<InstitutionType> sorted(Set<InstitutionType> set) {
        List<InstitutionType> list = new ArrayList<>(set);
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return list;
    }

    public String atom(InstitutionType type) {
        return require(types.get(type), type);
    }

    public String atom(Category category) {
        return require(categories.get(category), category);
    }

    public String atom(RegisteredInstitution institution) {
        return require(institutions.get(institution), institution.handle());
    }

    /** The atom of item {@code n}. */
    public String item(int n) {
        if (n < 1 || n > table.items()) {
            throw new IllegalArgumentException("the table has no item " + n);
        }
        return "Item" + n;
    }

    private static String require(String atom, Object what) {
        if (atom == null) {
            throw new IllegalArgumentException("no atom for " + what);
        }
        return atom;
    }

    /** The module's text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("""
                module annex2_table[Item, InstitutionType, Category, Rule, Institution, Name, Address, DateOfBirth, Sex]

                /*
                 * GENERATED FILE: DO NOT EDIT. Written by `%s` from Annex Table 2 as bundled
                 * (src/main/resources/bango/annex/annex2-2024.tsv and its glossary, resolved by bango.annex.AnnexTable)
                 * and the sample registry (bango.annex.InstitutionRegistry.sample()). To change it, change those and
                 * run `%s`; the build fails while this file differs from what the command writes.
                 *
                 * %d items, %d institution types, %d categories, %d rules, %d institutions.
                 * Every atom is a one sig and every relation a constant: the solver chooses nothing here.
                 * The parameters are the sigs of annex2.als (this module is opened only by it).
                 */
                """.formatted(COMMAND, COMMAND, table.items(), types.size(), categories.size(), rules.size(),
                institutions.size()));

        section(out, "Items (項)");
        List<String> items = new ArrayList<>();
        for (int n = 1; n <= table.items(); n++) {
            items.add(item(n));
        }
        sigs(out, items, 12, "Item");

        section(out, "Institution types (columns 1 and 3, and the classes the table defines)");
        types.forEach((t, atom) -> out.append("one sig ").append(atom).append(" extends InstitutionType {} -- ")
                .append(t.name()).append('\n'));

        section(out, "Categories (column 4, 利用特定個人情報)");
        categories.forEach((c, atom) -> out.append("one sig ").append(atom).append(" extends Category {} -- ")
                .append(c.name()).append('\n'));

        section(out, "Rules (item, inquirer type, provider type, category), in table order");
        sigs(out, new ArrayList<>(rules.values()), 16, "Rule");

        section(out, "Institutions of the registry");
        institutions.forEach((i, atom) -> out.append("one sig ").append(atom).append(" extends Institution {} -- ")
                .append(i.name()).append('\n'));

        section(out, "The rules' columns");
        List<String> item = new ArrayList<>();
        List<String> inquirer = new ArrayList<>();
        List<String> provider = new ArrayList<>();
        List<String> category = new ArrayList<>();
        rules.forEach((r, atom) -> {
            item.add(atom + " -> " + item(r.item()));
            inquirer.add(atom + " -> " + atom(r.inquirer()));
            provider.add(atom + " -> " + atom(r.provider()));
            category.add(atom + " -> " + atom(r.category()));
        });
        fun(out, "ruleItem", "Rule -> Item", item);
        fun(out, "ruleInquirer", "Rule -> InstitutionType", inquirer);
        fun(out, "ruleProvider", "Rule -> InstitutionType", provider);
        fun(out, "ruleCategory", "Rule -> Category", category);

        section(out, "Classes of institution: each class and the types that belong to it (conditionally or not)");
        List<String> classes = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (InstitutionClass c : table.classes()) {
            classes.add(atom(c.name()));
            for (InstitutionType m : sorted(c.members())) {
                members.add(atom(c.name()) + " -> " + atom(m));
            }
            for (InstitutionType m : sorted(c.conditionalMembers())) {
                members.add(atom(c.name()) + " -> " + atom(m));
            }
        }
        fun(out, "tableClasses", "set InstitutionType", classes);
        fun(out, "classMember", "InstitutionType -> InstitutionType", members);

        section(out, "The basic facts each category's name names (NET-6)");
        List<String> named = new ArrayList<>();
        categories.forEach((c, atom) -> BasicFact.namedBy(c).forEach(f -> named.add(atom + " -> " + f.atom)));
        fun(out, "categoryNames", "Category -> (Name + Address + DateOfBirth + Sex)", named);

        section(out, "The registry: each institution's types (classes included) and whose assessment is published");
        List<String> held = new ArrayList<>();
        List<String> published = new ArrayList<>();
        institutions.forEach((i, atom) -> {
            i.types().forEach(t -> held.add(atom + " -> " + atom(t)));
            if (i.assessmentPublished()) {
                published.add(atom);
            }
        });
        fun(out, "institutionTypes", "Institution -> InstitutionType", held);
        fun(out, "publishedAssessment", "set Institution", published);
        return out.toString();
    }

    private static void section(StringBuilder out, String title) {
        out.append("\n-- ").append(title).append('\n');
    }

    /** {@code one sig A, B, ... extends parent {}}, {@code perLine} atoms a line. */
    private static void sigs(StringBuilder out, List<String> atoms, int perLine, String parent) {
        for (int from = 0; from < atoms.size(); from += perLine) {
            List<String> line = atoms.subList(from, Math.min(atoms.size(), from + perLine));
            out.append("one sig ").append(String.join(", ", line)).append(" extends ").append(parent).append(" {}\n");
        }
    }

    /** Terms a line, and lines (or blocks) a block, of a union. */
    private static final int FAN_OUT = 8;

    /**
     * A constant: the union of {@code terms}, or the empty relation of its arity. The union is
     * written as a tree of parenthesised blocks of at most {@value #FAN_OUT} terms or blocks each:
     * Alloy's parser takes time quadratic in the length of a chain {@code a + b + c + ...}, so that
     * one chain of 905 terms takes half a minute to read, the tree about a second.
     */
    private static void fun(StringBuilder out, String name, String type, List<String> terms) {
        out.append("fun ").append(name).append(": ").append(type).append(" {\n");
        if (terms.isEmpty()) {
            int arity = type.split("->").length;
            out.append("    ").append(String.join(" -> ", Collections.nCopies(arity, "none"))).append('\n');
        } else {
            for (String line : union(terms)) {
                out.append("    ").append(line).append('\n');
            }
        }
        out.append("}\n");
    }

    /** The lines of the union of {@code terms}, as a tree of blocks (see {@link #fun}). */
    private static List<String> union(List<String> terms) {
        if (terms.size() <= FAN_OUT) {
            return List.of(String.join(" + ", terms));
        }
        int block = FAN_OUT;
        while (block * FAN_OUT < terms.size()) {
            block *= FAN_OUT;
        }
        List<String> lines = new ArrayList<>();
        for (int from = 0; from < terms.size(); from += block) {
            List<String> inner = union(terms.subList(from, Math.min(terms.size(), from + block)));
            for (int k = 0; k < inner.size(); k++) {
                String open = k == 0 ? (from == 0 ? "(" : "+ (") : (from == 0 ? " " : "   ");
                String close = k == inner.size() - 1 ? ")" : "";
                lines.add(open + inner.get(k) + close);
            }
        }
        return lines;
    }
}
