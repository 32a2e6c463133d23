package bango.network;

import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reading messages off the wire: a batch is a JSON array of one message type. */
public final class Wire {

    private static final ObjectMapper STRICT = JsonHttpServer.JSON.copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    private static final ObjectMapper OPTIONAL_FIELDS = STRICT.copy()
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private Wire() {
    }

    /**
     * The batch in {@code body} as messages of {@code type}.
     *
     * @throws ApiException 400 {@code malformed} if the body is not an array of such messages
     */
    public static <T> List<T> list(JsonNode body, Class<T> type) {
        if (body == null || !body.isArray()) {
            throw ApiException.badRequest("malformed", "the body is not a JSON array of " + type.getSimpleName() + " messages");
        }
        List<T> out = new ArrayList<>(body.size());
        for (JsonNode n : body) {
            out.add(one(n, type));
        }
        return out;
    }

    /** One message of {@code type}; 400 {@code malformed} if it is not one. */
    public static <T> T one(JsonNode node, Class<T> type) {
        return one(node, type, STRICT);
    }

    /**
     * One message of {@code type} whose absent fields of object type are null; an absent number or
     * boolean is still 400 {@code malformed} (a restriction must say whether it restricts).
     */
    public static <T> T lenient(JsonNode node, Class<T> type) {
        return one(node, type, OPTIONAL_FIELDS);
    }

    private static <T> T one(JsonNode node, Class<T> type, ObjectMapper mapper) {
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("malformed", "expected a JSON object (" + type.getSimpleName() + ")");
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("malformed", "not a " + type.getSimpleName() + " message: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : "bad field"));
        }
    }
}
