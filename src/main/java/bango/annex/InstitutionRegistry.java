package bango.annex;

import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The institutions of the network, by id, handle and name. Ids, handles and names are unique; a
 * handle never equals another institution's name.
 */
public final class InstitutionRegistry {

    /** The one sample institution whose privacy impact assessment is not published. */
    public static final String UNPUBLISHED_SAMPLE = "tokyo-kyosai";

    private final List<RegisteredInstitution> all;
    private final Map<InstitutionId, RegisteredInstitution> byId = new HashMap<>();
    private final Map<String, RegisteredInstitution> byHandleOrName = new HashMap<>();

    private InstitutionRegistry(Collection<RegisteredInstitution> institutions) {
        this.all = List.copyOf(institutions);
        for (RegisteredInstitution i : all) {
            if (byId.putIfAbsent(i.id(), i) != null) {
                throw new IllegalArgumentException("two institutions have the id " + i.id());
            }
            for (String key : new LinkedHashSet<>(List.of(i.handle(), i.name()))) {
                RegisteredInstitution other = byHandleOrName.putIfAbsent(key, i);
                if (other != null) {
                    throw new IllegalArgumentException(i.id() + " and " + other.id() + " are both called '" + key + "'");
                }
            }
        }
    }

    /**
     * A registry of these institutions.
     *
     * @throws IllegalArgumentException if two share an id, or a handle or name
     */
    public static InstitutionRegistry of(Collection<RegisteredInstitution> institutions) {
        return new InstitutionRegistry(institutions);
    }

    /**
     * Thirteen institutions with ids 1 to 13, to try the table with (see the package documentation):
     * each is given the types of its own kind, and {@link AnnexTable#closure} of the bundled table
     * adds the classes they belong to.
     */
    public static InstitutionRegistry sample() {
        return Sample.REGISTRY;
    }

    private static final class Sample {
        static final InstitutionRegistry REGISTRY = build(AnnexTable.bundled());

        /** Pays pensions under 国民年金法 or another law (国民年金法その他の法令による…). */
        static final String PENSION_PAYER = "国民年金法その他の法令による年金である給付の支給を行うこととされている者";
        static final String BENEFIT_PAYER = "国民年金法その他の法令による給付の支給を行うこととされている者";

        static InstitutionRegistry build(AnnexTable table) {
            List<RegisteredInstitution> list = new ArrayList<>();
            Sample s = new Sample(table, list);
            s.add("mhlw", "厚生労働大臣", "厚生労働大臣", "行政機関の長", PENSION_PAYER, BENEFIT_PAYER);
            s.add("nenkin", "日本年金機構", "日本年金機構");
            s.add("moj", "法務大臣", "法務大臣", "行政機関の長");
            s.add("cao", "内閣総理大臣", "内閣総理大臣", "行政機関の長");
            s.add("kyokai", "全国健康保険協会", "全国健康保険協会");
            s.add("kenpo-1", "関東ITソフトウェア健康保険組合", "健康保険組合");
            s.add("tokyo-pref", "東京都知事", "都道府県知事", "地方公共団体の機関");
            s.add("chiyoda", "千代田区長", "特別区の区長", "地方公共団体の機関");
            s.add("yokohama", "横浜市長", "市長", "地方公共団体の機関");
            s.add("okutama", "奥多摩町長", "町村長", "地方公共団体の機関");
            s.add("ishi-kokuho", "東京都医師国民健康保険組合", "国民健康保険組合");
            s.add(UNPUBLISHED_SAMPLE, "東京都職員共済組合", "地方公務員共済組合", "共済組合", PENSION_PAYER);
            s.add("jasso", "独立行政法人日本学生支援機構", "独立行政法人日本学生支援機構", "独立行政法人等");
            return of(list);
        }

        private final AnnexTable table;
        private final List<RegisteredInstitution> list;

        private Sample(AnnexTable table, List<RegisteredInstitution> list) {
            this.table = table;
            this.list = list;
        }

        private void add(String handle, String name, String... types) {
            Set<InstitutionType> own = new LinkedHashSet<>();
            for (String t : types) {
                own.add(new InstitutionType(t));
            }
            list.add(new RegisteredInstitution(new InstitutionId(list.size() + 1L), handle, name, table.closure(own),
                    !handle.equals(UNPUBLISHED_SAMPLE)));
        }
    }

    /**
     * One institution for every institution type of {@code table}, with ids from 1 in the order of
     * {@link AnnexTable#institutionTypes()}, handles {@code type-1}, {@code type-2}, ..., the type's
     * name as name, the type's {@linkplain AnnexTable#closure closure} as types, and published
     * assessments: every rule of the table has an inquirer and a provider here.
     */
    public static InstitutionRegistry onePerType(AnnexTable table) {
        List<RegisteredInstitution> list = new ArrayList<>();
        for (InstitutionType t : table.institutionTypes()) {
            long id = list.size() + 1L;
            list.add(new RegisteredInstitution(new InstitutionId(id), "type-" + id, t.name(), table.closure(Set.of(t)),
                    true));
        }
        return of(list);
    }

    public Optional<RegisteredInstitution> find(InstitutionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The institution with this handle ({@code mhlw}) or this name (厚生労働大臣). */
    public Optional<RegisteredInstitution> find(String handleOrName) {
        return Optional.ofNullable(byHandleOrName.get(handleOrName));
    }

    /** Every institution, in the order given. */
    public List<RegisteredInstitution> all() {
        return all;
    }
}
