package bango.records;
public record ProvisionRecord(RecordKind kind, bango.codes.InstitutionId inquirer, bango.codes.InstitutionId provider,
        int item, String category, long serial, String person, java.time.Instant requestedAt,
        java.time.Instant providedAt, String reason) {}
