package bango.network;

import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
     * Reads a body that is a batch of {@code type} straight into messages. A body that is not
     * exactly that (not JSON, not an array, an element that is not a well-formed message, anything
     * after the array) is read again as a tree by {@link #list}, which says what is wrong with it:
     * the answer to a bad body is the same either way, and a good one costs no tree.
     */
    public static <T> JsonHttpServer.BodyReader<List<T>> listOf(Class<T> type) {
        return listOf(type, tree -> list(tree, type));
    }

    /** As {@link #listOf(Class)}, with {@code checked} saying what is wrong with a body that is not a clean batch. */
    public static <T> JsonHttpServer.BodyReader<List<T>> listOf(Class<T> type, Function<JsonNode, List<T>> checked) {
        ObjectReader reader = STRICT.readerFor(type);
        return body -> {
            List<T> out = readList(reader, body);
            return out != null ? out : checked.apply(JsonHttpServer.tree(body));
        };
    }

    /** Reads a body that is one message of {@code type}, as {@link #listOf(Class)} reads a batch. */
    public static <T> JsonHttpServer.BodyReader<T> oneOf(Class<T> type) {
        return oneOf(type, tree -> one(tree, type));
    }

    /** As {@link #oneOf(Class)}, with {@code checked} saying what is wrong with a body that is not one clean message. */
    public static <T> JsonHttpServer.BodyReader<T> oneOf(Class<T> type, Function<JsonNode, T> checked) {
        ObjectReader reader = STRICT.readerFor(type);
        return body -> {
            T out = readOne(reader, body);
            return out != null ? out : checked.apply(JsonHttpServer.tree(body));
        };
    }

    /** The batch, or null if the body is anything but an array of objects that read as messages and nothing after it. */
    private static <T> List<T> readList(ObjectReader reader, byte[] body) {
        try (JsonParser p = STRICT.createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<T> out = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                out.add(reader.readValue(p));
            }
            return t == JsonToken.END_ARRAY && p.nextToken() == null ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The message, or null if the body is anything but one object that reads as one and nothing after it. */
    private static <T> T readOne(ObjectReader reader, byte[] body) {
        try (JsonParser p = STRICT.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            T out = reader.readValue(p);
            return p.nextToken() == null ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
