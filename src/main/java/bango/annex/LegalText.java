package bango.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The few facts about Japanese statutory drafting that the resolvers rely on: enumerations are
 * joined by 、, 又は and 若しくは; parentheticals （…） may nest and are never split; a citation of
 * a law or notice in parentheses (（昭和五十七年法律第八十号）) adds nothing to a name.
 */
final class LegalText {

    /** The conjunctions of an enumeration, in the order they are tried at each position. */
    static final List<String> SEPARATORS = List.of("、", "又は", "若しくは");

    static final char OPEN = '（';
    static final char CLOSE = '）';

    /** A parenthetical that only cites a law or a notice by its number. */
    private static final Pattern CITATION =
            Pattern.compile("（(?:明治|大正|昭和|平成|令和)[^（）]*?(?:号|通知)）");

    private LegalText() {
    }

    /** One part of an enumeration and the conjunction before it (empty for the first part). */
    record Piece(String separator, String text) {
    }

    /**
     * Splits {@code text} at every conjunction outside parentheses. {@code a、b又はc} gives
     * {@code ("", a), ("、", b), ("又は", c)}; pieces may be empty when conjunctions are adjacent
     * or at either end.
     */
    static List<Piece> splitTopLevel(String text) {
        List<Piece> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String separator = "";
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == OPEN) {
                depth++;
            } else if (c == CLOSE) {
                depth--;
            } else if (depth == 0) {
                String found = separatorAt(text, i);
                if (found != null) {
                    pieces.add(new Piece(separator, text.substring(start, i)));
                    separator = found;
                    i += found.length();
                    start = i;
                    continue;
                }
            }
            i++;
        }
        pieces.add(new Piece(separator, text.substring(start)));
        return pieces;
    }

    private static String separatorAt(String text, int i) {
        for (String s : SEPARATORS) {
            if (text.startsWith(s, i)) {
                return s;
            }
        }
        return null;
    }

    /** Every parenthesis is closed, and closed after it is opened. */
    static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                depth++;
            } else if (c == CLOSE && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A text split before the parenthetical that ends it; {@code parenthetical} is null if none does. */
    record Tail(String head, String parenthetical) {
    }

    /** {@code text} split before the parenthetical that ends it. {@code text} must be {@linkplain #balanced balanced}. */
    static Tail tail(String text) {
        int open = trailingParentheticalStart(text);
        return open < 0 ? new Tail(text, null) : new Tail(text.substring(0, open), text.substring(open));
    }

    /**
     * Where the parenthetical that ends {@code text} opens, or -1 if {@code text} does not end with
     * a closing parenthesis. {@code text} must be {@linkplain #balanced balanced}.
     */
    static int trailingParentheticalStart(String text) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != CLOSE) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == CLOSE) {
                depth++;
            } else if (c == OPEN && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the name that ends {@code text} starts: the name is the longest end of {@code text}
     * written in kanji, katakana, の, ・ and 々, with parentheticals inside. {@code text} must be
     * {@linkplain #balanced balanced}.
     */
    static int nameStart(String text) {
        int i = text.length();
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == CLOSE) {
                i = trailingParentheticalStart(text.substring(0, i));
            } else if (isNameCharacter(c)) {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isNameCharacter(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA
                || c == 'の' || c == '・' || c == '々' || c == 'ー';
    }

    /** {@code text} without its citations of laws and notices (see {@link #isCitation}). */
    static String withoutCitations(String text) {
        return CITATION.matcher(text).replaceAll("");
    }

    /** {@code parenthetical} (with its parentheses) only cites a law or a notice. */
    static boolean isCitation(String parenthetical) {
        return CITATION.matcher(parenthetical).matches();
    }
}
