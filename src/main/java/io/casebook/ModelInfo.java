package io.casebook;

import java.util.List;
import java.util.Set;

/**
 * Where a loaded model came from.
 *
 * @param kind          {@code intent} or {@code sentiment}
 * @param source        the file or class-path resource it was loaded from
 * @param labels        the labels it predicts
 * @param languages     the languages it covers (those with enough training messages)
 * @param corpusSha256  SHA-256 of the corpus it was trained on
 * @param threshold     confidence below which its prediction needs a human
 * @param created       when it was trained (ISO-8601)
 * @param casebookVersion the casebook version that trained it
 */
public record ModelInfo(String kind, String source, List<String> labels, Set<String> languages,
                        String corpusSha256, double threshold, String created, String casebookVersion) {
    public ModelInfo {
        labels = List.copyOf(labels);
        languages = Set.copyOf(languages);
    }
}
