package io.casebook.classify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Tells the language of a message with OpenNLP's language detector model ({@code langdetect-183.bin}
 * from the {@code opennlp-models-langdetect} artifact, 103 languages), as an ISO 639-1 code where
 * the language has one and ISO 639-3 otherwise.
 *
 * <p>Short buyer messages ("where is it??", "ok thanks") carry too few characters for a
 * confident guess; when the detector's first choice is a language the classifiers were not
 * trained on, a covered language it ranks close behind is preferred (see {@link #detect}).
 *
 * <p>It feeds the model the same context as OpenNLP's {@code LanguageDetectorME} (the distinct
 * character 1- to 3-grams of the normalised text) but normalises in one pass rather than with
 * five regular expressions, which makes it several times faster; a test checks that both agree.
 *
 * <p>Thread-safety: immutable and safe for concurrent use; the detector only reads its model.
 */
public final class LanguageDetector {

    /** Text beyond this many characters (after normalisation) does not change the answer, only the time. */
    private static final int MAX_CHARS = 120;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static volatile LanguageDetector standard;
    /** Each thread's set of the rows a text has already counted (see {@link #eval}). */
    private static final ThreadLocal<SeenRows> SEEN = ThreadLocal.withInitial(SeenRows::new);

    private final MaxentModel model;
    /** The model's weights compiled for scoring without a string per n-gram; null if it cannot be. */
    private final LinearModel linear;
    private final String[] outcomes;

    private LanguageDetector(LanguageDetectorModel detectorModel) {
        this.model = detectorModel.getMaxentModel();
        this.linear = LinearModel.compile(model, "", true);
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = iso1(model.getOutcome(i));
        }
    }

    /** The detector on the shipped OpenNLP model, loaded once. */
    public static LanguageDetector standard() {
        LanguageDetector d = standard;
        if (d == null) {
            synchronized (LanguageDetector.class) {
                d = standard;
                if (d == null) {
                    d = new LanguageDetector(loadModel());
                    standard = d;
                }
            }
        }
        return d;
    }

    static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin is missing from the class path "
                        + "(artifact org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the language detector model: " + e.getMessage(), e);
        }
    }

    /** A detected language: its code and the detector's probability for it. */
    public record Detection(String code, double confidence) {
    }

    /**
     * The language of {@code text}. When the detector's first choice is not in {@code covered}
     * but a covered language has at least a fifth of its probability (a third of it for texts
     * of 40 letters or more), and the text is written in Latin letters, that covered language is
     * returned: on short texts the detector's first choice is often a near neighbour (English
     * read as Scots or Frisian).
     */
    public Detection detect(String text, Set<String> covered) {
        String sample = normalize(text);
        if (!hasLetter(sample)) {
            return new Detection("und", 0);
        }
        double[] probs = linear != null ? eval(sample) : model.eval(ngrams(sample));
        int top = 0;
        for (int i = 1; i < probs.length; i++) {
            if (probs[i] > probs[top]) {
                top = i;
            }
        }
        double topP = probs[top];
        if (covered.isEmpty() || covered.contains(outcomes[top]) || !mostlyLatin(sample)) {
            return new Detection(outcomes[top], topP);
        }
        double floor = topP * (sample.length() >= 40 ? 1.0 / 3 : 1.0 / 5);
        int best = -1;
        for (int i = 0; i < probs.length; i++) {
            if (probs[i] >= floor && covered.contains(outcomes[i]) && (best < 0 || probs[i] > probs[best])) {
                best = i;
            }
        }
        return best < 0 ? new Detection(outcomes[top], topP) : new Detection(outcomes[best], probs[best]);
    }

    /**
     * What OpenNLP's language-detector context generator does to a text before it takes its
     * character n-grams, in one pass instead of five regular expressions: lower case; URLs,
     * e-mail addresses, hashtags, mentions, digits and emoji dropped; a character repeated more
     * than twice cut to two; runs of white space collapsed.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 8));
        int n = text.length();
        int i = 0;
        while (i < n && out.length() < MAX_CHARS) {
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end > i && !droppedToken(text, i, end)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                appendWord(text, i, end, out);
            }
            i = end + 1;
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        return out.toString();
    }

    private static boolean droppedToken(String text, int start, int end) {
        char first = text.charAt(start);
        if (first == '#' || first == '@') {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static void appendWord(String text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Character.isSurrogate(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            char lower = Character.toLowerCase(c);
            int len = out.length();
            if (len >= 2 && out.charAt(len - 1) == lower && out.charAt(len - 2) == lower) {
                continue;
            }
            out.append(lower);
        }
    }

    /**
     * The model's probabilities for the distinct character 1-, 2- and 3-grams of a normalised
     * text, each counted once, in the order they first occur.
     */
    private double[] eval(String s) {
        double[] sums = linear.newSums();
        char[] chars = s.toCharArray();
        SeenRows seen = SEEN.get();
        seen.clear(s.length() * 3);
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                int row = linear.index().find(chars, i, i + n);
                if (row >= 0 && seen.add(row)) {
                    linear.add(row, sums);
                }
            }
        }
        return linear.normalize(sums);
    }

    /**
     * A small open-addressing set of model rows, one per thread and reused for every text: a new
     * generation empties it instead of a new array (a fresh 4 KB table per message was most of
     * what {@code analyze} allocated).
     */
    private static final class SeenRows {
        private int[] rows = new int[1024];
        private int[] generations = new int[1024];
        private int generation;

        /** Empties the set, making room for up to {@code n} rows at most half full. */
        void clear(int n) {
            int capacity = Integer.highestOneBit(Math.max(1, n) * 2) << 1;
            if (capacity > rows.length) {
                rows = new int[capacity];
                generations = new int[capacity];
                generation = 0;
            }
            generation++;
            if (generation == 0) { // wrapped around: old stamps could be taken for current ones
                Arrays.fill(generations, 0);
                generation = 1;
            }
        }

        /** Adds {@code row}; false when it was already there. */
        boolean add(int row) {
            int mask = rows.length - 1;
            int slot = (row * 0x9E3779B1) >>> 7 & mask;
            while (generations[slot] == generation) {
                if (rows[slot] == row) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            generations[slot] = generation;
            rows[slot] = row;
            return true;
        }
    }

    /** The distinct character 1-, 2- and 3-grams of a normalised text, as OpenNLP's model expects. */
    private static String[] ngrams(String s) {
        Set<String> grams = new HashSet<>(s.length() * 4);
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                grams.add(s.substring(i, i + n));
            }
        }
        return grams.toArray(new String[0]);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyLatin(String s) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 2 >= letters;
    }

    /** An ISO 639-1 code for an ISO 639-3 one when there is one, else the code unchanged. */
    static String iso1(String code) {
        return ISO3_TO_ISO1.getOrDefault(code, code);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code known for this language
            }
        }
        map.put("cmn", "zh");
        map.put("zho", "zh");
        return Map.copyOf(map);
    }
}
