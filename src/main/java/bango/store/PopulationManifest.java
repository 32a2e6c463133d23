package bango.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a data directory holds: written last into the staged directory as {@value DataDirectory#MANIFEST},
 * so a directory with a manifest holds a whole population. Counts only, no personal data.
 *
 * @param format the layout version, {@value #FORMAT}
 * @param seed the synthetic population's seed
 * @param residents residents in the population
 * @param municipalities municipalities with a register
 * @param institutions institutions I1..In
 * @param numbersIssued individual numbers J-LIS issued
 * @param codesIssued institution codes the core system issued
 * @param store {@code h2} (a database file per party in the directory) or {@code jdbc} (a schema
 *     per party on a server; the directory holds the key custodies)
 * @param jdbcUrl the server's URL without its query, for {@code jdbc}
 * @param schemaPrefix the schemas' prefix, for {@code jdbc}
 * @param createdAt when the population was written (ISO 8601, UTC)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "seed", "residents", "municipalities", "institutions", "numbers_issued",
    "codes_issued", "store", "jdbc_url", "schema_prefix", "created_at"})
public record PopulationManifest(
        @JsonProperty("format") int format,
        @JsonProperty("seed") long seed,
        @JsonProperty("residents") long residents,
        @JsonProperty("municipalities") int municipalities,
        @JsonProperty("institutions") int institutions,
        @JsonProperty("numbers_issued") long numbersIssued,
        @JsonProperty("codes_issued") long codesIssued,
        @JsonProperty("store") String store,
        @JsonProperty("jdbc_url") String jdbcUrl,
        @JsonProperty("schema_prefix") String schemaPrefix,
        @JsonProperty("created_at") String createdAt) {

    /** The current layout version. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public void write(Path file) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(this));
    }

    public static PopulationManifest read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), PopulationManifest.class);
    }

    /** A short description for messages: residents, seed, store. */
    public String describe() {
        return String.format("%,d residents, seed %d, %s", residents, seed,
                "jdbc".equals(store) ? "on " + jdbcUrl + " (schemas " + schemaPrefix + "_*)" : "H2");
    }
}
