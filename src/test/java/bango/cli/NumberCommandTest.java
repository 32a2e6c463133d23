package bango.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NumberCommandTest {

    record Result(int exitCode, String out, String err) {
    }

    static Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = Main.run(in, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    // --- check ---

    @Test
    void validNumberExitsZero() {
        Result r = run("number", "check", "123456789018");
        assertEquals(new Result(0, "123456789018\tvalid\n", ""), r);
    }

    @Test
    void invalidNumberExitsOneWithTheReason() {
        Result r = run("number", "check", "123456789019");
        assertEquals(new Result(1, "123456789019\tinvalid: check digit is 9 but the other digits require 8\n", ""), r);
    }

    @Test
    void oneVerdictPerNumberInOrder() {
        Result r = run("number", "check", "621498320257", "123456789019", "123456789018", "１２３");
        assertEquals(1, r.exitCode());
        assertEquals("""
                621498320257\tvalid
                123456789019\tinvalid: check digit is 9 but the other digits require 8
                123456789018\tvalid
                １２３\tinvalid: full-width digit at position 1; use ASCII digits 0-9
                """, r.out());
    }

    @Test
    void allValidExitsZero() {
        assertEquals(0, run("number", "check", "621498320257", "123456789018").exitCode());
    }

    @Test
    void corporateAndResidentCodeOptions() {
        assertEquals(new Result(0, "5835678256246\tvalid\n", ""), run("number", "check", "--corporate", "5835678256246"));
        assertEquals(new Result(1, "123456789018\tinvalid: must be 13 digits, got 12\n", ""),
                run("number", "check", "--corporate", "123456789018"));
        assertEquals(new Result(0, "12345678903\tvalid\n", ""), run("number", "check", "--resident-code", "12345678903"));
        assertEquals(new Result(1, "12345678904\tinvalid: check digit is 4 but the other digits require 3\n", ""),
                run("number", "check", "--resident-code", "12345678904"));
    }

    @Test
    void controlCharactersInAnArgumentAreEscapedSoTheVerdictStaysOneLine() {
        Result r = run("number", "check", "1234\t5678\n9018", "12\\34");
        assertEquals("""
                1234\\t5678\\n9018\tinvalid: white space at position 5; give the digits only
                12\\\\34\tinvalid: character at position 3 is not a digit 0-9
                """, r.out());
        Result bell = run("number", "check", "\u0007");
        assertEquals("\\u0007\tinvalid: character at position 1 is not a digit 0-9\n", bell.out());
    }

    // --- usage errors: picocli's default usage exit code is 2 ---

    @Test
    void picocliUsageExitCodeIsTwo() {
        assertEquals(2, CommandLine.ExitCode.USAGE);
    }

    @Test
    void noNumbersIsAUsageError() {
        Result r = run("number", "check");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Missing required parameter: 'NUMBER'"), r.err());
        assertTrue(r.err().contains("Usage: bango number check"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("number", "check", "--bogus", "123456789018");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
    }

    @Test
    void corporateAndResidentCodeTogetherIsAUsageError() {
        Result r = run("number", "check", "--corporate", "--resident-code", "5835678256246");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void numberWithoutSubcommandIsAUsageError() {
        Result r = run("number");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Missing required subcommand"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : List.of(
                new String[] {"--help"},
                new String[] {"number", "--help"},
                new String[] {"number", "check", "--help"},
                new String[] {"number", "complete", "-h"})) {
            Result r = run(args);
            assertEquals(0, r.exitCode(), String.join(" ", args));
            assertTrue(r.out().contains("Usage: bango"), r.out());
        }
        assertTrue(run("number", "check", "--help").out().contains("--resident-code"));
        assertTrue(run("--help").out().contains("number"));
    }

    @Test
    void mainWithoutArgumentsPrintsUsageToTheGivenWriter() {
        Result r = run();
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("Usage: bango"), r.out());
    }

    // --- check - (standard input) ---

    @Test
    void readsStandardInputOneNumberPerLine() {
        Result r = runWithInput("123456789018\n123456789019\n621498320257\n", "number", "check", "-");
        assertEquals("""
                123456789018\tvalid
                123456789019\tinvalid: check digit is 9 but the other digits require 8
                621498320257\tvalid
                """, r.out());
        assertEquals(1, r.exitCode());
    }

    @Test
    void theFinalLineTerminatorDoesNotStartAnotherNumber() {
        assertEquals(new Result(0, "123456789018\tvalid\n", ""), runWithInput("123456789018\n", "number", "check", "-"));
        assertEquals(new Result(0, "123456789018\tvalid\n", ""), runWithInput("123456789018", "number", "check", "-"));
        assertEquals(new Result(0, "123456789018\tvalid\n", ""), runWithInput("123456789018\r\n", "number", "check", "-"));
    }

    @Test
    void emptyInputHasNoVerdictsAndExitsZero() {
        assertEquals(new Result(0, "", ""), runWithInput("", "number", "check", "-"));
    }

    @Test
    void aBlankLineInsideTheInputIsReportedSoVerdictsMatchLines() {
        Result r = runWithInput("123456789018\n\n621498320257\n", "number", "check", "-");
        assertEquals("123456789018\tvalid\n\tinvalid: empty input\n621498320257\tvalid\n", r.out());
        assertEquals(1, r.exitCode());
    }

    @Test
    void crlfLineEndsAreStripped() {
        Result r = runWithInput("123456789018\r\n621498320257\r\n123456789019\r\n", "number", "check", "-");
        assertEquals("""
                123456789018\tvalid
                621498320257\tvalid
                123456789019\tinvalid: check digit is 9 but the other digits require 8
                """, r.out());
    }

    @Test
    void aCarriageReturnElsewhereIsWhiteSpace() {
        Result r = runWithInput("123456\r789018\n123456789018\r\r\n", "number", "check", "-");
        assertEquals("""
                123456\\r789018\tinvalid: white space at position 7; give the digits only
                123456789018\\r\tinvalid: white space at position 13; give the digits only
                """, r.out());
    }

    @Test
    void standardInputIsUtf8() {
        Result r = runWithInput("１２３４５６７８９０１８\n123456789018\u3000\n", "number", "check", "-");
        assertEquals("""
                １２３４５６７８９０１８\tinvalid: full-width digit at position 1; use ASCII digits 0-9
                123456789018\u3000\tinvalid: white space at position 13; give the digits only
                """, r.out());
    }

    @Test
    void standardInputWithOtherKinds() {
        assertEquals(new Result(0, "5835678256246\tvalid\n7000012050002\tvalid\n", ""),
                runWithInput("5835678256246\n7000012050002\n", "number", "check", "--corporate", "-"));
        assertEquals(new Result(0, "12345678903\tvalid\n", ""),
                runWithInput("12345678903\n", "number", "check", "--resident-code", "-"));
    }

    @Test
    void argumentsAndStandardInputMixInOrder() {
        Result r = runWithInput("621498320257\n", "number", "check", "123456789018", "-", "123456789019");
        assertEquals("123456789018\tvalid\n621498320257\tvalid\n"
                + "123456789019\tinvalid: check digit is 9 but the other digits require 8\n", r.out());
    }

    @Test
    void longInputCrossesBufferBoundariesIntact() {
        // 200,000 lines of 13 to 14 bytes: several 64 KiB blocks, lines split across them.
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (long i = 0; i < 200_000; i++) {
            String n = bango.identity.IndividualNumber.fromBody(i * 499_999L).digits();
            String line = i % 7 == 0 ? n.substring(0, 11) + (char) ('0' + (n.charAt(11) - '0' + 1) % 10) : n;
            in.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
            expected.append(line).append(i % 7 == 0 ? "\tinvalid: check digit is " : "\tvalid");
            if (i % 7 == 0) {
                expected.append((n.charAt(11) - '0' + 1) % 10).append(" but the other digits require ").append(n.charAt(11));
            }
            expected.append('\n');
        }
        Result r = runWithInput(in.toString(), "number", "check", "-");
        assertEquals(1, r.exitCode());
        assertEquals(expected.toString(), r.out());
    }

    @Test
    void unreadableStandardInputExitsWithIoError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("device gone");
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(failing, new PrintWriter(out), new PrintWriter(err), "number", "check", "-");
        assertEquals(NumberCommand.EXIT_IO_ERROR, code);
        assertEquals("bango number check: cannot read standard input\n", err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void closedStandardOutputStopsReading() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("broken pipe");
            }
        };
        int[] blocksRead = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '\n';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (++blocksRead[0] > 10_000) {
                    return -1; // a safety stop, far beyond what the command should read
                }
                byte[] line = "123456789018\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < len; i++) {
                    b[off + i] = line[i % line.length];
                }
                return len;
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(endless, new PrintWriter(closed), new PrintWriter(err), "number", "check", "-");
        assertEquals(NumberCommand.EXIT_IO_ERROR, code);
        assertTrue(blocksRead[0] < 100, "read " + blocksRead[0] + " blocks after the output closed");
        assertTrue(err.toString().contains("cannot write standard output"));
    }

    // --- complete ---

    @Test
    void completeAppendsTheCheckDigit() {
        assertEquals(new Result(0, "123456789018\n621498320257\n000000000019\n", ""),
                run("number", "complete", "12345678901", "62149832025", "00000000001"));
    }

    @Test
    void completeCorporatePrependsTheCheckDigit() {
        assertEquals(new Result(0, "5835678256246\n7000012050002\n", ""),
                run("number", "complete", "--corporate", "835678256246", "000012050002"));
    }

    @Test
    void completeResidentCode() {
        assertEquals(new Result(0, "12345678903\n", ""), run("number", "complete", "--resident-code", "1234567890"));
    }

    @Test
    void completeRejectsBadBodiesAsAUsageErrorAndPrintsNothing() {
        Result r = run("number", "complete", "12345678901", "1234567890", "1234567890a", "");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Each BODY must be 11 ASCII digits (individual number). BODY 2: got 10 digits; "
                + "BODY 3: character at position 11 is not a digit 0-9; BODY 4: empty"), r.err());
        Result corporate = run("number", "complete", "--corporate", "12345678901");
        assertEquals(2, corporate.exitCode());
        assertTrue(corporate.err().contains("Each BODY must be 12 ASCII digits (corporate number). BODY 1: got 11 digits"), corporate.err());
    }

    @Test
    void completeThenCheckAgree() {
        List<String> bodies = new ArrayList<>();
        for (long i = 0; i < 50; i++) {
            bodies.add(String.format("%011d", i * 2_000_000_011L));
        }
        List<String> args = new ArrayList<>(List.of("number", "complete"));
        args.addAll(bodies);
        Result completed = run(args.toArray(String[]::new));
        assertEquals(0, completed.exitCode());
        Result checked = runWithInput(completed.out(), "number", "check", "-");
        assertEquals(0, checked.exitCode());
        assertEquals(50, checked.out().lines().filter(l -> l.endsWith("\tvalid")).count());
    }
}
