package bango.annex;

import java.util.Objects;

/** What {@link Authorizer#decide} answers to a query (NET-2). */
public sealed interface Decision permits Decision.Allow, Decision.Deny {

    /** The query is lawful under {@code item}: the core system may notify the provider. */
    record Allow(int item) implements Decision {
    }

    /**
     * The query is refused.
     *
     * @param reason the first check that failed
     * @param detail exactly why, naming the institutions, the item and the category
     *               ({@code item 1 does not let 日本年金機構 ask})
     */
    record Deny(Refusal reason, String detail) implements Decision {

        public Deny {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
