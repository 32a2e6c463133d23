package bango.network;

/** A query's identity across the network: the inquirer and its processing serial (処理通番). */
public record Key(long inquirer, long serial) {
}
