package bango.store;

import bango.codes.InstitutionId;
import bango.register.Municipality;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A party that keeps data of its own, apart from every other party's: J-LIS, the core system, one
 * municipality (its resident register) or one institution.
 *
 * @param kind which kind of party
 * @param id the municipality's local-government code or the institution's id; empty for J-LIS and
 *     the core
 */
public record Party(Kind kind, String id) {

    /** The kinds of party that keep a store. */
    public enum Kind {
        JLIS, CORE, MUNICIPALITY, INSTITUTION
    }

    public static final Party JLIS = new Party(Kind.JLIS, "");
    public static final Party CORE = new Party(Kind.CORE, "");

    public Party {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        boolean needsId = kind == Kind.MUNICIPALITY || kind == Kind.INSTITUTION;
        if (needsId == id.isEmpty()) {
            throw new IllegalArgumentException(needsId ? "a municipality or institution needs an id"
                    : "J-LIS and the core system have no id");
        }
        if (kind == Kind.MUNICIPALITY && !Municipality.isValidCode(id)) {
            throw new IllegalArgumentException("a municipality is named by its local-government code");
        }
        if (kind == Kind.INSTITUTION && !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an institution is named by its numeric id");
        }
    }

    public static Party municipality(Municipality municipality) {
        return new Party(Kind.MUNICIPALITY, municipality.code());
    }

    public static Party institution(InstitutionId institution) {
        return new Party(Kind.INSTITUTION, Long.toString(institution.value()));
    }

    /** The party's schema name, lower case: {@code jlis}, {@code core}, {@code m131016}, {@code i1}. */
    public String schema() {
        return switch (kind) {
            case JLIS -> "jlis";
            case CORE -> "core";
            case MUNICIPALITY -> "m" + id;
            case INSTITUTION -> "i" + id;
        };
    }

    /**
     * The party's directory under a data directory: {@code jlis}, {@code core},
     * {@code municipalities/131016}, {@code institutions/I1}.
     */
    public Path directory(Path root) {
        return switch (kind) {
            case JLIS -> root.resolve("jlis");
            case CORE -> root.resolve("core");
            case MUNICIPALITY -> root.resolve("municipalities").resolve(id);
            case INSTITUTION -> root.resolve("institutions").resolve("I" + id);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case JLIS -> "J-LIS";
            case CORE -> "core system";
            case MUNICIPALITY -> "municipality " + id;
            case INSTITUTION -> "institution I" + id;
        };
    }
}
