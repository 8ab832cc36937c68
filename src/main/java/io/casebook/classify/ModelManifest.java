package io.casebook.classify;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a model file says about itself: what it predicts, what it was trained on and how,
 * how good it was in cross-validation, and the needs-human threshold chosen from that.
 * Saved as {@code manifest.json} inside the model archive.
 *
 * @param kind             what the model predicts ({@code intent} or {@code sentiment})
 * @param labels           the labels it can predict, sorted
 * @param languages        languages of the training messages (ISO 639-1) with their counts
 * @param corpus           the training file
 * @param features         the feature spec the model's features are computed with
 * @param training         the training settings
 * @param crossValidation  the cross-validated evaluation, or null when training skipped it
 * @param threshold        confidence below which a prediction needs a human
 * @param created          creation time, ISO-8601 UTC
 * @param casebookVersion  version of casebook that trained it
 * @param openNlpVersion   version of OpenNLP that trained it
 * @param javaVersion      Java runtime that trained it
 * @param trainingMillis   time taken by the final training (cross-validation excluded)
 */
public record ModelManifest(String kind, List<String> labels, Map<String, Integer> languages,
                            CorpusInfo corpus, FeatureSpec features, TrainingSettings training,
                            Evaluation crossValidation, double threshold, String created,
                            String casebookVersion, String openNlpVersion, String javaVersion,
                            long trainingMillis) {

    /**
     * The training file of a model.
     *
     * @param file   the file name as given to {@code casebook train}
     * @param sha256 SHA-256 of its bytes
     * @param rows   labelled rows used
     */
    public record CorpusInfo(String file, String sha256, int rows) {
    }

    public ModelManifest {
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
        languages = Map.copyOf(languages);
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(training, "training");
    }
}
