package bango.network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * NET-7: the ministry's register of connected institutions (接続機関). Each institution periodically
 * checks its safety measures against the connection rules (情報提供ネットワークシステム接続運用規程,
 * 安全管理措置) and reports to the ministry (総務省, seed 第2); the network system relays for an
 * institution only while its latest report is complete and not older than the period.
 *
 * <p>The measures listed are those the seed names from the rules' safety measures; the rules
 * themselves are not public in full, so the list is illustrative.
 */
public final class ConnectionRegistry {

    /** The safety measures a self-check must report as in place. */
    public static final Set<String> MEASURES = Set.of(
            "closed-network",      // 行政専用の閉鎖的なネットワーク, cut off from the Internet (IS-6)
            "separate-lines",      // 回線の分離 (VPN per local government, IS-6)
            "encrypted-store",     // 暗号化されたデータベース, accessible to the institution only (IS-4)
            "log-inspection",      // ログの取得・管理・点検・分析 (LOG-2)
            "staff-secrecy");      // 秘密保持義務の周知 (番号利用法25条, LOG-4)

    /** How long an accepted self-check stays valid: the check is periodic. */
    public static final Duration PERIOD = Duration.ofDays(365);

    /** An accepted self-check report. */
    public record Acceptance(long institution, Instant reportedAt) {
    }

    private final Map<Long, Acceptance> accepted = new ConcurrentHashMap<>();

    /**
     * Takes a self-check report: accepted if every measure of {@link #MEASURES} is reported in place.
     *
     * @return the measures missing (empty: accepted, the institution is connected)
     * @throws IllegalArgumentException if the report names a measure the rules do not have
     */
    public List<String> report(long institution, Map<String, Boolean> measures, Instant reportedAt) {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(reportedAt, "reportedAt");
        for (String m : measures.keySet()) {
            if (!MEASURES.contains(m)) {
                throw new IllegalArgumentException("the connection rules have no measure '" + m + "'");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String m : new TreeSet<>(MEASURES)) {
            if (!Boolean.TRUE.equals(measures.get(m))) {
                missing.add(m);
            }
        }
        if (missing.isEmpty()) {
            accepted.merge(institution, new Acceptance(institution, reportedAt),
                    (a, b) -> a.reportedAt().isAfter(b.reportedAt()) ? a : b);
        }
        return missing;
    }

    /** Whether {@code institution} is connected at {@code now}: its accepted self-check is within the period. */
    public boolean connected(long institution, Instant now) {
        Acceptance a = accepted.get(institution);
        return a != null && !now.isAfter(a.reportedAt().plus(PERIOD)) && !now.isBefore(a.reportedAt());
    }

    public boolean connected(long institution) {
        return connected(institution, Instant.now());
    }

    public Optional<Acceptance> acceptance(long institution) {
        return Optional.ofNullable(accepted.get(institution));
    }

    /** Every measure in place: what a fully compliant institution reports. */
    public static Map<String, Boolean> allInPlace() {
        Map<String, Boolean> m = new java.util.TreeMap<>();
        MEASURES.forEach(x -> m.put(x, true));
        return m;
    }
}
