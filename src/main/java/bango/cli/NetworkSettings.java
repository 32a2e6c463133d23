package bango.cli;

import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What a network's data directory was created with ({@code settings.json}): the population's seed
 * and size, so that a restart issues the same numbers and codes again.
 */
record NetworkSettings(long seed, int residents) {

    static final String FILE = "settings.json";
    /** Written while the network is up: each component's address, for {@code bango query}. */
    static final String ADDRESSES = "addresses.json";

    /** The settings in {@code root}, or {@code seed, residents} written there if there are none. */
    static NetworkSettings openOrCreate(Path root, long seed, int residents) throws IOException {
        Path f = root.resolve(FILE);
        if (Files.isRegularFile(f)) {
            JsonNode n = JsonHttpServer.JSON.readTree(f.toFile());
            if (!n.path("seed").canConvertToLong() || !n.path("residents").canConvertToInt()) {
                throw new IllegalStateException(f + " is not a network's settings file (seed, residents)");
            }
            return new NetworkSettings(n.get("seed").asLong(), n.get("residents").asInt());
        }
        Files.createDirectories(root);
        Path tmp = root.resolve(FILE + ".tmp");
        JsonHttpServer.JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(),
                JsonHttpServer.JSON.createObjectNode().put("seed", seed).put("residents", residents));
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
        return new NetworkSettings(seed, residents);
    }
}
