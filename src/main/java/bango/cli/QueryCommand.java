package bango.cli;

import bango.annex.InstitutionRegistry;
import bango.annex.RegisteredInstitution;
import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bango query}: one query, as institution I's business system makes it to the running
 * network: I's business system maps the number to I's own code, its intermediate server sends the
 * query, and the answer, the hold or the refusal is printed.
 */
@Command(
        name = "query",
        header = "Run one query on the running network (see bango up).",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Asks, as institution I, provider P for category C of the person with the given individual number, "
                    + "under Annex Table 2 item N. I's business system maps the number to I's own code "
                    + "(intermediate servers hold no numbers); the query then goes through the interface system "
                    + "to the core system, which decides it. Institutions are given by handle or name "
                    + "(bango annex rules lists what the table allows).",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Provided: the data is printed.",
            "1:Refused (the reason is printed), held for a staff decision, or the network is not running.",
            "2:Usage error: unknown option, institution or malformed value."
        })
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "I", description = "The inquirer (handle or name).")
    String inquirer;

    @Option(names = "--item", required = true, paramLabel = "N", description = "Annex Table 2 item number.")
    int item;

    @Option(names = "--provider", required = true, paramLabel = "P", description = "The provider (handle or name).")
    String provider;

    @Option(names = "--info", required = true, paramLabel = "C", description = "The information category, e.g. 地方税関係情報.")
    String category;

    @Option(names = "--person", required = true, paramLabel = "NUMBER", description = "The person's individual number.")
    String person;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "bango-data",
            description = "The running network's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--wait", paramLabel = "MS", defaultValue = "5000",
            description = "How long to wait for the answer, in milliseconds (default: ${DEFAULT-VALUE}).")
    long waitMillis;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InstitutionRegistry registry = InstitutionRegistry.sample();
        RegisteredInstitution from = institution(registry, inquirer, "--as");
        RegisteredInstitution to = institution(registry, provider, "--provider");
        Optional<JsonNode> addresses = UpCommand.addresses(dataDir);
        if (addresses.isEmpty() || !addresses.get().path("business").has(from.handle())) {
            err.println("bango query: the network is not running (start it with ./bango up"
                    + (dataDir.equals(Path.of("bango-data")) ? "" : " --data-dir " + dataDir) + ")");
            return 1;
        }
        URI business = URI.create(addresses.get().get("business").get(from.handle()).asText());
        String body = JsonHttpServer.JSON.createObjectNode().put("item", item).put("provider", to.id().value())
                .put("category", category).put("number", person).put("waitMillis", waitMillis).toString();
        HttpResponse<String> r;
        try {
            r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(business.resolve("/v1/queries")).timeout(Duration.ofMillis(waitMillis + 10_000))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            err.println("bango query: the network is not running at " + business + " (start it with ./bango up)");
            return 1;
        }
        JsonNode reply = JsonHttpServer.JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            out.printf("refused: %s (%s)%n", reply.path("detail").asText(), reply.path("type").asText());
            return r.statusCode() == 422 && reply.path("type").asText().startsWith("invalid") ? 2 : 1;
        }
        String state = reply.path("state").asText();
        long serial = reply.path("serial").asLong();
        String head = String.format("%s asked %s for %s under item %d (serial %d)", from.name(), to.name(), category, item, serial);
        switch (state) {
            case "provided" -> {
                out.println("provided: " + head);
                out.println(reply.path("data").asText());
                return 0;
            }
            case "held" -> out.println("held: " + head + ": " + reply.path("reason").asText("held for a staff decision"));
            case "refused" -> out.println("refused: " + head + ": " + reply.path("reason").asText());
            default -> out.println("no answer yet: " + head + " (still " + state + "; ask again with GET "
                    + business.resolve("/v1/queries/" + serial) + ")");
        }
        return 1;
    }

    private RegisteredInstitution institution(InstitutionRegistry registry, String name, String option) {
        return registry.find(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                option + ": no institution '" + name + "' in the registry (handles: "
                        + String.join(", ", registry.all().stream().map(RegisteredInstitution::handle).toList()) + ")"));
    }
}
