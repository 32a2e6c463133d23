package bango.network;

/** A query's identity across the network: the inquirer and its processing serial (処理通番). */
public record Key(long inquirer, long serial) {

    /**
     * Mixes both parts. A record's own hash ({@code 31 * inquirer + serial}, in effect) gives the
     * same value to (i, s) and (i + 1, s - 31): with a dozen inquirers counting serials from 1,
     * the maps keyed by it (the core's decisions, a provider's outcomes) fill bins with collisions.
     */
    @Override
    public int hashCode() {
        long h = (inquirer * 0x9E3779B97F4A7C15L) ^ serial;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && k.inquirer == inquirer && k.serial == serial;
    }
}
