package io.casebook.text;

/**
 * The special tokens the {@link TextNormalizer} emits in place of entities, numbers,
 * punctuation and emoji. Both the classifiers and the case base see these tokens.
 */
public final class Tokens {
    /** Marks a clause boundary (full stop, comma, colon, semicolon, line break). Never a feature. */
    public static final String BOUNDARY = "|";
    public static final String URL = "_url_";
    public static final String EMAIL = "_email_";
    public static final String ORDER_ID = "_orderid_";
    public static final String TRACKING = "_tracking_";
    public static final String ASIN = "_asin_";
    public static final String PHONE = "_phone_";
    public static final String SKU = "_sku_";
    public static final String NUMBER = "_num_";
    public static final String YEAR = "_year_";
    public static final String MONEY = "_money_";
    /** A word of three or more letters written in capitals. */
    public static final String CAPS = "_caps_";
    public static final String EXCLAMATION = "_excl_";
    /** Two or more exclamation marks, or a mix of {@code ?} and {@code !}. */
    public static final String EXCLAMATIONS = "_excl2_";
    public static final String QUESTION = "_q_";
    /** Two or more question marks. */
    public static final String QUESTIONS = "_q2_";
    public static final String ELLIPSIS = "_ellipsis_";
    public static final String EMOJI_POSITIVE = "_emopos_";
    public static final String EMOJI_NEGATIVE = "_emoneg_";
    public static final String EMOJI = "_emoji_";

    private Tokens() {
    }

    /** True for the tokens this class defines (they start and end with an underscore). */
    public static boolean isSpecial(String token) {
        return token.length() > 2 && token.charAt(0) == '_' && token.charAt(token.length() - 1) == '_';
    }
}
