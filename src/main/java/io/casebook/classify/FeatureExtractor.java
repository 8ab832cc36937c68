package io.casebook.classify;

import io.casebook.text.BuyerText;
import io.casebook.text.Concepts;
import io.casebook.text.TextNormalizer;
import io.casebook.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes a message's features from its normalised tokens, as its {@link FeatureSpec} says.
 * Each kind of feature has its own prefix so that kinds never collide: {@code w:} words,
 * {@code b:} bigrams, {@code t:} trigrams, {@code c:} character n-grams, {@code p:} prefixes,
 * {@code len:} the length bucket. Words in a negated clause carry {@code w:!}.
 *
 * <p>Immutable and thread-safe.
 */
final class FeatureExtractor {

    /** Negation cues in English, German, French and Spanish, after normalisation. */
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "nothing", "nobody", "none", "nowhere", "neither", "nor", "cannot",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "cant",
            "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint", "without", "dnt",
            "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nichts", "ohne",
            "pas", "jamais", "rien", "aucun", "aucune", "sans", "ne", "nunca", "nada", "ningun",
            "ninguna", "tampoco", "sin");
    private static final int NEGATION_SCOPE = 3;

    private final FeatureSpec spec;
    private final TextNormalizer normalizer;
    private final Concepts concepts = Concepts.standard();

    FeatureExtractor(FeatureSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.normalizer = TextNormalizer.standard();
    }

    FeatureSpec spec() {
        return spec;
    }

    /** The features of a raw message text. Never empty: a blank text gives the length feature. */
    String[] features(String text) {
        return features(tokens(text));
    }

    /** The normalised tokens this extractor's features are computed from. */
    List<String> tokens(String text) {
        return normalizer.tokens(spec.buyerTextOnly() ? BuyerText.of(text) : text);
    }

    String[] features(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size() * 8);
        features(tokens, f -> out.add(f.toString()));
        return out.toArray(new String[0]);
    }

    /**
     * Hands every feature of {@code tokens} to {@code sink}, in order, without making a string of
     * each: {@link #features(List)} and the scorers see the very same features.
     */
    void features(List<String> tokens, FeatureSink sink) {
        FeatureText f = new FeatureText();
        String prev = null;
        String prev2 = null;
        int negated = 0;
        int words = 0;
        for (String token : tokens) {
            if (token.equals(Tokens.BOUNDARY)) {
                prev = null;
                prev2 = null;
                negated = 0;
                continue;
            }
            words++;
            boolean special = Tokens.isSpecial(token);
            boolean inNegation = negated > 0 && !special;
            if (inNegation) {
                negated--;
            }
            f.clear();
            if (inNegation) {
                f.append("w:!");
            } else {
                f.append("w:");
            }
            sink.accept(f.append(token));
            if (spec.concepts() && !special) {
                String concept = concepts.of(token);
                if (concept != null) {
                    f.clear();
                    sink.accept(f.append(inNegation ? "k:!" : "k:").append(concept));
                }
            }
            if (words <= spec.leadWords() && !special) {
                f.clear();
                sink.accept(f.append("l:").append(token));
            }
            if (spec.negation() && NEGATIONS.contains(token)) {
                negated = NEGATION_SCOPE;
            }
            if (spec.wordNgrams() >= 2 && prev != null) {
                f.clear();
                sink.accept(f.append("b:").append(prev).append('_').append(token));
                if (spec.wordNgrams() >= 3 && prev2 != null) {
                    f.clear();
                    sink.accept(f.append("t:").append(prev2).append('_').append(prev).append('_').append(token));
                }
            }
            if (!special) {
                addCharNgrams(token, f, sink);
                if (spec.prefixLength() > 0 && token.length() > spec.prefixLength()) {
                    f.clear();
                    sink.accept(f.append("p:").append(token, 0, spec.prefixLength()));
                }
            }
            prev2 = prev;
            prev = token;
        }
        f.clear();
        if (spec.lengthBucket()) {
            sink.accept(f.append("len:").append(lengthBucket(words)));
        } else if (words == 0) {
            sink.accept(f.append("len:0"));
        }
    }

    private void addCharNgrams(String word, FeatureText f, FeatureSink sink) {
        int min = spec.charNgramMin();
        if (min == 0 || word.length() < 3) {
            return;
        }
        int padded = word.length() + 2;
        int max = spec.charNgramMax();
        for (int n = min; n <= max; n++) {
            if (n == padded) {
                continue; // the whole word is already a feature
            }
            for (int i = 0; i + n <= padded; i++) {
                f.clear();
                f.append("c:");
                for (int j = i; j < i + n; j++) {
                    f.append(j == 0 ? '<' : j == padded - 1 ? '>' : word.charAt(j - 1));
                }
                sink.accept(f);
            }
        }
    }

    private static String lengthBucket(int words) {
        if (words <= 3) {
            return "1-3";
        }
        if (words <= 8) {
            return "4-8";
        }
        if (words <= 20) {
            return "9-20";
        }
        if (words <= 50) {
            return "21-50";
        }
        return "51+";
    }
}
