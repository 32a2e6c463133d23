package bango.records;
public final class RecordFailure extends RuntimeException { public RecordFailure(String m) { super(m); } }
