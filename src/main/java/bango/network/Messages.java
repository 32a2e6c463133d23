package bango.network;

/**
 * The messages of the Information Provision Network System, as they travel between the services
 * (one JSON object each, in batches). They follow {@code Linkage.tla}'s message types: a query
 * (inquirer to core through the interface system), a notice (core to provider through the interface
 * system), data (provider to the interface system only), a report (to the core, never with data),
 * a release (core to the interface system), an answer (interface system to inquirer) and a status
 * (held or refused, to the inquirer). Institutions are their ids; persons are codes in the
 * receiving party's own code space; serials are the inquirer's processing serials (処理通番).
 */
public final class Messages {

    private Messages() {
    }

    /** NET-1: the inquirer's query, with its own code for the person. */
    public record Query(long inquirer, long serial, int item, long provider, String category, String code,
            long requestedAt) {
    }

    /** NET-2, NET-3: the core's notice to the provider, with the provider's code for the person. */
    public record Notice(long inquirer, long serial, int item, long provider, String category, String code,
            long requestedAt) {
    }

    /** NET-3, NET-4: the provider's data for the inquirer, to the interface system only. */
    public record Data(long inquirer, long serial, long provider, String payload) {
    }

    /** Outcomes a provider reports to the core. */
    public static final String PROVIDED = "provided";
    public static final String HELD = "held";
    public static final String REFUSED = "refused";

    /** A provider's outcome for the core's records (LOG-1), without the data (NET-4). */
    public record Report(long inquirer, long serial, long provider, String outcome, String reason) {
    }

    /** The core's permission to the interface system to release parked data: its record is durable. */
    public record Release(long inquirer, long serial) {
    }

    /** The released data, to the inquirer. */
    public record Answer(long inquirer, long serial, long provider, String payload) {
    }

    /** A hold or a refusal, to the inquirer, with the reason. */
    public record Status(long inquirer, long serial, String status, String reason) {
    }
}
