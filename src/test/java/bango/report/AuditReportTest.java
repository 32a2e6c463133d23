package bango.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.modelcheck.CheckResult;
import bango.report.AuditReport.Options;
import bango.report.AuditReport.Status;
import bango.report.ModelCheckResults.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit report on a tiny project of its own (see {@link ReportFixture}): coverage, counts, escaping, missing inputs. */
class AuditReportTest {

    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    AuditReport report(AuditReport.CheckRunner runner) throws IOException {
        return AuditReport.collect(project, new Options(runner, CLOCK));
    }

    String html(AuditReport r) {
        return r.html(project.resolve(AuditReport.DEFAULT_OUT));
    }

    /** The visible text of a page: no style, no tags, entities decoded, whitespace collapsed. */
    static String text(String html) {
        String s = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").replace(" :", ":").replace(" ,", ",").replace("( ", "(").replace(" )", ")");
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected to find: " + needle + "\nin: " + haystack);
    }

    static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Status status(AuditReport r, String id) {
        return r.statuses().stream().filter(s -> s.requirement().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFullyCoveredProject() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests().mutations().git(COMMIT);
        AuditReport r = report(null);
        assertEquals(List.of(), r.traceability().problems());
        assertEquals(13, r.inScope());
        assertEquals(13, r.covered());
        assertEquals(List.of(), r.failures());
        assertEquals(Source.FILE, r.checks().source());

        String html = html(r);
        String text = text(html);
        assertContains(text, "13 of 13 in-scope requirements covered by a model-checked property and a passing test");
        assertContains(text, "Generated 2026-03-04 05:06:07 UTC");
        assertContains(text, "Commit " + COMMIT + " (branch main)");
        assertContains(text, "bango is a reference implementation");
        assertEquals(13, count(html, "<td class=\"status ok\">covered</td>"));
        // Planned requirements come after the in-scope ones, with their scope.
        assertTrue(html.indexOf("id=\"req-NET-1\"") > html.indexOf("id=\"req-CODE-5\""));
        assertContains(html, "<td>planned</td><td></td><td></td><td class=\"status na\">not in scope (planned)</td>");

        // Properties: checking model, result, states or scope, witnesses.
        assertContains(text, "tla:Tiny!Bounded checked by MCTiny (TLC, invariant): pass, 5 distinct states witnesses: BigStep (pass)");
        assertContains(text, "alloy:tiny!NoSelfLoop checked by tiny (Alloy, check NoSelfLoop for 3): pass witnesses: AlloySelfLoop (pass)");
        // Tests, per listed class and in total (t.TwoTest$Inner counts as t.TwoTest).
        assertContains(text, "t.OneTest: 3 passed, 0 failed, 1 skipped");
        assertContains(text, "t.TwoTest: 2 passed, 0 failed, 0 skipped");
        assertContains(text, "Tests: 6 test cases in 2 classes: 5 passed, 0 failed, 1 skipped");
        // Model checking.
        assertContains(text, "From target/bango/check-results.json, written by bango check (or an earlier bango report) at 2026-01-02 03:04:05 UTC");
        assertContains(text, "Model checking: 2 model(s) and 2 failure witness(es): all passed");
        assertContains(text, "MCTiny tlc specs/tla/MCTiny.tla specs/tla/MCTiny.cfg pass 5 1.2 ID-1");
        assertContains(text, "BigStep tlc MCTiny Step <- BrokenStep Bounded pass 3 1.1 ID-1");
        assertContains(text, "AlloySelfLoop alloy tiny command BrokenNoSelfLoop NoSelfLoop pass for 3 0.1 CODE-1");
        // Mutation testing, per package, with the rule and the threshold.
        assertContains(text, "bango.codes 3 0 0 1 0 4 100.0%");
        assertContains(text, "bango.jlis 5 2 1 0 1 9 55.6%");
        assertContains(text, "Total 8 2 1 1 1 13 69.2%");
        assertContains(text, "a mutant counts as detected if it was killed or timed out");
        assertContains(text, "Overall score 69.2%: threshold of 60% met");
        // Traceability problems: none.
        assertContains(text, "with @Covers on the class or a method; every test class whose @Covers names an in-scope ID "
                + "is listed for that ID. none");
        // Property definitions are quoted, escaped.
        assertContains(html, "<pre>\\* R: x never passes 4 (and &lt; 5 &amp; more).\nBounded == x &lt;= 4</pre>");
        assertContains(html, "<pre>-- no element is its own successor\nassert NoSelfLoop {");
        // @Covers per test class, from the class files.
        assertContains(text, "t.TwoTest 2 0 0 0.0 CODE-1, CODE-2, CODE-3, CODE-3a, CODE-4, CODE-5");
    }

    @Test
    void aPropertyAModelChecksAsTemporalIsShownAsSuch() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests().mutations().git(COMMIT);
        java.nio.file.Path cfg = project.resolve("specs/tla/MCTiny.cfg");
        java.nio.file.Files.writeString(cfg, ReportFixture.CFG.replace("    Bounded\n", "") + "PROPERTIES\n    Bounded\n");
        String text = text(html(report(null)));
        assertContains(text, "tla:Tiny!Bounded checked by MCTiny (TLC, temporal property under fairness): pass");
        assertFalse(text.contains("tla:Tiny!Bounded checked by MCTiny (TLC, invariant)"), text);
    }

    @Test
    void requirementTextIsEscaped() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests();
        String html = html(report(null));
        assertContains(html, "<td>" + "Numbers &lt; 10 &amp; unique" + "</td>");
        assertFalse(html.contains(ReportFixture.ESCAPED_TEXT), "raw < and & in the page");
        assertContains(html, "<td>第1-2</td>");
        assertContains(html, "<meta charset=\"utf-8\">");
    }

    @Test
    void thePageIsSelfContained() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests().mutations();
        String html = html(report(null));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
        assertFalse(html.contains("<link") || html.contains(" src="), "no linked resources");
        assertContains(html, "<style>");
        assertContains(html, "@media print");
        // Links to the sources, relative to target/bango/.
        assertContains(html, "<a href=\"../../specs/\">specs/</a>");
        assertContains(html, "<a href=\"../../proofs-notes/identifiers.md\">proofs-notes/identifiers.md</a>");
        assertContains(html, "<a href=\"../../model-checking/manifest.json\">model-checking/manifest.json</a>");
        assertContains(html, "<a href=\"../../specs/tla/Tiny.tla\">specs/tla/Tiny.tla</a>");
        // Somewhere else, the links follow.
        String elsewhere = report(null).html(project.resolve("out/report.html"));
        assertContains(elsewhere, "<a href=\"../specs/\">specs/</a>");
    }

    @Test
    void withoutAnyResultsNothingIsInventedAndNothingIsCovered() throws IOException {
        new ReportFixture(project).write();
        AuditReport r = report(null);
        assertEquals(Source.EXPECTED, r.checks().source());
        assertEquals(0, r.covered());
        assertTrue(r.failures().contains("model checks not measured in this build"), r.failures()::toString);
        assertTrue(r.failures().contains("tests not run in this build"), r.failures()::toString);
        assertEquals(List.of("model checks not measured in this build", "tests not run in this build"),
                status(r, "ID-1").reasons());
        String text = text(html(r));
        assertContains(text, "0 of 13 in-scope requirements covered");
        assertContains(text, "Model checking: 2 model(s) and 2 failure witness(es) in the manifest; expected, not measured in this build.");
        assertContains(text, "checked by MCTiny (TLC, invariant): expected: pass, not measured in this build, 5 distinct states expected");
        assertContains(text, "BigStep (expected: violation, not measured in this build)");
        assertContains(text, "tests not run in this build: run mvn -B verify");
        assertContains(text, "Mutation testing: not measured");
        assertContains(text, "The build requires a mutation score of at least 60% (pom.xml, mutationThreshold)");
        assertContains(text, "Commit unknown (no readable .git)");
        assertFalse(text.contains("passed, 0 failed"), "no invented test counts");
    }

    @Test
    void withoutResultsTheRunnerIsUsedAndItsResultsShown() throws IOException {
        new ReportFixture(project).write().passingTests();
        AtomicInteger calls = new AtomicInteger();
        AuditReport r = report(manifest -> {
            calls.incrementAndGet();
            return List.of(
                    new CheckResult("model", "MCTiny", "tlc", null, null, true, 5L, 5, null, 2.0, null, null),
                    new CheckResult("model", "tiny", "alloy", null, null, true, null, null, "for 3", 0.5, null, null),
                    new CheckResult("witness", "BigStep", "tlc", "MCTiny", "Bounded", true, 3L, 2, null, 1.5, null, null),
                    new CheckResult("witness", "AlloySelfLoop", "alloy", "tiny", "NoSelfLoop", true, null, null, "for 3",
                            0.2, null, null));
        });
        assertEquals(1, calls.get());
        assertEquals(Source.RUN, r.checks().source());
        assertEquals(13, r.covered());
        assertContains(text(html(r)), "Measured for this report: bango report ran the model checker on every model and "
                + "failure witness of model-checking/manifest.json, starting at 2026-03-04 05:06:07 UTC.");

        // With results on disk, they are read and nothing runs.
        new ReportFixture(project).checkResults();
        report(manifest -> {
            throw new AssertionError("must not run");
        });
    }

    @Test
    void aFailedWitnessUncoversItsRequirements() throws IOException {
        new ReportFixture(project).write().checkResults("BigStep").passingTests();
        AuditReport r = report(null);
        assertEquals(0, r.covered(), "every requirement lists tla:Tiny!Bounded");
        assertEquals(List.of("tla:Tiny!Bounded: witness BigStep failed"), status(r, "ID-4").reasons());
        assertTrue(r.failures().contains("witness BigStep failed: expected x < 5 & y, got <nothing>"), r.failures()::toString);
        String html = html(r);
        assertContains(html, "<li>BigStep: expected x &lt; 5 &amp; y, got &lt;nothing&gt;</li>");
        assertContains(text(html), "Model checking: 2 model(s) and 2 failure witness(es): 3 passed, 1 failed");
        assertContains(html, "<td class=\"status bad\">not covered");
    }

    @Test
    void aFailedModelUncoversItsRequirements() throws IOException {
        new ReportFixture(project).write().checkResults("tiny").passingTests();
        AuditReport r = report(null);
        assertEquals(8, r.covered(), "only the CODE requirements list alloy:tiny!NoSelfLoop");
        assertEquals(List.of("alloy:tiny!NoSelfLoop: model tiny failed"), status(r, "CODE-2").reasons());
        assertTrue(status(r, "ID-2").covered());
    }

    @Test
    void witnessesMissingFromTheResultsAreNotRun() throws IOException {
        new ReportFixture(project).write().passingTests();
        Files.createDirectories(project.resolve("target/bango"));
        Files.writeString(project.resolve("target/bango/check-results.json"), """
                {"generated_at": "2026-01-02T03:04:05Z", "witnesses_run": false, "all_passed": true, "results": [
                  {"kind": "model", "model": "MCTiny", "tool": "tlc", "result": "pass", "states": 5, "seconds": 1.0},
                  {"kind": "model", "model": "tiny", "tool": "alloy", "result": "pass", "scope": "for 3", "seconds": 1.0}]}
                """);
        AuditReport r = report(null);
        assertEquals(0, r.covered());
        assertEquals(List.of("tla:Tiny!Bounded: witness BigStep not run in this build"), status(r, "ID-1").reasons());
        assertTrue(r.failures().contains("2 model(s) or witness(es) of the manifest not run in this build"), r.failures()::toString);
        assertContains(text(html(r)), "BigStep tlc MCTiny Step <- BrokenStep Bounded not run");
    }

    @Test
    void failedAndErroredTestsUncoverTheirRequirements() throws IOException {
        new ReportFixture(project).write().checkResults().surefire("t.OneTest", 1, 0, 0, 0)
                .surefire("t.TwoTest", 1, 1, 1, 0).mutations();
        AuditReport r = report(null);
        assertEquals(8, r.covered());
        assertEquals(List.of("t.TwoTest: 2 failed"), status(r, "CODE-1").reasons());
        assertTrue(r.failures().contains("2 test(s) failed, in t.TwoTest"), r.failures()::toString);
        String text = text(html(r));
        assertContains(text, "8 of 13 in-scope requirements covered");
        assertContains(text, "t.TwoTest: 1 passed, 2 failed, 0 skipped");
        assertContains(text, "Tests: 4 test cases in 2 classes: 2 passed, 2 failed, 0 skipped");
        assertContains(text, "failed: fails1, errs2");
    }

    @Test
    void skippedOrMissingTestResultsDoNotCover() throws IOException {
        new ReportFixture(project).write().checkResults().surefire("t.OneTest", 0, 0, 0, 2).surefire("t.Other", 1, 0, 0, 0);
        AuditReport r = report(null);
        assertEquals(0, r.covered());
        assertEquals(List.of("t.OneTest: no test passed (2 skipped)"), status(r, "ID-1").reasons());
        assertEquals(List.of("t.TwoTest: no test results in this build"), status(r, "CODE-1").reasons());
        assertContains(text(html(r)), "t.TwoTest: no results in this build");
    }

    @Test
    void traceabilityProblemsAreListedAndUncover() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests();
        Files.writeString(project.resolve("specs/requirements.tsv"), ReportFixture.tsv()
                .replace("alloy:tiny!NoSelfLoop\tt.TwoTest\n", "alloy:tiny!NoSelfLoop\t\n")
                .replace("CODE-1\tRequirement CODE-1", "CODE-1\tRequirement CODE-1 <b>"));
        AuditReport r = report(null);
        // The CODE rows lost their test, and t.TwoTest names them.
        assertEquals(10, r.traceability().problems().size(), r.traceability().problems()::toString);
        assertEquals(8, r.covered());
        assertTrue(status(r, "CODE-1").reasons().contains("CODE-1 is in scope but lists no test"),
                status(r, "CODE-1").reasons()::toString);
        assertTrue(r.failures().contains("10 traceability problem(s)"), r.failures()::toString);
        String html = html(r);
        assertContains(html, "<li>CODE-1: t.TwoTest has @Covers naming CODE-1 but is not listed in the tests of CODE-1 in "
                + "specs/requirements.tsv</li>");
        assertContains(html, "Requirement CODE-1 &lt;b&gt;");
    }

    @Test
    void aRequiredIdMissingFromTheTableIsShownAndCounted() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests();
        Files.writeString(project.resolve("specs/requirements.tsv"), ReportFixture.tsv()
                .replaceAll("(?m)^ID-5\t.*\n", ""));
        AuditReport r = report(null);
        assertEquals(13, r.inScope());
        assertEquals(12, r.covered(), "ID-5 is missing (and t.OneTest names it, which is unknown now)");
        assertEquals(List.of("ID-5 is missing from specs/requirements.tsv",
                "t.OneTest has @Covers(\"ID-5\"), which is not a requirement of specs/requirements.tsv"),
                status(r, "ID-5").reasons());
        assertContains(text(html(r)), "ID-5 (missing from specs/requirements.tsv)");
    }

    @Test
    void withoutCompiledTestsTheTestRulesAreUnchecked() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests();
        try (Stream<Path> walk = Files.walk(project.resolve("target/test-classes"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        AuditReport r = report(null);
        assertEquals(1, r.traceability().problems().size());
        assertEquals(0, r.covered());
        assertEquals(List.of("the @Covers of the listed tests were not checked: no compiled test classes"),
                status(r, "ID-1").reasons());
        assertContains(text(html(r)), "no compiled test classes (target/test-classes): the listed tests and their @Covers "
                + "were not checked; run mvn -B verify");
        assertFalse(r.failures().isEmpty());
    }

    @Test
    void aMutationScoreBelowTheThresholdFails() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests().mutations().threshold(75);
        AuditReport r = report(null);
        assertEquals(13, r.covered());
        assertEquals(List.of("mutation score 69.2% is below the threshold of 75%"), r.failures());
        assertContains(text(html(r)), "Overall score 69.2%: threshold of 75% NOT met");
    }

    @Test
    void resultsOlderThanTheSpecsAreFlagged() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests();
        Files.setLastModifiedTime(project.resolve("target/bango/check-results.json"),
                FileTime.from(Instant.now().minusSeconds(3600)));
        assertContains(text(html(report(null))), "changed after target/bango/check-results.json was written");
    }
}
