package bango.records;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import java.time.Instant;

/**
 * One provision record (提供等の記録, 番号利用法23条) as a party keeps it: the parties, the item of
 * Annex Table 2, the information category, the processing serial (処理通番) the inquirer gave the
 * query, the person in the recording party's own code space, the time of the request and, for a
 * provision, the time of the provision; for a hold or a refusal, the reason.
 *
 * <p>{@code person} is the recording party's own institution code (情報提供用個人識別符号), in
 * {@link InstitutionCode#text() text form}; the core system, which alone may hold two institutions'
 * codes together, records both, as {@code "inquirerCode>providerCode"}.
 *
 * <p>The times are taken as given: the request time usually comes from another party's clock, so a
 * provision time a little before it (clock skew) is not refused.
 *
 * <p>{@link #toString()} shows only the last four characters of each code.
 *
 * @param kind what happened
 * @param inquirer the institution that asked (情報照会者)
 * @param provider the institution asked (情報提供者)
 * @param item the Annex Table 2 item number (1 or more)
 * @param category the information category asked for (not blank, at most {@link #MAX_CATEGORY}
 *     characters)
 * @param serial the inquirer's processing serial (not negative)
 * @param person the recording party's code of the person, or the core's two codes
 * @param requestedAt when the information was requested
 * @param providedAt when it was provided; only for, and required for, {@link RecordKind#PROVISION}
 * @param reason why it was held or refused (at most {@link #MAX_REASON} characters); only for, and
 *     required for, {@link RecordKind#HOLD} and {@link RecordKind#REFUSAL}
 * @throws IllegalArgumentException naming the rule, if any of the above does not hold
 */
public record ProvisionRecord(RecordKind kind, InstitutionId inquirer, InstitutionId provider, int item,
        String category, long serial, String person, Instant requestedAt, Instant providedAt, String reason) {

    /** Separates the inquirer's code from the provider's in a record of the core system. */
    public static final char CORE_SEPARATOR = '>';

    /** The longest information category, in characters. */
    public static final int MAX_CATEGORY = 256;

    /** The longest reason for a hold or a refusal, in characters. */
    public static final int MAX_REASON = 1024;

    /**
     * Stands for what a refused request did not carry in a recordable form (an unknown item is 0, an
     * unknown category or person is this): a request refused before the network is recorded all the
     * same (LOG-1), with the reason saying what was wrong.
     */
    public static final String UNKNOWN = "-";

    public ProvisionRecord {
        required(kind, "a provision record needs its kind");
        required(inquirer, "a provision record needs its inquirer");
        required(provider, "a provision record needs its provider");
        boolean refusal = kind == RecordKind.REFUSAL;
        if (item < 1 && !(refusal && item == 0)) {
            throw new IllegalArgumentException("an Annex Table 2 item number is 1 or more");
        }
        checkText(category, MAX_CATEGORY, "a provision record needs its information category",
                "an information category is at most " + MAX_CATEGORY + " characters of well-formed text");
        if (serial < 0) {
            throw new IllegalArgumentException("a processing serial is not negative");
        }
        if (!(refusal && UNKNOWN.equals(person))) {
            checkPerson(person);
        }
        required(requestedAt, "a provision record needs its request time");
        if ((kind == RecordKind.PROVISION) != (providedAt != null)) {
            throw new IllegalArgumentException(kind == RecordKind.PROVISION
                    ? "a provision record needs its provision time" : "only a provision has a provision time");
        }
        boolean needsReason = kind == RecordKind.HOLD || kind == RecordKind.REFUSAL;
        if (needsReason) {
            checkText(reason, MAX_REASON, "a hold or refusal record needs its reason",
                    "a reason is at most " + MAX_REASON + " characters of well-formed text");
        } else if (reason != null) {
            throw new IllegalArgumentException("only a hold or a refusal has a reason");
        }
    }

    /** A request: the inquirer asked, or the core or the provider received the query. */
    public static ProvisionRecord request(InstitutionId inquirer, InstitutionId provider, int item, String category,
            long serial, String person, Instant requestedAt) {
        return new ProvisionRecord(RecordKind.REQUEST, inquirer, provider, item, category, serial, person,
                requestedAt, null, null);
    }

    /** This record as a provision at {@code providedAt}. */
    public ProvisionRecord provided(Instant providedAt) {
        return new ProvisionRecord(RecordKind.PROVISION, inquirer, provider, item, category, serial, person,
                requestedAt, providedAt, null);
    }

    /** This record as a hold for a staff decision, for {@code reason}. */
    public ProvisionRecord held(String reason) {
        return new ProvisionRecord(RecordKind.HOLD, inquirer, provider, item, category, serial, person,
                requestedAt, null, reason);
    }

    /** This record as a refusal, for {@code reason}. */
    public ProvisionRecord refused(String reason) {
        return new ProvisionRecord(RecordKind.REFUSAL, inquirer, provider, item, category, serial, person,
                requestedAt, null, reason);
    }

    /** Whether this record was kept by the core system (it holds both institutions' codes). */
    public boolean isCoreRecord() {
        return person.indexOf(CORE_SEPARATOR) >= 0;
    }

    private static void required(Object value, String rule) {
        if (value == null) {
            throw new IllegalArgumentException(rule);
        }
    }

    /** Not blank, not too long, and no half of a surrogate pair on its own. */
    private static void checkText(String text, int max, String missing, String rule) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(missing);
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(rule);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(rule);
            }
        }
    }

    private static void checkPerson(String person) {
        if (person == null) {
            throw new IllegalArgumentException("a provision record needs the person's code");
        }
        int separator = person.indexOf(CORE_SEPARATOR);
        if (separator < 0) {
            checkCode(person);
        } else {
            checkCode(person.substring(0, separator));
            checkCode(person.substring(separator + 1));
        }
    }

    private static void checkCode(String text) {
        try {
            InstitutionCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the person is an institution code, or for the core system two codes"
                    + " joined by '" + CORE_SEPARATOR + "'", e);
        }
    }

    @Override
    public String toString() {
        return "ProvisionRecord[" + kind + " " + inquirer + "->" + provider + " item " + item + " serial " + serial
                + " person " + masked() + " requested " + requestedAt
                + (providedAt == null ? "" : " provided " + providedAt)
                + (reason == null ? "" : " reason " + reason) + "]";
    }

    private String masked() {
        StringBuilder b = new StringBuilder();
        for (String code : person.split(String.valueOf(CORE_SEPARATOR), -1)) {
            if (b.length() > 0) {
                b.append(CORE_SEPARATOR);
            }
            b.append("...").append(code, code.length() - 4, code.length());
        }
        return b.toString();
    }
}
