package io.casebook.classify;

/**
 * Which features a classifier computes from the normalised tokens of a message. Saved in every
 * model's manifest and rebuilt from it on load, so a model always sees the features it was
 * trained with.
 *
 * @param wordNgrams   longest word n-gram (1 = words only, 2 = words and bigrams, 3 = up to trigrams);
 *                     n-grams never cross a clause boundary
 * @param charNgramMin shortest character n-gram taken inside words, 0 for none
 * @param charNgramMax longest character n-gram taken inside words, 0 for none
 * @param prefixLength also emit each longer word's prefix of this length (catches typos at the
 *                     end of words and inflections), 0 for none
 * @param negation     mark the words after a negation ("not", "never", "didn't", "nicht", "pas",
 *                     "nunca"...) up to the end of the clause, so that "not working" and "working"
 *                     are different features
 * @param lengthBucket emit one feature for the message's length in tokens
 * @param leadWords    also mark the first this many words ({@code l:}), where buyers usually say
 *                     what they want; 0 for none
 * @param buyerTextOnly classify only the buyer's own words: drop quoted earlier messages and the
 *                     marketplace relay frame ({@link io.casebook.text.BuyerText})
 * @param concepts     add each cue word's concept ({@link io.casebook.text.Concepts}) as a
 *                     feature, which carries what one word teaches to its synonyms and translations
 */
public record FeatureSpec(int wordNgrams, int charNgramMin, int charNgramMax, int prefixLength,
                          boolean negation, boolean lengthBucket, int leadWords, boolean buyerTextOnly,
                          boolean concepts) {

    /** The settings the shipped models use, chosen by cross-validation (see docs/training.md). */
    public static final FeatureSpec DEFAULT = new FeatureSpec(2, 0, 0, 4, true, true, 0, true, true);

    /** Stock bag of words: words only, nothing else. */
    public static final FeatureSpec WORDS_ONLY = new FeatureSpec(1, 0, 0, 0, false, false, 0, false, false);

    public FeatureSpec {
        if (wordNgrams < 1 || wordNgrams > 3) {
            throw new IllegalArgumentException("wordNgrams must be 1, 2 or 3, was " + wordNgrams);
        }
        if (charNgramMin < 0 || charNgramMax < charNgramMin || charNgramMax > 8
                || (charNgramMin == 0) != (charNgramMax == 0)) {
            throw new IllegalArgumentException(
                    "character n-grams must be 0..0 (off) or min..max with 1 <= min <= max <= 8, was "
                            + charNgramMin + ".." + charNgramMax);
        }
        if (prefixLength < 0 || prefixLength > 10) {
            throw new IllegalArgumentException("prefixLength must be 0..10, was " + prefixLength);
        }
        if (leadWords < 0 || leadWords > 50) {
            throw new IllegalArgumentException("leadWords must be 0..50, was " + leadWords);
        }
    }

    /** A copy with other word n-grams. */
    public FeatureSpec withWordNgrams(int n) {
        return new FeatureSpec(n, charNgramMin, charNgramMax, prefixLength, negation, lengthBucket, leadWords, buyerTextOnly, concepts);
    }

    /** A copy with other character n-grams ({@code 0, 0} for none). */
    public FeatureSpec withCharNgrams(int min, int max) {
        return new FeatureSpec(wordNgrams, min, max, prefixLength, negation, lengthBucket, leadWords, buyerTextOnly, concepts);
    }

    /** A copy with another prefix length (0 for none). */
    public FeatureSpec withPrefixLength(int length) {
        return new FeatureSpec(wordNgrams, charNgramMin, charNgramMax, length, negation, lengthBucket, leadWords, buyerTextOnly, concepts);
    }

    /** A copy with negation marking on or off. */
    public FeatureSpec withNegation(boolean on) {
        return new FeatureSpec(wordNgrams, charNgramMin, charNgramMax, prefixLength, on, lengthBucket, leadWords, buyerTextOnly, concepts);
    }

    /** A copy with the length feature on or off. */
    public FeatureSpec withLengthBucket(boolean on) {
        return new FeatureSpec(wordNgrams, charNgramMin, charNgramMax, prefixLength, negation, on, leadWords, buyerTextOnly, concepts);
    }

    /** A copy that marks the first {@code n} words (0 for none). */
    public FeatureSpec withLeadWords(int n) {
        return new FeatureSpec(wordNgrams, charNgramMin, charNgramMax, prefixLength, negation, lengthBucket, n, buyerTextOnly, concepts);
    }

    /** A copy that classifies the buyer's own words only, or the whole text. */
    public FeatureSpec withBuyerTextOnly(boolean on) {
        return new FeatureSpec(wordNgrams, charNgramMin, charNgramMax, prefixLength, negation, lengthBucket, leadWords, on, concepts);
    }

    /** A copy with concept features on or off. */
    public FeatureSpec withConcepts(boolean on) {
        return new FeatureSpec(wordNgrams, charNgramMin, charNgramMax, prefixLength, negation, lengthBucket, leadWords,
                buyerTextOnly, on);
    }
}
