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
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bango staff}: a provider's staff at its intermediate server (IS-7): list the queries held
 * for a decision, and provide or refuse one. The decision is recorded by the provider.
 */
@Command(
        name = "staff",
        header = "List a provider's held queries, or decide one (IS-7).",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Without --provide or --refuse, lists the queries institution P holds for a staff decision "
                    + "(auto-response restricted). With one of them, decides the held query INQUIRER:SERIAL: "
                    + "provide it from the copy, or refuse it; the provider records the decision and the "
                    + "inquirer sees the answer or the refusal.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Listed or decided.", "1:No such held query, or the network is not running.", "2:Usage error."})
public final class StaffCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "P", description = "The provider (handle or name).")
    String provider;

    @ArgGroup(exclusive = true)
    Decision decision;

    static final class Decision {
        @Option(names = "--provide", paramLabel = "I:SERIAL", description = "Provide the held query of inquirer I (id) with SERIAL.")
        String provide;

        @Option(names = "--refuse", paramLabel = "I:SERIAL", description = "Refuse the held query of inquirer I (id) with SERIAL.")
        String refuse;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "bango-data",
            description = "The running network's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InstitutionRegistry registry = InstitutionRegistry.sample();
        RegisteredInstitution p = registry.find(provider).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--as: no institution '" + provider + "' in the registry"));
        Optional<JsonNode> addresses = UpCommand.addresses(dataDir);
        if (addresses.isEmpty() || !addresses.get().path("intermediate").has(p.handle())) {
            err.println("bango staff: the network is not running (start it with ./bango up)");
            return 1;
        }
        URI server = URI.create(addresses.get().get("intermediate").get(p.handle()).asText());
        HttpClient client = HttpClient.newHttpClient();
        try {
            if (decision == null) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.resolve("/v1/holds")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode holds = JsonHttpServer.JSON.readTree(r.body());
                out.printf("%d held at %s%n", holds.size(), p.name());
                for (JsonNode h : holds) {
                    out.printf("  I%d:%d  item %d  %s%n", h.get("inquirer").asLong(), h.get("serial").asLong(),
                            h.get("item").asInt(), h.get("category").asText());
                }
                return 0;
            }
            boolean provide = decision.provide != null;
            String key = provide ? decision.provide : decision.refuse;
            if (!key.matches("\\d+:\\d+")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "a held query is INQUIRER:SERIAL, e.g. 1:3");
            }
            String[] parts = key.split(":");
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.resolve("/v1/holds/" + parts[0] + "/" + parts[1]))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"provide\":" + provide + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode reply = JsonHttpServer.JSON.readTree(r.body());
            if (r.statusCode() != 200) {
                out.println("not decided: " + reply.path("detail").asText());
                return 1;
            }
            out.printf("%s I%s:%s%n", provide ? "provided" : "refused", parts[0], parts[1]);
            return 0;
        } catch (ConnectException e) {
            err.println("bango staff: the network is not running at " + server);
            return 1;
        }
    }
}
