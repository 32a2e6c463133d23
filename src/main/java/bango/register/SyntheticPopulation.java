package bango.register;

import bango.identity.ResidentCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A reproducible synthetic population for tests and benchmarks: resident {@code i} of seed
 * {@code s} is a pure function of {@code (s, i)}, so the same seed gives the same population byte
 * for byte on any JVM (the generator uses its own SplitMix64 arithmetic, not {@code java.util.Random}),
 * any prefix of it can be regenerated, and a parallel stream yields the same residents.
 *
 * <ul>
 *   <li>Resident codes (住民票コード) are unique: the 10 digits before the check digit are a keyed
 *       permutation of the index over [0, 10^10) (a balanced Feistel network on two 5-digit
 *       halves), so no two residents of one population share a code, up to 10^10 residents, with
 *       no set to remember. They look random but are not secret: the permutation is not a cipher.
 *   <li>Names are drawn from embedded lists of common family names and of given names typical of
 *       the resident's birth period, with katakana readings.
 *   <li>The municipality is one of {@link #MUNICIPALITIES}, each equally likely; the street part
 *       of the address (町名, 丁目, 番, 号) is synthetic and need not exist there.
 *   <li>Dates of birth are uniform over the 100 years before {@link #REFERENCE_DATE}; the sex is
 *       male or female with equal chance.
 * </ul>
 *
 * <p>Changing any list or draw changes every population: {@code SyntheticPopulationTest} pins a
 * digest so that happens only on purpose.
 */
public final class SyntheticPopulation {

    /** Ages are counted back from this date: births fall in [1926-01-01, 2025-12-31]. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    /** At most this many residents per population: one per 10-digit resident code body. */
    public static final long MAX_SIZE = 10_000_000_000L;

    /** Real municipalities across Japan with their real local-government codes (全国地方公共団体コード). */
    public static final List<Municipality> MUNICIPALITIES = List.of(
            Municipality.of("011002", "北海道", "札幌市"),
            Municipality.of("012025", "北海道", "函館市"),
            Municipality.of("022012", "青森県", "青森市"),
            new Municipality("033014", "岩手県", "岩手郡", "雫石町"),
            Municipality.of("041009", "宮城県", "仙台市"),
            Municipality.of("082015", "茨城県", "水戸市"),
            Municipality.of("131016", "東京都", "千代田区"),
            Municipality.of("131041", "東京都", "新宿区"),
            Municipality.of("131130", "東京都", "渋谷区"),
            Municipality.of("141003", "神奈川県", "横浜市"),
            Municipality.of("151009", "新潟県", "新潟市"),
            Municipality.of("172014", "石川県", "金沢市"),
            Municipality.of("231002", "愛知県", "名古屋市"),
            Municipality.of("261009", "京都府", "京都市"),
            Municipality.of("271004", "大阪府", "大阪市"),
            Municipality.of("281000", "兵庫県", "神戸市"),
            Municipality.of("341002", "広島県", "広島市"),
            Municipality.of("372013", "香川県", "高松市"),
            Municipality.of("401307", "福岡県", "福岡市"),
            Municipality.of("431001", "熊本県", "熊本市"),
            Municipality.of("472018", "沖縄県", "那覇市"));

    // Kanji and katakana side by side: {kanji, kana, kanji, kana, ...}.
    private static final String[] FAMILY = {
        "佐藤", "サトウ", "鈴木", "スズキ", "高橋", "タカハシ", "田中", "タナカ", "伊藤", "イトウ",
        "渡辺", "ワタナベ", "山本", "ヤマモト", "中村", "ナカムラ", "小林", "コバヤシ", "加藤", "カトウ",
        "吉田", "ヨシダ", "山田", "ヤマダ", "佐々木", "ササキ", "山口", "ヤマグチ", "松本", "マツモト",
        "井上", "イノウエ", "木村", "キムラ", "林", "ハヤシ", "斎藤", "サイトウ", "清水", "シミズ",
        "山崎", "ヤマザキ", "森", "モリ", "池田", "イケダ", "橋本", "ハシモト", "阿部", "アベ",
        "石川", "イシカワ", "山下", "ヤマシタ", "中島", "ナカジマ", "石井", "イシイ", "小川", "オガワ",
        "前田", "マエダ", "岡田", "オカダ", "長谷川", "ハセガワ", "藤田", "フジタ", "後藤", "ゴトウ",
        "近藤", "コンドウ", "村上", "ムラカミ", "遠藤", "エンドウ", "青木", "アオキ", "坂本", "サカモト",
        "斉藤", "サイトウ", "福田", "フクダ", "太田", "オオタ", "西村", "ニシムラ", "藤井", "フジイ",
        "金子", "カネコ", "岡本", "オカモト", "藤原", "フジワラ", "中野", "ナカノ", "三浦", "ミウラ",
    };

    // Given names by birth period: before 1960, 1960-1999, 2000 on.
    private static final String[][] MALE = {
        {"清", "キヨシ", "茂", "シゲル", "博", "ヒロシ", "実", "ミノル", "勝", "マサル",
            "正男", "マサオ", "和夫", "カズオ", "進", "ススム", "隆", "タカシ", "三郎", "サブロウ"},
        {"誠", "マコト", "大輔", "ダイスケ", "健一", "ケンイチ", "拓也", "タクヤ", "翔太", "ショウタ",
            "達也", "タツヤ", "直樹", "ナオキ", "和也", "カズヤ", "健太", "ケンタ", "浩二", "コウジ"},
        {"蓮", "レン", "陽翔", "ハルト", "湊", "ミナト", "大翔", "ヒロト", "悠真", "ユウマ",
            "蒼", "アオイ", "樹", "イツキ", "颯太", "ソウタ", "悠人", "ユウト", "陸", "リク"},
    };
    private static final String[][] FEMALE = {
        {"和子", "カズコ", "幸子", "サチコ", "節子", "セツコ", "洋子", "ヨウコ", "恵子", "ケイコ",
            "京子", "キョウコ", "久子", "ヒサコ", "美代子", "ミヨコ", "文子", "フミコ", "順子", "ジュンコ"},
        {"裕子", "ユウコ", "由美子", "ユミコ", "明美", "アケミ", "久美子", "クミコ", "真由美", "マユミ",
            "美穂", "ミホ", "愛", "アイ", "美咲", "ミサキ", "彩", "アヤ", "麻衣", "マイ"},
        {"陽葵", "ヒマリ", "凛", "リン", "結菜", "ユイナ", "葵", "アオイ", "陽菜", "ヒナ",
            "芽依", "メイ", "紬", "ツムギ", "さくら", "サクラ", "結衣", "ユイ", "莉子", "リコ"},
    };

    // Town names common across Japan; whether a given municipality has one is left to chance.
    private static final String[] TOWNS = {
        "本町", "中央", "栄町", "緑町", "旭町", "幸町", "寿町", "錦町", "元町", "新町",
        "東町", "西町", "南町", "北町", "桜町", "若葉町", "松原", "清水町", "宮前", "駅前",
    };

    private static final long FIRST_BIRTH_DAY = REFERENCE_DATE.minusYears(100).toEpochDay();
    private static final int BIRTH_DAYS = (int) (REFERENCE_DATE.toEpochDay() - FIRST_BIRTH_DAY);
    private static final int GENERATION_1960 = (int) (LocalDate.of(1960, 1, 1).toEpochDay() - FIRST_BIRTH_DAY);
    private static final int GENERATION_2000 = (int) (LocalDate.of(2000, 1, 1).toEpochDay() - FIRST_BIRTH_DAY);

    private static final long HALF = 100_000L; // the Feistel network works on two 5-digit halves
    private static final int ROUNDS = 6;
    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private final long seed;
    private final long[] roundKeys = new long[ROUNDS];
    private final long attributeKey;

    /** The population of {@code seed}. */
    public SyntheticPopulation(long seed) {
        this.seed = seed;
        // Separate keys for codes and attributes, so neither can be read off the other.
        for (int i = 0; i < ROUNDS; i++) {
            roundKeys[i] = mix64(seed + (i + 1) * GOLDEN);
        }
        this.attributeKey = mix64(seed ^ 0x5245_5349_4445_4E54L); // "RESIDENT"
    }

    public long seed() {
        return seed;
    }

    /** The first {@code count} residents, in index order. */
    public Stream<Resident> residents(long count) {
        if (count < 0 || count > MAX_SIZE) {
            throw new IllegalArgumentException("a population has 0 to 10^10 residents");
        }
        return LongStream.range(0, count).mapToObj(this::resident);
    }

    /** Resident number {@code index} (0-based) of this population. */
    public Resident resident(long index) {
        ResidentCode code = residentCode(index);
        Draws draws = new Draws(attributeKey ^ mix64(index));
        int birthDay = draws.below(BIRTH_DAYS);
        LocalDate dateOfBirth = LocalDate.ofEpochDay(FIRST_BIRTH_DAY + birthDay);
        Sex sex = draws.below(2) == 0 ? Sex.MALE : Sex.FEMALE;
        int generation = birthDay < GENERATION_1960 ? 0 : birthDay < GENERATION_2000 ? 1 : 2;
        String[] given = (sex == Sex.MALE ? MALE : FEMALE)[generation];
        int f = 2 * draws.below(FAMILY.length / 2);
        int g = 2 * draws.below(given.length / 2);
        PersonName name = new PersonName(FAMILY[f], given[g], FAMILY[f + 1], given[g + 1]);
        Municipality municipality = MUNICIPALITIES.get(draws.below(MUNICIPALITIES.size()));
        String address = municipality.addressPrefix() + TOWNS[draws.below(TOWNS.length)]
                + (1 + draws.below(5)) + "丁目" + (1 + draws.below(30)) + "番" + (1 + draws.below(20)) + "号";
        return new Resident(code, name, dateOfBirth, sex, municipality, address);
    }

    /** The resident code of resident {@code index}: distinct indices give distinct codes. */
    public ResidentCode residentCode(long index) {
        if (index < 0 || index >= MAX_SIZE) {
            throw new IllegalArgumentException("a resident index is in [0, 10^10)");
        }
        return ResidentCode.fromBody(permute(index));
    }

    /** Balanced Feistel network on [0, 10^5)^2: each round is invertible, so the whole is a bijection. */
    long permute(long index) {
        long left = index / HALF;
        long right = index % HALF;
        for (int round = 0; round < ROUNDS; round++) {
            long next = (left + (mix64(roundKeys[round] ^ right) >>> 1) % HALF) % HALF;
            left = right;
            right = next;
        }
        return left * HALF + right;
    }

    /** The inverse of {@link #permute(long)}: for tests of the bijection. */
    long unpermute(long body) {
        long left = body / HALF;
        long right = body % HALF;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            long previous = Math.floorMod(right - (mix64(roundKeys[round] ^ left) >>> 1) % HALF, HALF);
            right = left;
            left = previous;
        }
        return left * HALF + right;
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a fixed, well-mixed 64-bit function. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** A SplitMix64 stream for one resident's attributes. */
    private static final class Draws {
        private long state;

        Draws(long state) {
            this.state = state;
        }

        /** A value in [0, bound): the top 31 bits scaled, so every JVM draws the same. */
        int below(int bound) {
            state += GOLDEN;
            long bits = mix64(state) >>> 33;
            return (int) ((bits * bound) >>> 31);
        }
    }

    @Override
    public String toString() {
        return "SyntheticPopulation[seed=" + seed + "]";
    }
}
