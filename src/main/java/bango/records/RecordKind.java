package bango.records;
public enum RecordKind { REQUEST, PROVISION, HOLD, REFUSAL }
