package io.casebook.classify;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a message with OpenNLP's language detector model ({@code langdetect-183.bin}
 * from the {@code opennlp-models-langdetect} artifact, 103 languages), as an ISO 639-1 code where
 * the language has one and ISO 639-3 otherwise.
 *
 * <p>Short buyer messages ("where is it??", "ok thanks") carry too few characters for a
 * confident guess; when the detector's first choice is a language the classifiers were not
 * trained on, a covered language it ranks close behind is preferred (see {@link #detect}).
 *
 * <p>Thread-safety: immutable and safe for concurrent use; the detector only reads its model.
 */
public final class LanguageDetector {

    /** Text beyond this many characters does not change the answer and only costs time. */
    private static final int MAX_CHARS = 600;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static volatile LanguageDetector standard;

    private final LanguageDetectorME detector;

    private LanguageDetector(LanguageDetectorModel model) {
        this.detector = new LanguageDetectorME(model);
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

    private static LanguageDetectorModel loadModel() {
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
     * of 40 letters or more), that covered language is returned: on short texts the detector's
     * first choice is often a near neighbour (English read as Scots or Frisian).
     */
    public Detection detect(String text, Set<String> covered) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) {
            return new Detection("und", 0);
        }
        String top = iso1(ranked[0].getLang());
        double topP = ranked[0].getConfidence();
        if (covered.isEmpty() || covered.contains(top)) {
            return new Detection(top, topP);
        }
        double ratio = letters(sample) >= 40 ? 1.0 / 3 : 1.0 / 5;
        for (int i = 1; i < ranked.length && ranked[i].getConfidence() >= topP * ratio; i++) {
            String code = iso1(ranked[i].getLang());
            if (covered.contains(code)) {
                return new Detection(code, ranked[i].getConfidence());
            }
        }
        return new Detection(top, topP);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
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
