package io.casebook.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups cue words of buyer messages, in English, German, French and Spanish, into concepts
 * ({@code kaputt}, {@code casse}, {@code roto} and {@code smashed} are all {@code broken}), read
 * from {@code concepts.txt} beside this class. The classifiers add a word's concept as a feature
 * beside the word, so that what the English corpus teaches carries over to synonyms, typos
 * aside, and to the other languages.
 *
 * <p>Immutable and thread-safe.
 */
public final class Concepts {

    private static final Concepts STANDARD = load("concepts.txt");

    private final Map<String, String> conceptOfWord;

    private Concepts(Map<String, String> conceptOfWord) {
        this.conceptOfWord = Map.copyOf(conceptOfWord);
    }

    /** The concepts shipped with casebook. */
    public static Concepts standard() {
        return STANDARD;
    }

    /** The concept of a normalised word, or null. */
    public String of(String word) {
        return conceptOfWord.get(word);
    }

    /** How many words have a concept. */
    public int size() {
        return conceptOfWord.size();
    }

    static Concepts load(String resource) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Concepts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException(resource + ": line " + number + ": expected 'concept: word, word'");
                }
                String concept = line.substring(0, colon).strip();
                for (String word : line.substring(colon + 1).split(",")) {
                    String w = word.strip();
                    String before = map.putIfAbsent(w, concept);
                    if (before != null && !before.equals(concept)) {
                        throw new IllegalStateException(resource + ": line " + number + ": '" + w
                                + "' is in both " + before + " and " + concept);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Concepts(map);
    }
}
