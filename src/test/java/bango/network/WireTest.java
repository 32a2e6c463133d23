package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.network.Messages.Query;
import bango.network.Messages.Report;
import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
