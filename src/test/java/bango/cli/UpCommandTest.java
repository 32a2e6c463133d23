package bango.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bango up} and {@code bango query} together, as the README shows them: the network starts,
 * the three printed example queries give provided, refused and held, and the network stops cleanly
 * and starts again on the same data.
 */
class UpCommandTest {

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A running {@code up}: its output so far and a way to stop it. */
    static final class Up implements AutoCloseable {
        final UpCommand command = new UpCommand();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final ExecutorService thread = Executors.newSingleThreadExecutor();
        final Future<Integer> exit;

        Up(String... args) throws Exception {
            CommandLine cl = new CommandLine(command);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            exit = thread.submit(() -> cl.execute(args));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!out().contains("Ctrl-C stops the network.")) {
                if (exit.isDone() || System.nanoTime() > deadline) {
                    throw new AssertionError("up did not start: " + out() + err());
                }
                Thread.sleep(50);
            }
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        int stop() throws Exception {
            command.stop.countDown();
            return exit.get(60, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            command.stop.countDown();
            thread.shutdown();
            try {
                thread.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static final Pattern EXAMPLE = Pattern.compile("  (\\./bango query [^\\n]+)");

    static List<String[]> examples(String out) {
        List<String[]> found = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(out);
        while (m.find()) {
            found.add(m.group(1).substring("./bango ".length()).split(" "));
        }
        return found;
    }

    @Test
    @Covers({"NET-1", "NET-2", "NET-3", "IS-2", "IS-7"})
    void upStartsTheNetworkAndTheThreeExamplesAnswerAsPrinted() throws Exception {
        Path data = dir.resolve("data");
        int port = 20_000 + (int) (ProcessHandle.current().pid() % 20_000);
        String[] args = {"--data-dir", data.toString(), "--residents", "40", "--seed", "5", "--port", String.valueOf(port)};
        try (Up up = new Up(args)) {
            String out = up.out();
            assertTrue(out.contains("core system                      http://127.0.0.1:" + port), out);
            assertTrue(out.contains("interface system                 http://127.0.0.1:" + (port + 1)), out);
            assertTrue(out.contains("J-LIS                            http://127.0.0.1:" + (port + 2)), out);
            assertTrue(out.contains("intermediate server I1           http://127.0.0.1:" + (port + 101)), out);
            List<String[]> examples = examples(out);
            assertEquals(3, examples.size(), out);
            String staffAs = out.replaceAll("(?s).*\\./bango staff [^\n]*--as (\\S+).*", "$1");
            Result allowed = run(examples.get(0));
            assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
            assertTrue(allowed.out().startsWith("provided: "), allowed.out());
            assertTrue(allowed.out().contains("\"fiscalYear\":2025"), allowed.out());
            Result refused = run(examples.get(1));
            assertEquals(1, refused.exitCode());
            assertTrue(refused.out().startsWith("refused: "), refused.out());
            assertTrue(refused.out().contains("no rule of item"), refused.out());
            Result held = run(examples.get(2));
            assertEquals(1, held.exitCode());
            assertTrue(held.out().startsWith("held: "), held.out());
            // IS-7: the provider's staff see it held, provide it, and the inquirer then has the data.
            String serial = held.out().replaceAll("(?s).*\\(serial (\\d+)\\).*", "$1");
            String inquirer = held.out().replaceAll("(?s)^held: ([^ ]+) asked.*", "$1");
            Result list = run("staff", "--data-dir", data.toString(), "--as", staffAs);
            assertEquals(0, list.exitCode(), list.err());
            assertTrue(list.out().startsWith("1 held at "), list.out());
            String key = list.out().replaceAll("(?s).*  I(\\d+:" + serial + ") .*", "$1");
            assertTrue(key.endsWith(":" + serial), list.out() + " / " + inquirer);
            Result provide = run("staff", "--data-dir", data.toString(), "--as", staffAs, "--provide", key);
            assertEquals(0, provide.exitCode(), provide.out());
            Result twice = run("staff", "--data-dir", data.toString(), "--as", staffAs, "--refuse", key);
            assertEquals(1, twice.exitCode(), "decided once: " + twice.out());
            assertEquals("0 held at", run("staff", "--data-dir", data.toString(), "--as", staffAs).out().substring(0, 9));
            assertTrue(Files.exists(data.resolve("network").resolve(NetworkSettings.ADDRESSES)));
            assertEquals(0, up.stop());
            assertTrue(up.err().contains("bango network stopped"), up.err());
            assertFalse(Files.exists(data.resolve("network").resolve(NetworkSettings.ADDRESSES)), "addresses removed on stop");
        }
        // Stopped: a query says so and exits 1.
        Result down = run("query", "--data-dir", data.toString(), "--as", "mhlw", "--item", "1", "--provider", "moj",
                "--info", "戸籍関係情報", "--person", "123456789018");
        assertEquals(1, down.exitCode());
        assertTrue(down.err().contains("the network is not running"), down.err());
        // Started again on the same data: the same population, no second registration of copies.
        try (Up again = new Up(args)) {
            assertFalse(again.err().contains("registered"), again.err());
            List<String[]> examples = examples(again.out());
            Result allowed = run(examples.get(0));
            assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
            assertEquals(0, again.stop());
        }
    }

    @Test
    void queryRejectsUnknownInstitutionsAsUsageErrors() {
        Result r = run("query", "--data-dir", dir.toString(), "--as", "nobody", "--item", "1", "--provider", "moj",
                "--info", "戸籍関係情報", "--person", "123456789018");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--as: no institution 'nobody'"), r.err());
        Result notRunning = run("query", "--data-dir", dir.toString(), "--as", "mhlw", "--item", "1", "--provider", "moj",
                "--info", "戸籍関係情報", "--person", "123456789018");
        assertEquals(1, notRunning.exitCode());
        assertTrue(notRunning.err().contains("the network is not running"), notRunning.err());
    }
}
