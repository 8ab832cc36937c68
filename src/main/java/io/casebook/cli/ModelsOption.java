package io.casebook.cli;

import io.casebook.Casebook;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --models} flag shared by the commands that classify. */
final class ModelsOption {

    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder with intent.model and sentiment.model (default: $CASEBOOK_MODELS, else ./models "
                    + "when it holds them, else the models shipped in casebook's jar).")
    Path models;

    /** Opens the models the flag, the environment or the defaults name. */
    Casebook open() {
        if (models != null) {
            return Casebook.open(models);
        }
        String env = System.getenv("CASEBOOK_MODELS");
        if (env != null && !env.isBlank()) {
            return Casebook.open(Path.of(env));
        }
        Path local = Path.of("models");
        if (Files.isRegularFile(local.resolve(Casebook.INTENT_MODEL))
                && Files.isRegularFile(local.resolve(Casebook.SENTIMENT_MODEL))) {
            return Casebook.open(local);
        }
        return Casebook.openDefault();
    }
}
