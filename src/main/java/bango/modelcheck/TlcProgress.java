package bango.modelcheck;

/**
 * A progress report TLC prints while it runs (message 2200, about once a minute).
 *
 * @param depth     the search depth reached, -1 if TLC did not say
 * @param generated states generated so far
 * @param distinct  distinct states found so far
 * @param queue     states left on the queue
 * @param text      TLC's text
 */
public record TlcProgress(int depth, long generated, long distinct, long queue, String text) {
}
