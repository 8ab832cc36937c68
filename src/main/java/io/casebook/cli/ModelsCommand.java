package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.learn.ModelStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "models", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {ModelsCommand.Rollback.class, ModelsCommand.Use.class},
        description = {"Lists the seller's model versions in the model store ('casebook train --add' makes them) and "
                + "which one is in use; 'rollback' goes back to the one before, 'use' picks one.",
                "The commands that classify use the store's current version unless --models or $CASEBOOK_MODELS "
                        + "names other models; without one they use the models shipped with casebook."})
final class ModelsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The model store (default: $CASEBOOK_MODEL_STORE, else ~/.casebook/models).")
    Path store;

    ModelStore store() {
        return ModelStore.at(store != null ? store : ModelStore.defaultRoot());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ModelStore s = store();
        String current = s.currentVersion();
        out.println("model store: " + s.root());
        out.println((current.equals(ModelStore.SHIPPED) ? "* " : "  ") + ModelStore.SHIPPED
                + "  (the models shipped with casebook)");
        List<String[]> history = s.history();
        for (String v : s.versions()) {
            String note = "";
            for (String[] row : history) {
                if (row[1].equals("promoted") && row[2].equals(v)) {
                    note = "promoted " + row[0] + ": " + row[4];
                }
            }
            if (note.isEmpty() && Files.isRegularFile(s.root().resolve(v).resolve("report.txt"))) {
                note = "never used (worse on the seller's labels, or not compared); report: "
                        + s.root().resolve(v).resolve("report.txt");
            }
            out.println((v.equals(current) ? "* " : "  ") + v + "  " + note);
        }
        return Main.OK;
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Goes back to the models in use before the current version was promoted.")
    static final class Rollback implements Callable<Integer> {
        @CommandLine.ParentCommand
        ModelsCommand parent;

        @Override
        public Integer call() {
            ModelStore s = parent.store();
            String was = s.currentVersion();
            Optional<String> now = s.rollback();
            if (now.isEmpty()) {
                throw new CasebookException("nothing to roll back: the shipped models are in use");
            }
            parent.spec.commandLine().getOut().println("rolled back from " + was + " to " + now.get());
            return Main.OK;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true,
            description = "Puts a version (or 'shipped') in use.")
    static final class Use implements Callable<Integer> {
        @CommandLine.ParentCommand
        ModelsCommand parent;

        @CommandLine.Parameters(paramLabel = "VERSION", description = "A version such as v0002, or shipped.")
        String version;

        @Override
        public Integer call() {
            ModelStore s = parent.store();
            String was = s.currentVersion();
            s.promote(version, "chosen with 'casebook models use'");
            parent.spec.commandLine().getOut().println("now in use: " + version + " (before: " + was + ")");
            return Main.OK;
        }
    }
}
