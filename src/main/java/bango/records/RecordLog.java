package bango.records;
public interface RecordLog extends AutoCloseable {
    java.util.concurrent.CompletableFuture<Void> append(ProvisionRecord r);
    java.util.List<ProvisionRecord> readAll();
    java.util.List<ProvisionRecord> find(bango.codes.InstitutionId inquirer, long serial);
    void close();
}
