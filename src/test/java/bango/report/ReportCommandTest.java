package bango.report;

import static bango.report.AuditReportTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bango report} through the command line, on the tiny project of {@link ReportFixture}. */
class ReportCommandTest {

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

    @Test
    void aCoveredProjectExitsZeroAndPrintsThePath() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests().mutations();
        Result r = run("report", "--project-dir", project.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path file = project.resolve("target/bango/audit-report.html").toAbsolutePath().normalize();
        assertEquals(file.toString(), r.out().strip());
        assertTrue(Files.isRegularFile(file));
        assertContains(Files.readString(file), "13 of 13 in-scope requirements covered");
        assertContains(r.err(), "13 of 13 in-scope requirements covered");
    }

    @Test
    void outChoosesWhereTheReportGoes() throws IOException {
        new ReportFixture(project).write().checkResults().passingTests();
        Path file = project.resolve("audit/nested/report.html");
        Result r = run("report", "--project-dir", project.toString(), "--out", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(file.toAbsolutePath().normalize().toString(), r.out().strip());
        assertContains(Files.readString(file), "<a href=\"../../specs/\">specs/</a>");
        assertFalse(Files.exists(project.resolve("target/bango/audit-report.html")));
    }

    @Test
    void somethingNotCoveredIsWrittenAndExitsOne() throws IOException {
        new ReportFixture(project).write().checkResults().surefire("t.OneTest", 2, 1, 0, 0).surefire("t.TwoTest", 1, 0, 0, 0);
        Result r = run("report", "--project-dir", project.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(project.resolve("target/bango/audit-report.html")));
        assertContains(r.err(), "5 of 13 in-scope requirements covered");
        assertContains(r.err(), "8 of 13 in-scope requirements not covered: ID-1, ID-2");
        assertContains(r.err(), "1 test(s) failed, in t.OneTest");
        assertEquals(project.resolve("target/bango/audit-report.html").toAbsolutePath().normalize().toString(),
                r.out().strip());
    }

    @Test
    void noCheckShowsTheExpectedFiguresAndExitsOne() throws IOException {
        new ReportFixture(project).write().passingTests();
        Result r = run("report", "--project-dir", project.toString(), "--no-check");
        assertEquals(1, r.exitCode(), r.err());
        assertContains(r.err(), "model checks not measured in this build");
        assertFalse(r.err().contains("running the model checker"), r.err());
        assertFalse(Files.exists(project.resolve("target/bango/check-results.json")));
        assertContains(Files.readString(project.resolve("target/bango/audit-report.html")),
                "expected, not measured in this build");
    }

    /** Without check-results.json the report runs TLC and Alloy itself (a few seconds on the tiny specs). */
    @Test
    void withoutResultsTheReportRunsTheModelChecker() throws IOException {
        new ReportFixture(project).write().passingTests().mutations();
        Result r = run("report", "--project-dir", project.toString(), "--workers", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertContains(r.err(), "running the model checker on every model and witness");
        assertContains(r.err(), "checking witness BigStep");
        assertTrue(Files.isRegularFile(project.resolve("target/bango/check-results.json")), "results kept, as check writes them");
        String html = Files.readString(project.resolve("target/bango/audit-report.html"));
        assertContains(html, "Measured for this report");
        assertContains(AuditReportTest.text(html), "checked by MCTiny (TLC, invariant): pass, 5 distinct states");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, run("report", "--bogus").exitCode());
        Result missing = run("report", "--project-dir", project.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertContains(missing.err(), "has no pom.xml");
        new ReportFixture(project).write();
        assertEquals(2, run("report", "--project-dir", project.toString(), "--workers", "0").exitCode());
        Files.createDirectories(project.resolve("adir"));
        assertEquals(2, run("report", "--project-dir", project.toString(), "--out", project.resolve("adir").toString())
                .exitCode());
    }

    @Test
    void theCommandIsListedWithAOneLineHeader() {
        Result r = run("--help");
        assertEquals(0, r.exitCode());
        assertContains(r.out(), "report");
        assertContains(r.out(), "Write the HTML audit report");
        Result help = run("report", "--help");
        assertEquals(0, help.exitCode());
        assertContains(help.out(), "--no-check");
        assertContains(help.out(), "--out=PATH");
    }
}
