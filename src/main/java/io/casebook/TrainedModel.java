package io.casebook;

import io.casebook.classify.Evaluation;
import java.nio.file.Path;

/**
 * One model {@link Trainer#train} wrote.
 *
 * @param kind            {@code intent} or {@code sentiment}
 * @param modelFile       the model archive written
 * @param evaluationFile  the cross-validation report written beside it as JSON (null without cross-validation)
 * @param crossValidation the cross-validated evaluation, or null when {@code folds} was 0
 * @param threshold       the needs-human threshold stored in the model
 * @param rows            labelled messages trained on
 * @param crossValidationMillis time the cross-validation took
 * @param trainingMillis  time the final training took
 */
public record TrainedModel(String kind, Path modelFile, Path evaluationFile, Evaluation crossValidation,
                           double threshold, int rows, long crossValidationMillis, long trainingMillis) {
}
