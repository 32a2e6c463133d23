package bango.network.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;

/**
 * A one-way line from one service to one endpoint of another (e.g. the interface system's line to
 * the core's {@code /v1/queries}). Messages are queued and sent in batches, as one JSON array per
 * POST: under no load a message leaves at once, under load batches grow. A message is sent at most
 * once by the link; one that cannot be delivered is lost (the caller learns it through
 * {@code onLost}) and the inquirer's resend under the same serial recovers it, as in the spec,
 * where the network may lose messages.
 */
public final class Link implements AutoCloseable {

    /** Most messages per POST. */
    static final int MAX_BATCH = 512;

    private final String name;
    private final HttpClient client;
    private final URI target;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Consumer<List<Object>> onLost;
    private final Thread sender;
    private volatile boolean closed;

    /**
     * @param name the line's name, e.g. {@code interface->core/queries}, for its thread
     * @param client the process's HTTP client
     * @param target the endpoint's full address
     * @param onLost called with the messages of a batch that could not be delivered
     */
    public Link(String name, HttpClient client, URI target, Consumer<List<Object>> onLost) {
        this.name = Objects.requireNonNull(name, "name");
        this.client = Objects.requireNonNull(client, "client");
        this.target = Objects.requireNonNull(target, "target");
        this.onLost = Objects.requireNonNull(onLost, "onLost");
        this.sender = new Thread(this::run, "link " + name);
        sender.setDaemon(true);
        sender.start();
    }

    /** Queues {@code message} (a record or JSON node Jackson can write). */
    public void send(Object message) {
        if (closed) {
            onLost.accept(List.of(message));
            return;
        }
        queue.add(Objects.requireNonNull(message, "message"));
    }

    private void run() {
        List<Object> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Object first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                post(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void post(List<Object> batch) {
        try {
            ArrayNode array = JsonHttpServer.JSON.createArrayNode();
            for (Object m : batch) {
                array.addPOJO(m);
            }
            byte[] body = JsonHttpServer.JSON.writeValueAsBytes(array);
            ContentResponse r = client.POST(target)
                    .body(new BytesRequestContent("application/json", body))
                    .timeout(10, TimeUnit.SECONDS)
                    .send();
            if (r.getStatus() >= 300) {
                onLost.accept(List.copyOf(batch));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onLost.accept(List.copyOf(batch));
        } catch (Exception e) {
            onLost.accept(List.copyOf(batch));
        }
    }

    /** Messages waiting to be sent. */
    public int backlog() {
        return queue.size();
    }

    /** Lets the sender stop once the queue is empty, without waiting for it (see {@link #close}). */
    public void finish() {
        closed = true;
    }

    /** Sends what is queued, then stops the sender. */
    @Override
    public void close() {
        closed = true;
        try {
            sender.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Link[" + name + " -> " + target + "]";
    }
}
