package io.casebook;

import io.casebook.classify.TrainingSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Trainer#train} should do.
 *
 * @param corpus          the labelled CSV file
 * @param outputDir       the folder the models and their evaluation JSON are written to
 * @param textColumn      the column holding the message text
 * @param langColumn      the column holding the language (ISO 639-1); may be absent from the file
 * @param kinds           which models to train, each with its label column
 * @param settings        how to train
 */
public record TrainingRequest(Path corpus, Path outputDir, String textColumn, String langColumn,
                              List<ModelKind> kinds, TrainingSettings settings) {

    /**
     * A model to train and the corpus column holding its labels.
     *
     * @param name        {@code intent} or {@code sentiment}; the model file is {@code <name>.model}
     * @param labelColumn the corpus column with the labels
     */
    public record ModelKind(String name, String labelColumn) {
        public static final ModelKind INTENT = new ModelKind("intent", "intent");
        public static final ModelKind SENTIMENT = new ModelKind("sentiment", "sentiment");
    }

    public TrainingRequest {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(textColumn, "textColumn");
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(settings, "settings");
    }

    /** Both models from {@code corpus} into {@code outputDir} with the shipped settings. */
    public static TrainingRequest defaults(Path corpus, Path outputDir) {
        return new TrainingRequest(corpus, outputDir, "text", "lang",
                List.of(ModelKind.INTENT, ModelKind.SENTIMENT), TrainingSettings.DEFAULT);
    }
}
