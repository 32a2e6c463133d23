package bango.annex;

import bango.codes.InstitutionId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A concrete institution of the network (情報照会者・情報提供者): a ministry, a pension service, a
 * health insurer, a prefecture's governor, a municipality's mayor.
 *
 * @param id                  its id in the core system
 * @param handle              a short ASCII name for the command line ({@code mhlw}, {@code chiyoda})
 * @param name                its Japanese name (厚生労働大臣, 千代田区長)
 * @param types               every type of Annex Table 2 it answers to, classes included (a 特別区の
 *                            区長 is also 市町村長, 都道府県知事等 and 医療保険者), in the order given
 * @param assessmentPublished its privacy impact assessment (特定個人情報保護評価) is published
 *                            (番号利用法 28条); without it, it may not be asked for information
 *                            (21条2項)
 */
public record RegisteredInstitution(InstitutionId id, String handle, String name, Set<InstitutionType> types,
        boolean assessmentPublished) {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RegisteredInstitution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(handle, "handle");
        if (!HANDLE.matcher(handle).matches()) {
            throw new IllegalArgumentException("a handle is lower-case ASCII letters and digits in words joined by"
                    + " '-', not '" + handle + "'");
        }
        Names.requireName(name, "an institution");
        for (InstitutionType t : Objects.requireNonNull(types, "types")) {
            Objects.requireNonNull(t, "an institution type of " + name);
        }
        types = Collections.unmodifiableSet(new LinkedHashSet<>(types));
        if (types.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one institution type");
        }
    }
}
