package io.casebook;

import io.casebook.classify.DataFileException;
import io.casebook.classify.EvaluationReport;
import io.casebook.classify.LabelledData;
import io.casebook.classify.ModelEvaluator;
import io.casebook.classify.TextClassifier;
import io.casebook.store.ModelFileException;
import java.nio.file.Path;
import java.util.Set;

/** Evaluates a model file on any labelled CSV file. Stateless and thread-safe. */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Scores {@code modelFile} on the rows of {@code data} that have a label.
     *
     * @param textColumn  the column with the message text
     * @param labelColumn the column with the gold label, or null for the column named like the
     *                    model's kind ({@code intent}, {@code sentiment})
     * @param onlyLabels  score only rows with these labels (empty: all)
     * @throws CasebookException when a file cannot be read or lacks a column
     */
    public static EvaluationReport evaluate(Path modelFile, Path data, String textColumn, String labelColumn,
                                            Set<String> onlyLabels) {
        try {
            TextClassifier model = TextClassifier.load(modelFile);
            String column = labelColumn != null ? labelColumn : model.manifest().kind();
            LabelledData rows = LabelledData.read(data, textColumn, column, null);
            return ModelEvaluator.evaluate(model, rows, onlyLabels);
        } catch (ModelFileException | DataFileException e) {
            throw new CasebookException(e.getMessage(), e);
        }
    }
}
