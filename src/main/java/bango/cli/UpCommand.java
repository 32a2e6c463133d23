package bango.cli;

import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Category;
import bango.annex.InstitutionRegistry;
import bango.annex.NetworkBinding;
import bango.annex.RegisteredInstitution;
import bango.annex.Rule;
import bango.codes.InstitutionId;
import bango.institution.BusinessSystemService;
import bango.intermediate.IntermediateServer;
import bango.issuance.LinkedPopulation;
import bango.jlis.JlisService;
import bango.network.Authorization;
import bango.network.ConnectionRegistry;
import bango.network.Faults;
import bango.network.Network;
import bango.network.http.JsonHttpServer;
import bango.trace.Tracer;
import bango.vault.Pkcs12KeyCustody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bango up}: the whole Information Provision Network System on this machine, on loopback:
 * J-LIS's code issuance, the core system, the interface system, and for each institution of the
 * sample registry its intermediate server and its business system, with a synthetic population
 * issued, codes distributed and copies registered. Runs until interrupted (Ctrl-C).
 */
@Command(
        name = "up",
        header = "Start the whole network on loopback, with a synthetic population.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Starts the core system, the interface system and, for each institution of the sample registry, "
                    + "its intermediate server (中間サーバー) and its business system, each on its own loopback "
                    + "port with its own store under DIR/network. On first start it issues the synthetic "
                    + "population's numbers and every institution's codes, and each provider registers copies "
                    + "(副本) of the information it may provide. Later starts find the same population (same "
                    + "seed, same keys) and the stores as they were left.",
            "Prints each component's address and three example queries (allowed, refused by the table, "
                    + "held for staff), then runs until interrupted (Ctrl-C), and stops cleanly.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Stopped cleanly after an interrupt.",
            "1:Could not start: a port is taken, the data directory holds another population, or a store failed.",
            "2:Usage error."
        })
public final class UpCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "bango-data",
            description = "Data directory (default: ${DEFAULT-VALUE}); the network keeps its stores in DIR/network.")
    Path dataDir;

    @Option(names = "--residents", paramLabel = "N", defaultValue = "10000",
            description = "Residents of the synthetic population on first start (default: ${DEFAULT-VALUE}).")
    int residents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the synthetic population on first start (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7600",
            description = "Base port (default: ${DEFAULT-VALUE}): core PORT, interface system PORT+1, J-LIS PORT+2, "
                    + "intermediate server of institution n PORT+100+n, its business system PORT+200+n.")
    int port;

    /** Stops a running {@code up} from a test: counts down to end the run. */
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (residents < 1 || residents > 1_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--residents must be 1..1000000");
        }
        if (port < 1024 || port > 65_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 1024..65000");
        }
        Path root = dataDir.resolve("network");
        NetworkSettings settings;
        try {
            settings = NetworkSettings.openOrCreate(root, seed, residents);
        } catch (IOException | IllegalStateException e) {
            err.println("bango up: " + e.getMessage());
            return 1;
        }
        if (settings.seed() != seed || settings.residents() != residents) {
            err.printf("bango up: note: %s holds a population of %,d residents with seed %d; using it%n",
                    root, settings.residents(), settings.seed());
        }
        AnnexTable table = AnnexTable.bundled();
        InstitutionRegistry registry = InstitutionRegistry.sample();
        Authorizer authorizer = new Authorizer(table, registry);
        List<InstitutionId> ids = registry.all().stream().map(RegisteredInstitution::id).toList();

        long t0 = System.nanoTime();
        err.printf("issuing numbers for %,d residents and codes for %d institutions ...%n", settings.residents(), ids.size());
        err.flush();
        LinkedPopulation population = LinkedPopulation.issue(settings.seed(), settings.residents(), ids,
                Pkcs12KeyCustody.openOrCreate(root.resolve("jlis"), "keys"),
                Pkcs12KeyCustody.openOrCreate(root.resolve("core"), "keys"));
        err.printf("  done in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        IntermediateServer.Vocabulary vocabulary = NetworkBinding.vocabulary(table, registry);
        Authorization authorization = NetworkBinding.authorization(authorizer);
        List<AutoCloseable> running = new ArrayList<>();
        ScheduledExecutorService resender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "resend");
            t.setDaemon(true);
            return t;
        });
        Network network;
        try {
            network = Network.start(new Network.Plan(population.core(), authorization, ids, vocabulary, root, port,
                    Tracer.OFF, Faults.NONE));
        } catch (Exception e) {
            err.println("bango up: could not start the network: " + e.getMessage());
            return 1;
        }
        running.add(network);
        // Ctrl-C at any point (even while copies are registered) stops the services and closes the stores.
        Thread main = Thread.currentThread();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            main.interrupt();
            try {
                stopped.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bango-up-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int exit = 0;
        try {
            JlisService jlis = new JlisService((id, number) -> population.issuance().institution(id).codeFor(number),
                    i -> registry.find(new InstitutionId(i)).isPresent(), () -> population.issuance().jlis().issuedCount())
                    .start(port + 2);
            running.add(jlis);
            Map<String, URI> business = new LinkedHashMap<>();
            for (RegisteredInstitution i : registry.all()) {
                BusinessSystemService b = new BusinessSystemService(population.issuance().institution(i.id()),
                        network.server(i.id().value()).http().uri(), jlis.http().uri()).start(port + 200 + (int) i.id().value());
                running.add(b);
                business.put(i.handle(), b.http().uri());
            }
            List<Integer> checks = network.reportSelfChecks(ids, ConnectionRegistry.allInPlace());
            if (!checks.stream().allMatch(c -> c == 200)) {
                throw new IllegalStateException("a self-check report was not accepted: " + checks);
            }
            registerCopies(network, root, registry, authorizer, population, err);
            Examples examples = Examples.choose(table, registry, authorizer, population);
            examples.restrict(network);
            writeAddresses(root, network, registry, business, jlis.http().uri());
            resender.scheduleWithFixedDelay(() -> network.servers().values()
                    .forEach(s -> s.resendUnanswered(TimeUnit.SECONDS.toNanos(3))), 1, 1, TimeUnit.SECONDS);

            out.println("bango network up (data in " + root + ")");
            out.printf("  %-32s %s%n", "J-LIS", jlis.http().uri());
            network.addresses().forEach((name, uri) -> out.printf("  %-32s %s%n", name, uri));
            business.forEach((handle, uri) -> out.printf("  %-32s %s%n", "business system " + handle, uri));
            out.println();
            out.println("Example queries (in another terminal):");
            examples.print(out, dataDir);
            out.println();
            out.println("Ctrl-C stops the network.");
            out.flush();
            stop.await();
        } catch (InterruptedException e) {
            err.println("bango up: interrupted; stopping");
        } catch (Exception e) {
            err.println("bango up: " + e.getMessage());
            exit = 1;
        } finally {
            resender.shutdownNow();
            Files.deleteIfExists(root.resolve(NetworkSettings.ADDRESSES));
            java.util.Collections.reverse(running);
            for (AutoCloseable c : running) {
                try {
                    c.close();
                } catch (Exception e) {
                    err.println("bango up: " + c + " did not stop cleanly: " + e);
                }
            }
            err.println("bango network stopped");
            err.flush();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: we are stopping because of it
            }
        }
        return exit;
    }

    /** Written in a provider's directory once its copies are all registered. */
    static final String COPIES_DONE = "copies.registered";

    /**
     * IS-2: every provider's business system registers, once, copies of each category it may provide
     * for the residents it holds information about (see {@link SyntheticCopies#covered}). A provider
     * whose registration was interrupted registers again (registration replaces copies).
     */
    static void registerCopies(Network network, Path root, InstitutionRegistry registry, Authorizer authorizer,
            LinkedPopulation population, PrintWriter err) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (RegisteredInstitution p : registry.all()) {
            IntermediateServer server = network.server(p.id().value());
            Set<Category> providable = authorizer.providable(p.id());
            Path done = root.resolve("intermediate").resolve("I" + p.id().value()).resolve(COPIES_DONE);
            if (Files.exists(done) || providable.isEmpty()) {
                continue;
            }
            long t0 = System.nanoTime();
            ArrayNode batch = JsonHttpServer.JSON.createArrayNode();
            int registered = 0;
            for (int k = 0; k < population.size(); k++) {
                String code = null;
                for (Category c : providable) {
                    if (!SyntheticCopies.covered(c.name(), p.id().value(), k)) {
                        continue;
                    }
                    if (code == null) {
                        code = population.code(p.id(), population.number(k)).text();
                    }
                    ObjectNode copy = batch.addObject();
                    copy.put("code", code).put("category", c.name());
                    copy.set("data", SyntheticCopies.data(c.name(), p.id().value(), k));
                }
                if (batch.size() >= 10_000 || (k == population.size() - 1 && batch.size() > 0)) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.http().uri().resolve("/v1/copies"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IOException(p.handle() + " could not register copies: " + r.body());
                    }
                    registered += batch.size();
                    batch.removeAll();
                }
            }
            Files.writeString(done, registered + "\n");
            err.printf("  %s registered %,d copies of %d categories (%.1f s)%n", p.name(), registered, providable.size(),
                    (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
    }

    private static void writeAddresses(Path root, Network network, InstitutionRegistry registry,
            Map<String, URI> business, URI jlis) throws IOException {
        ObjectNode a = JsonHttpServer.JSON.createObjectNode();
        a.put("jlis", jlis.toString());
        a.put("core", network.core().http().uri().toString());
        a.put("interface", network.interfaceSystem().http().uri().toString());
        ObjectNode servers = a.putObject("intermediate");
        ObjectNode systems = a.putObject("business");
        for (RegisteredInstitution i : registry.all()) {
            servers.put(i.handle(), network.server(i.id().value()).http().uri().toString());
            systems.put(i.handle(), business.get(i.handle()).toString());
        }
        Path tmp = root.resolve(NetworkSettings.ADDRESSES + ".tmp");
        JsonHttpServer.JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), a);
        Files.move(tmp, root.resolve(NetworkSettings.ADDRESSES), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The running network's addresses, as {@code up} wrote them. */
    static Optional<JsonNode> addresses(Path dataDir) throws IOException {
        Path f = dataDir.resolve("network").resolve(NetworkSettings.ADDRESSES);
        return Files.isRegularFile(f) ? Optional.of(JsonHttpServer.JSON.readTree(f.toFile())) : Optional.empty();
    }
}
