package bango.cli;

import bango.annex.AlloyTable;
import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Category;
import bango.annex.Decision;
import bango.annex.InstitutionRegistry;
import bango.annex.InstitutionType;
import bango.annex.RegisteredInstitution;
import bango.annex.Refusal;
import bango.annex.Rule;
import bango.annex.RuleSource;
import bango.annex.WhoMayObtain;
import bango.modelcheck.ModelChecker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bango annex}: Annex Table 2 (the 2024 successor ordinance's article-2 table) and the
 * authorisation of queries against it (NET-2), with the sample registry of institutions.
 */
@Command(
        name = "annex",
        header = "Annex Table 2: its rules and whether a query is allowed (NET-2).",
        mixinStandardHelpOptions = true,
        description = "Annex Table 2 (番号利用法 別表第二, since 2024 the table of 令和六年デジタル庁・総務省令第九号 "
                + "art. 2) as bundled, resolved to rules (item, inquirer type, provider type, category), and the "
                + "core system's decision on a query (NET-2) with the sample registry of institutions.",
        subcommands = {AnnexCommand.Stats.class, AnnexCommand.Decide.class, AnnexCommand.Rules.class,
                AnnexCommand.WhoMayObtainCommand.class, AnnexCommand.Alloy.class})
public final class AnnexCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: stats, decide, rules, who-may-obtain or alloy");
    }

    /** {@code bango annex stats}. */
    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Print the numbers of items, lines, rules, institution types and categories of the bundled table.")
    static final class Stats implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            AnnexTable table = AnnexTable.bundled();
            Map<String, Integer> figures = new LinkedHashMap<>();
            figures.put("items", table.items());
            figures.put("lines", table.lines());
            figures.put("rules", table.rules().size());
            figures.put("institution_types", table.institutionTypes().size());
            figures.put("categories", table.categories().size());
            figures.put("classes", table.classes().size());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(new ObjectMapper().writeValueAsString(figures) + "\n");
            } else {
                figures.forEach((k, v) -> out.printf("%-18s %5d\n", k.replace('_', ' '), v));
            }
            out.flush();
            return 0;
        }
    }

    /** {@code bango annex decide}. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = {
                "Decide a query as the core system does (NET-2): may INQUIRER ask PROVIDER for INFO under item N?",
                "Prints 'allow item N' (exit code 0) or 'deny: REASON (why)' (exit code 1); exit code 2 on a "
                        + "usage error. Institutions are those of the sample registry, by handle or name "
                        + "(see 'bango annex rules')."})
    static final class Decide implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--inquirer", required = true, paramLabel = "I", description = "The inquirer (情報照会者): handle or name.")
        String inquirer;

        @Option(names = "--item", required = true, paramLabel = "N", description = "The item (項) of the table.")
        int item;

        @Option(names = "--provider", required = true, paramLabel = "P", description = "The provider (情報提供者): handle or name.")
        String provider;

        @Option(names = "--info", required = true, paramLabel = "C", description = "The category (利用特定個人情報), e.g. 地方税関係情報.")
        String info;

        @Override
        public Integer call() {
            InstitutionRegistry registry = InstitutionRegistry.sample();
            PrintWriter out = spec.commandLine().getOut();
            Decision d = decide(registry);
            if (d instanceof Decision.Allow allow) {
                out.print("allow item " + allow.item() + "\n");
            } else if (d instanceof Decision.Deny deny) {
                out.print("deny: " + deny.reason() + " (" + deny.detail() + ")\n");
            }
            out.flush();
            return d instanceof Decision.Allow ? 0 : 1;
        }

        private Decision decide(InstitutionRegistry registry) {
            Optional<RegisteredInstitution> asking = registry.find(inquirer);
            if (asking.isEmpty()) {
                return new Decision.Deny(Refusal.UNKNOWN_INQUIRER, "no institution '" + inquirer + "' in the sample registry");
            }
            Optional<RegisteredInstitution> asked = registry.find(provider);
            if (asked.isEmpty()) {
                return new Decision.Deny(Refusal.UNKNOWN_PROVIDER, "no institution '" + provider + "' in the sample registry");
            }
            Category category;
            try {
                category = new Category(info.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--info: " + e.getMessage());
            }
            return new Authorizer(AnnexTable.bundled(), registry).decide(asking.get().id(), item, asked.get().id(), category);
        }
    }

    /** {@code bango annex rules}. */
    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = {
                "List the rules of the bundled table, one per line: item, inquirer type, provider type, category, "
                        + "then the handles of the sample institutions that can ask and be asked under it ('-' if none).",
                "Options narrow the list; an unknown institution is a usage error (exit code 2)."})
    static final class Rules implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--inquirer", paramLabel = "I", description = "Only rules this sample institution (handle or name) may use as inquirer.")
        String inquirer;

        @Option(names = "--provider", paramLabel = "P", description = "Only rules that let this sample institution (handle or name) be asked.")
        String provider;

        @Option(names = "--item", paramLabel = "N", description = "Only rules of this item.")
        Integer item;

        @Option(names = "--category", paramLabel = "C", description = "Only rules for this category.")
        String category;

        @Option(names = "--as-written", description = "Add the words of the cells each rule comes from (line, inquirer, provider).")
        boolean asWritten;

        @Override
        public Integer call() {
            InstitutionRegistry registry = InstitutionRegistry.sample();
            Optional<RegisteredInstitution> asking = institution(registry, inquirer, "--inquirer");
            Optional<RegisteredInstitution> asked = institution(registry, provider, "--provider");
            AnnexTable table = AnnexTable.bundled();
            PrintWriter out = spec.commandLine().getOut();
            for (Rule r : table.rules()) {
                if (matches(r, asking, asked)) {
                    out.print(r.item() + "\t" + r.inquirer() + "\t" + r.provider() + "\t" + r.category() + "\t"
                            + handles(registry.all(), r.inquirer()) + "\t" + handles(registry.all(), r.provider()));
                    if (asWritten) {
                        for (RuleSource s : table.sources(r)) {
                            out.print("\tline " + s.line() + ": " + s.inquirer() + " | " + s.provider());
                        }
                    }
                    out.print('\n');
                }
            }
            out.flush();
            return 0;
        }

        private boolean matches(Rule r, Optional<RegisteredInstitution> asking, Optional<RegisteredInstitution> asked) {
            return (item == null || r.item() == item)
                    && (category == null || r.category().name().equals(category.strip()))
                    && asking.map(i -> i.types().contains(r.inquirer())).orElse(true)
                    && asked.map(i -> i.types().contains(r.provider())).orElse(true);
        }

        private Optional<RegisteredInstitution> institution(InstitutionRegistry registry, String handleOrName, String option) {
            if (handleOrName == null) {
                return Optional.empty();
            }
            Optional<RegisteredInstitution> found = registry.find(handleOrName);
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + ": no institution '" + handleOrName
                        + "' in the sample registry; known: " + registry.all().stream().map(RegisteredInstitution::handle)
                        .collect(Collectors.joining(", ")));
            }
            return found;
        }

        private static String handles(List<RegisteredInstitution> all, InstitutionType type) {
            String s = all.stream().filter(i -> i.types().contains(type)).map(RegisteredInstitution::handle)
                    .collect(Collectors.joining(","));
            return s.isEmpty() ? "-" : s;
        }
    }

    /** {@code bango annex who-may-obtain}. */
    @Command(name = "who-may-obtain", mixinStandardHelpOptions = true,
            description = {
                "For each category of the bundled table, the inquirer types that may obtain it and the items under "
                        + "which each may, in table order.",
                "Text: the category on a line, then one line per inquirer type ('  TYPE: items N, M'). "
                        + "An unknown --category is a usage error (exit code 2)."})
    static final class WhoMayObtainCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON array: {category, inquirers: [{type, items}]} per category.")
        boolean json;

        @Option(names = "--category", paramLabel = "C", description = "Only this category (e.g. 地方税関係情報).")
        String category;

        @Override
        public Integer call() throws JsonProcessingException {
            List<WhoMayObtain.Entry> entries = WhoMayObtain.of(AnnexTable.bundled());
            if (category != null) {
                String wanted = category.strip();
                entries = entries.stream().filter(e -> e.category().name().equals(wanted)).toList();
                if (entries.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--category: no rule of Annex Table 2 gives '" + wanted + "'");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (WhoMayObtain.Entry e : entries) {
                    List<Map<String, Object>> inquirers = new ArrayList<>();
                    e.inquirers().forEach((t, items) -> {
                        Map<String, Object> i = new LinkedHashMap<>();
                        i.put("type", t.name());
                        i.put("items", List.copyOf(items));
                        inquirers.add(i);
                    });
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("category", e.category().name());
                    m.put("inquirers", inquirers);
                    list.add(m);
                }
                out.print(new ObjectMapper().writeValueAsString(list) + "\n");
            } else {
                for (WhoMayObtain.Entry e : entries) {
                    out.print(e.category().name() + "\n");
                    e.inquirers().forEach((t, items) -> out.print("  " + t.name() + ": item" + (items.size() == 1 ? " " : "s ")
                            + items.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "\n"));
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code bango annex alloy}. */
    @Command(name = "alloy", mixinStandardHelpOptions = true,
            description = {
                "Write the bundled table and the sample registry as the Alloy facts that specs/alloy/annex2.als opens "
                        + "(" + AlloyTable.FILE + "; generated, never edited by hand).",
                "Exit codes: 0 written (or current with --check), 1 stale with --check, 2 usage error."})
    static final class Alloy implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write ('-' for standard output); default: "
                + AlloyTable.FILE + " in the project directory.")
        String out;

        @Option(names = "--check", description = "Write nothing; exit 1 if the file differs from what would be written now.")
        boolean check;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            String text = AlloyTable.bundled().text();
            if ("-".equals(out)) {
                if (check) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--check needs a file, not '-'");
                }
                stdout.print(text);
                stdout.flush();
                return 0;
            }
            Path file;
            if (out != null) {
                file = Path.of(out);
            } else {
                try {
                    file = ModelChecker.findProjectRoot().resolve(AlloyTable.FILE);
                } catch (FileNotFoundException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + "; or give --out FILE");
                }
            }
            if (check) {
                boolean current = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
                stdout.print(current ? file + " is current\n" : file + " is stale: run ./bango annex alloy\n");
                stdout.flush();
                return current ? 0 : 1;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            stdout.print(file + "\n");
            stdout.flush();
            return 0;
        }
    }
}
