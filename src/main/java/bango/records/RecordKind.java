package bango.records;

/** What happened (LOG-1): the kinds of provision record (提供等の記録) a party keeps. */
public enum RecordKind {
    /** A request for information (情報照会): sent by the inquirer, passed on by the core, received by the provider. */
    REQUEST,
    /** A provision of information (情報提供). */
    PROVISION,
    /** A query held for a staff decision instead of answered automatically (自動応答の制限, IS-7). */
    HOLD,
    /** A query refused: not allowed by Annex Table 2, no copy to answer from, or a party unable to record. */
    REFUSAL
}
