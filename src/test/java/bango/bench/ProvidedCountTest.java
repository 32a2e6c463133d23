package bango.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The business systems count the provided queries of a reply by streaming through it; a reading of
 * the whole reply as a tree (as they did before) is the oracle.
 */
class ProvidedCountTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    /** The oracle: the reply read whole. */
    private static int byTree(byte[] reply, boolean batch) {
        JsonNode r;
        try {
            r = TREE.readTree(reply);
        } catch (Exception e) {
            return 0;
        }
        if (r == null) {
            return 0;
        }
        if (!batch) {
            return provided(r) ? 1 : 0;
        }
        int n = 0;
        for (JsonNode v : r.path("inquiries")) {
            n += provided(v) ? 1 : 0;
        }
        return n;
    }

    private static boolean provided(JsonNode view) {
        return view.isObject() && "provided".equals(view.path("state").asText()) && view.has("data");
    }

    private static int count(String reply, boolean batch) {
        return LinkageBench.providedIn(reply.getBytes(StandardCharsets.UTF_8), batch);
    }

    @Test
    void aProvidedViewWithDataCountsAndOthersDoNot() {
        assertEquals(1, count("{\"serial\":1,\"state\":\"provided\",\"item\":2,\"data\":\"{\\\"a\\\":1}\"}", false));
        assertEquals(0, count("{\"serial\":1,\"state\":\"provided\",\"item\":2}", false), "no data: being recorded");
        assertEquals(0, count("{\"serial\":1,\"state\":\"held\",\"reason\":\"staff\"}", false));
        assertEquals(0, count("{\"serial\":1,\"state\":\"refused\",\"data\":\"x\"}", false));
        assertEquals(0, count("[{\"state\":\"provided\",\"data\":\"x\"}]", false), "not an object");
        assertEquals(0, count("{\"state\":\"provid", false), "cut short");
        assertEquals(0, count("", false));
    }

    @Test
    void aBatchCountsEachProvidedViewOfItsInquiriesOnly() {
        String batch = "{\"other\":{\"state\":\"provided\",\"data\":\"no\"},\"inquiries\":["
                + "{\"serial\":1,\"state\":\"provided\",\"data\":\"a\"},"
                + "{\"serial\":2,\"state\":\"held\"},"
                + "{\"serial\":3,\"state\":\"provided\",\"data\":{\"nested\":[1,{\"state\":\"provided\",\"data\":1}]}},"
                + "{\"serial\":4,\"state\":\"unrecorded\",\"error\":\"record-failed\"},"
                + "7,"
                + "{\"serial\":5,\"data\":\"d\",\"state\":\"provided\"}]}";
        assertEquals(3, count(batch, true));
        assertEquals(byTree(batch.getBytes(StandardCharsets.UTF_8), true), count(batch, true));
        assertEquals(0, count(batch, false), "as one view it has neither state nor data");
    }

    @Test
    void agreesWithTheTreeOnRandomRepliesCleanAndCorrupted() {
        Random random = new Random(20261203);
        String[] states = {"provided", "held", "refused", "sent", "unrecorded"};
        for (int k = 0; k < 5_000; k++) {
            boolean batch = random.nextBoolean();
            List<String> views = new ArrayList<>();
            int n = batch ? random.nextInt(8) : 1;
            for (int v = 0; v < n; v++) {
                StringBuilder view = new StringBuilder("{\"serial\":" + v);
                if (random.nextInt(10) > 0) {
                    view.append(",\"state\":\"").append(states[random.nextInt(states.length)]).append('"');
                }
                if (random.nextBoolean()) {
                    view.append(",\"data\":").append(random.nextBoolean() ? "\"{\\\"r\\\":" + v + "}\"" : "null");
                }
                if (random.nextInt(4) == 0) {
                    view.append(",\"reason\":\"r\"");
                }
                views.add(view.append('}').toString());
            }
            String reply = batch ? "{\"inquiries\":[" + String.join(",", views) + "]}" : views.get(0);
            if (random.nextInt(5) == 0) {
                reply = reply.substring(0, random.nextInt(reply.length() + 1)); // cut short
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            assertEquals(byTree(bytes, batch), LinkageBench.providedIn(bytes, batch), reply + " batch " + batch);
        }
    }
}
