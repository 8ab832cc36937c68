package io.casebook;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.DataFileException;
import io.casebook.classify.Json;
import io.casebook.classify.LabelledData;
import io.casebook.classify.TextClassifier;
import io.casebook.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains casebook's models from a labelled corpus: for each model, a stratified k-fold
 * cross-validation first (its figures and the needs-human threshold go into the model), then
 * the final model on the whole corpus. Each model is written atomically as
 * {@code <kind>.model}, with its cross-validation report as {@code <kind>.eval.json} beside it.
 *
 * <p>Deterministic: the same corpus and settings (seed included) give the same models.
 * Stateless and thread-safe.
 */
public final class Trainer {

    private Trainer() {
    }

    /**
     * Trains and writes the models {@code request} asks for.
     *
     * @param progress receives one line per step (may be {@code line -> {}})
     * @throws CasebookException when the corpus cannot be read or used, or the output cannot be written
     */
    public static List<TrainedModel> train(TrainingRequest request, Consumer<String> progress) {
        List<TrainedModel> out = new ArrayList<>();
        for (TrainingRequest.ModelKind kind : request.kinds()) {
            try {
                LabelledData data = LabelledData.read(request.corpus(), request.textColumn(), kind.labelColumn(),
                        request.langColumn());
                progress.accept("training the " + kind.name() + " model on " + data.rows().size() + " messages"
                        + (request.settings().folds() > 0
                            ? " after " + request.settings().folds() + "-fold cross-validation" : ""));
                long start = System.nanoTime();
                TextClassifier model = ClassifierTrainer.train(kind.name(), data, request.settings());
                long total = (System.nanoTime() - start) / 1_000_000;
                long trainMillis = model.manifest().trainingMillis();
                Path modelFile = request.outputDir().resolve(kind.name() + ".model");
                model.save(modelFile);
                Path evalFile = null;
                if (model.manifest().crossValidation() != null) {
                    evalFile = request.outputDir().resolve(kind.name() + ".eval.json");
                    AtomicFiles.write(evalFile, Json.mapper().writeValueAsBytes(model.manifest().crossValidation()));
                }
                out.add(new TrainedModel(kind.name(), modelFile, evalFile, model.manifest().crossValidation(),
                        model.manifest().threshold(), data.rows().size(), total - trainMillis, trainMillis));
            } catch (DataFileException e) {
                throw new CasebookException(e.getMessage(), e);
            } catch (IOException e) {
                throw new CasebookException(request.outputDir() + ": cannot write the " + kind.name()
                        + " model: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
