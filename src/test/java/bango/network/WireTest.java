package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import bango.Covers;
import bango.network.Messages.Query;
import bango.network.Messages.Report;
import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Messages off the wire: strict by default, every field present and no other. */
@Covers("NET-1")
class WireTest {

    static JsonNode json(String text) throws Exception {
        return JsonHttpServer.JSON.readTree(text);
    }

    static ApiException malformed(Runnable r) {
        ApiException e = assertThrows(ApiException.class, r::run);
        assertEquals(400, e.status());
        assertEquals("malformed", e.type());
        return e;
    }

    @Test
    void aBatchIsAnArrayOfMessages() throws Exception {
        List<Query> qs = Wire.list(json("[{\"inquirer\":1,\"serial\":2,\"item\":3,\"provider\":4,\"category\":\"tax\","
                + "\"code\":\"C\",\"requestedAt\":5},{\"inquirer\":6,\"serial\":7,\"item\":8,\"provider\":9,"
                + "\"category\":\"care\",\"code\":\"D\",\"requestedAt\":10}]"), Query.class);
        assertEquals(List.of(new Query(1, 2, 3, 4, "tax", "C", 5), new Query(6, 7, 8, 9, "care", "D", 10)), qs);
        assertEquals(List.of(), Wire.list(json("[]"), Query.class));
    }

    @Test
    void anythingButAnArrayOfObjectsIsMalformed() throws Exception {
        assertEquals("the body is not a JSON array of Query messages",
                malformed(() -> Wire.list(null, Query.class)).getMessage());
        malformed(() -> Wire.list(JsonHttpServer.JSON.createObjectNode(), Query.class));
        JsonNode numbers = json("[1]");
        assertEquals("expected a JSON object (Query)", malformed(() -> Wire.list(numbers, Query.class)).getMessage());
        assertEquals("expected a JSON object (Report)", malformed(() -> Wire.one(null, Report.class)).getMessage());
    }

    @Test
    void aStrictMessageHasEveryFieldAndNoOther() throws Exception {
        JsonNode missing = json("{\"inquirer\":1,\"serial\":2,\"provider\":4,\"outcome\":\"held\"}");
        ApiException e = malformed(() -> Wire.one(missing, Report.class));
        assertTrue(e.getMessage().startsWith("not a Report message: "), e.getMessage());
        assertTrue(e.getMessage().contains("reason"), e.getMessage());

        JsonNode extra = json("{\"inquirer\":1,\"serial\":2,\"provider\":4,\"outcome\":\"held\",\"reason\":null,\"data\":1}");
        assertTrue(malformed(() -> Wire.one(extra, Report.class)).getMessage().contains("data"));

        JsonNode nullSerial = json("{\"inquirer\":1,\"serial\":null,\"provider\":4,\"outcome\":\"held\",\"reason\":null}");
        malformed(() -> Wire.one(nullSerial, Report.class));

        assertEquals(new Report(1, 2, 4, "held", null), Wire.one(json(
                "{\"inquirer\":1,\"serial\":2,\"provider\":4,\"outcome\":\"held\",\"reason\":null}"), Report.class));
    }

    @Test
    void aLenientMessageMayLeaveFieldsOutButNotAddAny() throws Exception {
        JsonNode odd = json("{\"inquirer\":1,\"x\":2}");
        assertEquals(new Report(1, 2, 3, "held", null),
                Wire.lenient(json("{\"inquirer\":1,\"serial\":2,\"provider\":3,\"outcome\":\"held\"}"), Report.class));
        malformed(() -> Wire.lenient(odd, Report.class));
        malformed(() -> Wire.lenient(null, Report.class));
    }

    static final String QUERIES = "[{\"inquirer\":1,\"serial\":2,\"item\":3,\"provider\":4,\"category\":\"tax\","
            + "\"code\":\"C\",\"requestedAt\":5},{\"inquirer\":6,\"serial\":7,\"item\":8,\"provider\":9,"
            + "\"category\":\"care\",\"code\":\"D\",\"requestedAt\":10}]";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCleanBodyIsReadStraightIntoMessages() {
        assertEquals(List.of(new Query(1, 2, 3, 4, "tax", "C", 5), new Query(6, 7, 8, 9, "care", "D", 10)),
                Wire.listOf(Query.class).read(utf8(QUERIES)));
        assertEquals(List.of(), Wire.listOf(Query.class).read(utf8(" [ ] ")));
        assertEquals(new Report(1, 2, 4, "held", null), Wire.oneOf(Report.class).read(
                utf8("{\"inquirer\":1,\"serial\":2,\"provider\":4,\"outcome\":\"held\",\"reason\":null}")));
    }

    @Test
    void aCleanBodyNeverGoesThroughTheTree() {
        java.util.function.Function<JsonNode, List<Query>> noList = tree -> {
            throw new AssertionError("read as a tree: " + tree);
        };
        java.util.function.Function<JsonNode, Report> noOne = tree -> {
            throw new AssertionError("read as a tree: " + tree);
        };
        assertEquals(2, Wire.listOf(Query.class, noList).read(utf8(QUERIES)).size());
        assertEquals(List.of(), Wire.listOf(Query.class, noList).read(utf8("[]")));
        assertEquals(new Report(1, 2, 4, "held", null), Wire.oneOf(Report.class, noOne).read(
                utf8("{\"inquirer\":1,\"serial\":2,\"provider\":4,\"outcome\":\"held\",\"reason\":null}")));
        // and one that is not clean always does, whatever the fast reading made of it
        for (String unclean : new String[] {"{}", "[1]", "[{}] x", "[]]", "", "null"}) {
            assertThrows(AssertionError.class, () -> Wire.listOf(Query.class, noList).read(utf8(unclean)), unclean);
        }
        for (String unclean : new String[] {"[]", "{} x", "1", "", "null", "{\"inquirer\":1}"}) {
            assertThrows(AssertionError.class, () -> Wire.oneOf(Report.class, noOne).read(utf8(unclean)), unclean);
        }
    }

    @Test
    void aBodyThatIsNotACleanBatchGetsTheTreesAnswer() {
        assertEquals("the body is not JSON", malformed(() -> Wire.listOf(Query.class).read(utf8("[{"))).getMessage());
        assertEquals("the body is not a JSON array of Query messages",
                malformed(() -> Wire.listOf(Query.class).read(new byte[0])).getMessage());
        assertEquals("expected a JSON object (Query)", malformed(() -> Wire.listOf(Query.class).read(utf8("[1]"))).getMessage());
        assertEquals("expected a JSON object (Query)", malformed(() -> Wire.listOf(Query.class).read(utf8("[null]"))).getMessage());
        assertEquals("expected a JSON object (Report)", malformed(() -> Wire.oneOf(Report.class).read(utf8("[]"))).getMessage());
        ApiException checked = assertThrows(ApiException.class, () -> Wire.listOf(Query.class, tree -> {
            throw new ApiException(413, "too-many", "checked");
        }).read(utf8("[1]")));
        assertEquals("too-many", checked.type());
    }

    /**
     * Differential: for any body (clean batches and their corruptions), reading it straight gives
     * exactly what reading it as a tree gives: the same messages, or the same refusal.
     */
    @Test
    void readingStraightAgreesWithReadingTheTree() {
        Gen<String> fragments = SourceDSL.arbitrary().pick(List.of("null", "1", "-1.5", "\"x\"", "[]", "{}", "[1]", ",",
                ",null", ",{}", "}", "]", "{\"serial\":2}", "\"serial\":9,", "\"x\":1,", "true", " "))
                .mix(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 3), 40);
        Gen<String> bodies = SourceDSL.integers().between(0, 3).zip(SourceDSL.integers().between(0, 10_000),
                fragments, WireTest::corrupt);
        qt().withFixedSeed(0x77_69_72_65L).withExamples(5_000).forAll(bodies).checkAssert(body -> {
            byte[] bytes = utf8(body);
            assertEquals(outcome(() -> list(JsonHttpServer.tree(bytes), Query.class)),
                    outcome(() -> Wire.listOf(Query.class).read(bytes)), body);
            assertEquals(outcome(() -> Wire.one(JsonHttpServer.tree(bytes), Query.class)),
                    outcome(() -> Wire.oneOf(Query.class).read(bytes)), body);
        });
    }

    private static <T> List<T> list(JsonNode tree, Class<T> type) {
        return Wire.list(tree, type);
    }

    /** A clean batch, one message, or either with {@code text} put in at or in place of a position. */
    static String corrupt(int how, int at, String text) {
        String one = QUERIES.substring(1, QUERIES.indexOf('}') + 1);
        String base = at % 2 == 0 ? QUERIES : one;
        int i = at % (base.length() + 1);
        return switch (how) {
            case 0 -> base;
            case 1 -> base.substring(0, i) + text + base.substring(i);
            case 2 -> base.substring(0, i) + text + base.substring(Math.min(base.length(), i + 1));
            default -> base.substring(0, i) + base.substring(Math.min(base.length(), i + 1 + at % 5));
        };
    }

    /** What reading gave: the value, or the refusal's status, type and detail. */
    static String outcome(Supplier<?> read) {
        try {
            return "read " + Objects.toString(read.get());
        } catch (ApiException e) {
            return "refused " + e.status() + " " + e.type() + " " + e.getMessage();
        }
    }
}
