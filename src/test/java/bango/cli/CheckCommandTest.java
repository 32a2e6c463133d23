package bango.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.modelcheck.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bango check} on a tiny project of its own (each TLC run takes a couple of seconds). */
class CheckCommandTest {

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path project;

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static final String SPEC = """
            ---- MODULE Tiny ----
            EXTENDS Naturals
            VARIABLE x
            Step(n) == n + 1
            BrokenStep(n) == n + 3
            Init == x = 0
            Next == x < 4 /\\ x' = Step(x)
            Bounded == x <= 4
            TypeOK == x \\in Nat
            ====
            """;

    static final String CFG = """
            INIT Init
            NEXT Next
            CHECK_DEADLOCK FALSE
            INVARIANTS
                TypeOK
                Bounded
            """;

    static final String MANIFEST = """
            {
              "models": [
                {"model": "Tiny", "tool": "tlc", "spec": "specs/tla/Tiny.tla", "config": "specs/tla/Tiny.cfg",
                 "expected": "pass", "distinct_states": 5, "depth": 5, "seconds": 1.0, "requirements": ["R-1"]}
              ],
              "witnesses": [
                {"name": "BigStep", "tool": "tlc", "base": "Tiny", "substitute": ["Step <- BrokenStep"],
                 "violates": "Bounded", "requirements": ["R-1"]}
              ]
            }
            """;

    @BeforeEach
    void writeProject() throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve("specs/tla"));
        Files.writeString(project.resolve("specs/tla/Tiny.tla"), SPEC);
        Files.writeString(project.resolve("specs/tla/Tiny.cfg"), CFG);
        writeManifest(MANIFEST);
    }

    private void writeManifest(String json) throws IOException {
        Files.createDirectories(project.resolve("model-checking"));
        Files.writeString(project.resolve(Manifest.PATH), json);
    }

    private static List<JsonNode> array(String json) throws IOException {
        JsonNode node = new ObjectMapper().readTree(json);
        assertTrue(node.isArray(), json);
        List<JsonNode> list = new ArrayList<>();
        node.forEach(list::add);
        return list;
    }

    private static List<String> keys(JsonNode o) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = o.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonWithWitnesses() throws IOException {
        Result r = run("check", "--json", "--witnesses", "--project-dir", project.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> rows = array(r.out());
        assertEquals(2, rows.size(), r.out());

        JsonNode model = rows.get(0);
        assertEquals(List.of("kind", "model", "tool", "result", "states", "seconds"), keys(model));
        assertEquals("model", model.get("kind").asText());
        assertEquals("Tiny", model.get("model").asText());
        assertEquals("tlc", model.get("tool").asText());
        assertEquals("pass", model.get("result").asText());
        assertEquals(5, model.get("states").asLong());
        assertTrue(model.get("seconds").isNumber());

        JsonNode witness = rows.get(1);
        assertEquals("witness", witness.get("kind").asText());
        assertEquals("BigStep", witness.get("model").asText());
        assertEquals("Tiny", witness.get("base").asText());
        assertEquals("Bounded", witness.get("violates").asText());
        assertEquals("pass", witness.get("result").asText());
        assertFalse(witness.has("reason"));

        assertTrue(r.err().contains("checking Tiny with TLC ..."), r.err());
        assertTrue(r.err().contains("5 distinct states"), r.err());

        // The derived witness config and the results file are under the project's target/.
        String cfg = Files.readString(project.resolve("target/bango/witnesses/BigStep.cfg"));
        assertTrue(cfg.contains("Step <- BrokenStep") && cfg.endsWith("INVARIANT Bounded\n") && !cfg.contains("TypeOK"), cfg);
        JsonNode results = new ObjectMapper().readTree(project.resolve("target/bango/check-results.json").toFile());
        assertTrue(results.get("all_passed").asBoolean());
        assertTrue(results.get("witnesses_run").asBoolean());
        assertEquals(2, results.get("results").size());
        assertEquals(rows.get(1).get("violates"), results.get("results").get(1).get("violates"));
    }

    @Test
    void tableWithoutOptions() {
        Result r = run("check", "--project-dir", project.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("model\\s+tool\\s+result\\s+states/scope\\s+seconds"), r.out());
        assertTrue(lines.get(1).matches("Tiny\\s+tlc\\s+pass\\s+5\\s+\\d+\\.\\d"), r.out());
        assertFalse(r.out().contains("BigStep"), "witnesses only with --witnesses");
        assertTrue(r.out().endsWith("all 1 passed\n"), r.out());
    }

    @Test
    void changedStateCountFailsAndSaysBothNumbers() throws IOException {
        writeManifest(MANIFEST.replace("\"distinct_states\": 5", "\"distinct_states\": 7"));
        Result r = run("check", "--json", "--project-dir", project.toString());
        assertEquals(1, r.exitCode(), r.err());
        JsonNode row = array(r.out()).get(0);
        assertEquals("fail", row.get("result").asText());
        String reason = row.get("reason").asText();
        assertTrue(reason.contains("found 5 distinct states, the manifest says 7") && reason.contains("update the manifest"), reason);
    }

    @Test
    void updateManifestRecordsTheFigures() throws IOException {
        writeManifest(MANIFEST.replace("\"distinct_states\": 5, \"depth\": 5, \"seconds\": 1.0, ", ""));
        Result r = run("check", "--json", "--update-manifest", "--project-dir", project.toString());
        assertEquals(0, r.exitCode(), r.err());
        Manifest m = Manifest.read(project.resolve(Manifest.PATH));
        assertEquals(5L, m.model("Tiny").orElseThrow().distinctStates());
        assertEquals(5, m.model("Tiny").orElseThrow().depth());
        assertNotNull(m.model("Tiny").orElseThrow().seconds());
        assertEquals(1, m.witnesses().size());
    }

    @Test
    void witnessThatViolatesAnotherInvariantFails() throws IOException {
        writeManifest(MANIFEST.replace("\"violates\": \"Bounded\"", "\"violates\": \"TypeOK\""));
        Result r = run("check", "--witnesses", "--model", "BigStep", "--project-dir", project.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("BigStep: expected TLC to report TypeOK violated, but it reports no error"), r.out());
        assertFalse(r.out().contains("Tiny  "), "only the named witness ran: " + r.out());
        assertTrue(r.out().endsWith("1 of 1 failed\n"), r.out());
    }

    @Test
    void modelThatBreaksItsInvariantFailsWithTheTrace() throws IOException {
        Files.writeString(project.resolve("specs/tla/Tiny.tla"), SPEC.replace("Next == x < 4", "Next == x < 5"));
        Result r = run("check", "--json", "--project-dir", project.toString());
        assertEquals(1, r.exitCode(), r.err());
        String reason = array(r.out()).get(0).get("reason").asText();
        assertTrue(reason.startsWith("expected pass, but TLC reports invariant Bounded violated"), reason);
        assertTrue(reason.contains("Initial predicate -> Next -> Next -> Next -> Next -> Next"), reason);
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, run("check", "--model", "Nope", "--project-dir", project.toString()).exitCode());
        assertEquals(2, run("check", "--workers", "0", "--project-dir", project.toString()).exitCode());
        assertEquals(2, run("check", "--bogus").exitCode());
        Path empty = Files.createDirectories(project.resolve("elsewhere"));
        Result r = run("check", "--project-dir", empty.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("has no pom.xml and model-checking"), r.err());
    }

    @Test
    void invalidManifestExitsOne() throws IOException {
        writeManifest(MANIFEST.replace("\"expected\": \"pass\"", "\"expected\": \"fine\""));
        Result r = run("check", "--project-dir", project.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("invalid manifest") && r.err().contains("expected must be"), r.err());
    }

    @Test
    void isRegistered() {
        assertNotNull(Main.commandLine().getSubcommands().get("check"));
        assertEquals(0, run("check", "--help").exitCode());
    }
}
