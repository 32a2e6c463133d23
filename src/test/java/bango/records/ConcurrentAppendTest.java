package bango.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import bango.records.VerificationResult.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many linkages record at once: every append is durable exactly once, each thread's records stay
 * in its order, a record whose append completed is found at once, and the chain holds.
 */
@Covers({"LOG-1", "LOG-4"})
@Timeout(120)
class ConcurrentAppendTest {

    static final int THREADS = 8;
    static final int PER_THREAD = 250;

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    @Test
    void everyAppendOfManyThreadsIsDurableOnceInItsThreadsOrder() throws Exception {
        Path journal = dir.resolve("core.journal");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        List<ProvisionRecord> expected = new ArrayList<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicBoolean appending = new AtomicBoolean(true);
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> appenders = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                InstitutionId inquirer = new InstitutionId(100 + t);
                List<ProvisionRecord> mine = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    // Every fourth serial repeats the one before: a second record of the same serial.
                    long serial = i - (i % 4 == 3 ? 1 : 0);
                    ProvisionRecord r = Records.request(inquirer, serial);
                    mine.add(i % 4 == 3 ? r.provided(Records.T0.plusSeconds(i)) : r);
                }
                expected.addAll(mine);
                appenders.add(pool.submit(() -> {
                    start.await();
                    for (ProvisionRecord r : mine) {
                        log.append(r).join();
                        // Durable means findable, from the moment the append completes.
                        if (!log.find(r.inquirer(), r.serial()).contains(r)) {
                            problems.add("not found right after its append: " + r);
                        }
                    }
                    return null;
                }));
            }
            // A reader all along: what it reads is always a prefix of what ends up in the journal.
            Future<List<Integer>> reader = pool.submit(() -> {
                List<Integer> sizes = new ArrayList<>();
                start.await();
                while (appending.get()) {
                    sizes.add(log.readAll().size());
                    Thread.sleep(5);
                }
                return sizes;
            });
            start.countDown();
            for (Future<?> f : appenders) {
                f.get();
            }
            appending.set(false);
            List<Integer> sizes = reader.get();
            for (int i = 1; i < sizes.size(); i++) {
                assertTrue(sizes.get(i) >= sizes.get(i - 1), "readAll never shrinks");
            }
            assertEquals(List.of(), List.copyOf(problems));

            List<ProvisionRecord> all = log.readAll();
            assertEquals(THREADS * PER_THREAD, all.size());
            assertEquals(new HashSet<>(expected), new HashSet<>(all), "every record, none other");
            Map<InstitutionId, List<ProvisionRecord>> byThread = new HashMap<>();
            for (ProvisionRecord r : all) {
                byThread.computeIfAbsent(r.inquirer(), k -> new ArrayList<>()).add(r);
            }
            for (int t = 0; t < THREADS; t++) {
                assertEquals(expected.subList(t * PER_THREAD, (t + 1) * PER_THREAD),
                        byThread.get(new InstitutionId(100 + t)), "in the thread's order");
            }
            Set<ProvisionRecord> seen = new HashSet<>();
            for (ProvisionRecord r : all) {
                assertTrue(seen.add(r), "exactly once: " + r);
            }
        } finally {
            pool.shutdownNow();
        }
        VerificationResult v = JournalRecordLog.verify(journal);
        assertEquals(Status.INTACT, v.status());
        assertEquals(THREADS * PER_THREAD, v.records());
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            assertEquals(expected.size(), log.readAll().size());
            InstitutionId some = new InstitutionId(107);
            assertEquals(List.of(Records.request(some, 10), Records.request(some, 10).provided(Records.T0.plusSeconds(11))),
                    log.find(some, 10));
        }
    }
}
