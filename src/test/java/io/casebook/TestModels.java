package io.casebook;

import io.casebook.classify.TrainingSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small models trained once per test run from src/test/resources/tiny-corpus.csv. */
public final class TestModels {
    private static Path dir;

    private TestModels() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestModels.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Settings that keep tests fast: 3 folds, few iterations, 1 thread. */
    public static TrainingSettings fastSettings() {
        return TrainingSettings.DEFAULT.withFolds(3).withIterations(60).withThreads(1);
    }

    /** A folder with intent.model and sentiment.model trained on the tiny corpus. */
    public static synchronized Path tinyModels() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("casebook-test-models");
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TrainingRequest request = TrainingRequest.defaults(resource("tiny-corpus.csv"), dir);
            Trainer.train(new TrainingRequest(request.corpus(), dir, "text", "lang", request.kinds(), fastSettings()),
                    line -> { });
        }
        return dir;
    }
}
