package bango.network.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A line between two services: batches of JSON, losses reported, at most once. */
@Covers("NET-5")
class LinkTest {

    HttpClient client;
    final List<List<Integer>> batches = new ArrayList<>();
    final List<Object> lost = new ArrayList<>();
    final CountDownLatch gate = new CountDownLatch(1);
    volatile boolean gated;
    JsonHttpServer target;

    @BeforeEach
    void start() throws Exception {
        client = new HttpClient();
        client.start();
        target = new JsonHttpServer("target")
                .route("POST", "/v1/in", (p, body) -> {
                    if (gated) {
                        gate.await(10, TimeUnit.SECONDS);
                    }
                    List<Integer> batch = new ArrayList<>();
                    for (JsonNode n : body) {
                        batch.add(n.get("n").asInt());
                    }
                    synchronized (batches) {
                        batches.add(batch);
                    }
                    return null;
                })
                .route("POST", "/v1/refuse", (p, body) -> {
                    throw ApiException.unprocessable("no", "refused");
                })
                .start(0);
    }

    @AfterEach
    void stop() throws Exception {
        client.stop(); // first: the target's stop would wait for the client's idle connection
        target.close();
    }

    Link link(String path) {
        return new Link("test", client, URI.create(target.uri() + path), l -> {
            synchronized (lost) {
                lost.addAll(l);
            }
        });
    }

    List<Integer> delivered() {
        synchronized (batches) {
            return batches.stream().flatMap(List::stream).toList();
        }
    }

    @Test
    void messagesArriveInOrderAsJsonArrays() {
        Link l = link("/v1/in");
        for (int i = 0; i < 20; i++) {
            l.send(Map.of("n", i));
        }
        l.close();
        assertEquals(java.util.stream.IntStream.range(0, 20).boxed().toList(), delivered());
        assertEquals(List.of(), lost);
        assertEquals(0, l.backlog());
    }

    /** Waits until {@code n} messages have arrived and the line has had the reply to their POST. */
    void awaitDelivered(Link l, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((delivered().size() < n || l.holding()) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    @Test
    void messagesThatFindNoPostUnderWayWaitTheLingerAndShareAPost() throws Exception {
        Link l = new Link("test", client, URI.create(target.uri() + "/v1/in"), lost::addAll, Duration.ofMillis(400));
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            l.send(Map.of("n", i));
        }
        Thread.sleep(50);
        assertEquals(List.of(), delivered(), "nothing leaves before the linger is over");
        awaitDelivered(l, 5);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(400), "the first waited the linger");
        l.send(Map.of("n", 5)); // the line is idle again: this one waits too
        l.close();
        synchronized (batches) {
            assertEquals(List.of(List.of(0, 1, 2, 3, 4), List.of(5)), batches, "one POST carried the first five");
        }
        // Without a linger the first leaves at once, alone (the others queue behind its POST).
        batches.clear();
        gated = true;
        Link now = link("/v1/in");
        for (int i = 0; i < 5; i++) {
            now.send(Map.of("n", i));
        }
        gate.countDown();
        now.close();
        synchronized (batches) {
            assertEquals(List.of(List.of(0), List.of(1, 2, 3, 4)), batches);
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void theLineCountsItsPostsMessagesWaitsAndRoundTrips() throws Exception {
        gated = true;
        Link l = link("/v1/in");
        assertEquals(new Link.Traffic(0, 0, 0, 0), l.traffic());
        for (int i = 0; i < 5; i++) {
            l.send(Map.of("n", i)); // the first leaves at once; the other four wait behind its POST
        }
        Link.Traffic first = l.traffic();
        Thread.sleep(200);
        gate.countDown();
        l.close();
        Link.Traffic t = l.traffic();
        assertEquals(2, t.posts(), t.toString());
        assertEquals(5, t.messages(), t.toString());
        long held = TimeUnit.MILLISECONDS.toNanos(200);
        assertTrue(t.waitNanos() >= 4 * held * 9 / 10, "four waited for the first POST's reply: " + t);
        assertTrue(t.roundTripNanos() >= held * 9 / 10, "the first POST's reply came after the gate: " + t);
        Link.Traffic since = t.since(first);
        assertEquals(1, since.posts(), "the second POST came after the first snapshot: " + since);
        assertEquals(4, since.messages(), since.toString());
        assertEquals(List.of(), lost);
    }

    @Test
    void aLingerIsZeroToOneSecond() {
        URI to = URI.create(target.uri() + "/v1/in");
        assertThrows(IllegalArgumentException.class, () -> new Link("x", client, to, l -> { }, Duration.ofNanos(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Link("x", client, to, l -> { }, Duration.ofMillis(1001)));
        new Link("x", client, to, l -> { }, Duration.ofSeconds(1)).close();
    }

    @Test
    void aLineWhoseClientHasStoppedDoesNotWaitForItsScheduler() throws Exception {
        Link l = new Link("test", client, URI.create(target.uri() + "/v1/in"), lost::addAll, Duration.ofSeconds(1));
        client.stop();
        l.send(Map.of("n", 1));
        l.close();
        assertEquals(0, l.backlog(), "sent at once (and lost: the client is stopped), not left waiting");
        assertEquals(List.of(Map.of("n", 1)), lost);
    }

    @Test
    void underLoadBatchesGrowToTheirLimit() throws Exception {
        gated = true;
        Link l = link("/v1/in");
        l.send(Map.of("n", 0));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (l.backlog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1); // the first batch is on its way, held at the target
        }
        for (int i = 1; i <= 1100; i++) {
            l.send(Map.of("n", i));
        }
        assertEquals(1100, l.backlog());
        gate.countDown();
        l.close();

        assertEquals(1101, delivered().size());
        List<Integer> sizes = batches.stream().map(List::size).toList();
        assertEquals(List.of(1, 512, 512, 76), sizes);
    }

    @Test
    void aRefusedBatchIsLostAndReported() {
        Link l = link("/v1/refuse");
        l.send(Map.of("n", 1));
        l.send(Map.of("n", 2));
        l.close();
        assertEquals(2, lost.size());
        assertEquals(List.of(Map.of("n", 1), Map.of("n", 2)), lost);
    }

    @Test
    void anUnreachableTargetLosesTheBatch() throws Exception {
        JsonHttpServer gone = new JsonHttpServer("gone").start(0);
        URI address = gone.uri();
        gone.close();
        Link l = new Link("test", client, URI.create(address + "/v1/in"), m -> {
            synchronized (lost) {
                lost.addAll(m);
            }
        });
        l.send(Map.of("n", 1));
        l.close();
        assertEquals(List.of(Map.of("n", 1)), lost);
    }

    @Test
    void afterTheCloseAMessageIsLostAtOnce() {
        Link l = link("/v1/in");
        l.close();
        l.send(Map.of("n", 9));
        assertEquals(List.of(Map.of("n", 9)), lost);
        assertEquals(0, l.backlog());
        assertTrue(l.toString().startsWith("Link[test -> http://127.0.0.1:"), l.toString());
        assertTrue(l.toString().endsWith("/v1/in]"), l.toString());
    }

    @Test
    void aCloseWaitsForTheBatchInFlightAndTheQueue() throws Exception {
        gated = true;
        Link l = link("/v1/in");
        l.send(Map.of("n", 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (l.backlog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1); // the first batch is on its way, held at the target
        }
        l.send(Map.of("n", 2));
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            gate.countDown();
        });
        opener.start();
        long t0 = System.nanoTime();
        l.close();
        assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(90), "the close waited for the gate");
        assertEquals(List.of(1, 2), delivered());
        assertEquals(List.of(), lost);
        opener.join();
    }

    @Test
    void aCloseFromAnInterruptedThreadKeepsTheInterrupt() {
        Link l = link("/v1/in");
        Thread.currentThread().interrupt();
        l.close();
        assertTrue(Thread.interrupted(), "still interrupted (and now cleared)");
    }

    @Test
    void itNeedsEveryPart() {
        URI u = URI.create("http://127.0.0.1:1/x");
        assertThrows(NullPointerException.class, () -> new Link(null, client, u, m -> { }));
        assertThrows(NullPointerException.class, () -> new Link("x", null, u, m -> { }));
        assertThrows(NullPointerException.class, () -> new Link("x", client, null, m -> { }));
        assertThrows(NullPointerException.class, () -> new Link("x", client, u, null));
        Link l = new Link("x", client, u, m -> { });
        assertThrows(NullPointerException.class, () -> l.send(null));
        l.close();
    }
}
