package bango.records;

/**
 * The unfinished end of a journal that opening it cut off: the lines of a batch whose writing was
 * interrupted (a crash), none of which had been reported durable.
 *
 * @param firstLine the first line cut off, counted from 1
 * @param lines how many lines (the last possibly incomplete) were cut off
 * @param bytes how many bytes were cut off
 */
public record TornTail(long firstLine, long lines, long bytes) {
}
