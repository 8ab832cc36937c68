package io.casebook.cli;

import io.casebook.Evaluator;
import io.casebook.classify.EvaluationReport;
import io.casebook.report.EvaluationText;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates a model on a labelled CSV file.",
                "Prints accuracy, macro-F1, per-label precision/recall/F1, the confusion matrix, and the accuracy "
                        + "at the model's needs-human threshold with the share abstained. Labels the model does not "
                        + "know are reported and left out of the figures."})
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file (e.g. models/intent.model).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Labelled messages, CSV with a header.")
    Path data;

    @Option(names = "--text-column", description = "Column with the text (default: ${DEFAULT-VALUE}).")
    String textColumn = "text";

    @Option(names = "--label-column", description = "Column with the label (default: the model's kind, e.g. intent).")
    String labelColumn;

    @Option(names = "--only-labels", split = ",", paramLabel = "LABEL",
            description = "Score only rows with these labels (e.g. positive,negative).")
    List<String> onlyLabels = List.of();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        EvaluationReport report = Evaluator.evaluate(model, data, textColumn, labelColumn, Set.copyOf(onlyLabels));
        spec.commandLine().getOut().println(EvaluationText.render(
                report.kind() + " model " + model + " on " + data, report));
        if (json != null) {
            io.casebook.store.AtomicFiles.write(json, io.casebook.classify.Json.mapper().writeValueAsBytes(report));
        }
        return Main.OK;
    }
}
