package io.casebook.cli;

import io.casebook.Casebook;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --models} flag shared by the commands that classify. */
final class ModelsOption {

    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder with intent.model and sentiment.model (default: $CASEBOOK_MODELS, else the version "
                    + "in use in the model store ('casebook models'), else ./models when it holds them, else the "
                    + "models shipped in casebook's jar).")
    Path models;

    /** Opens the models the flag, the environment or the defaults name. */
    Casebook open() {
        Path dir = folder();
        return dir == null ? Casebook.openDefault() : Casebook.open(dir);
    }

    /** Opens the models and the case index in {@code indexDir}. */
    Casebook open(Path indexDir) {
        return open(indexDir, java.util.List.of());
    }

    /** Opens the models, the case index in {@code indexDir} (or none, for null) and the seller's reply rules. */
    Casebook open(Path indexDir, java.util.List<Path> replyRules) {
        Path dir = folder();
        Casebook.Builder b = Casebook.builder();
        if (indexDir != null) {
            b.caseIndex(indexDir);
        }
        replyRules.forEach(b::replyRules);
        return (dir == null ? b : b.models(dir)).build();
    }

    /** The models folder to use, or null for the shipped models. */
    private Path folder() {
        if (models != null) {
            return models;
        }
        String env = System.getenv("CASEBOOK_MODELS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        var store = io.casebook.learn.ModelStore.at(io.casebook.learn.ModelStore.defaultRoot()).current();
        if (store.isPresent()) {
            return store.get();
        }
        Path local = Path.of("models");
        if (Files.isRegularFile(local.resolve(Casebook.INTENT_MODEL))
                && Files.isRegularFile(local.resolve(Casebook.SENTIMENT_MODEL))) {
            return local;
        }
        return null;
    }
}
