package io.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Casebook;
import io.casebook.PrecedentEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures precedent search by leave-one-out over a cases file.",
                "Each case with an intent is a query (its message, its SKU and the intent the classifier predicts) "
                        + "against all the other cases. Prints the share of queries whose top precedent has the "
                        + "right intent, and the share whose top precedent has the same SKU when another case of "
                        + "that SKU and intent exists."})
final class EvalSearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cases", paramLabel = "FILE", description = "Cases file (default: ${DEFAULT-VALUE}).")
    Path cases = Path.of("corpora", "cases.csv");

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Casebook casebook = models.open()) {
            PrecedentEvaluation.Report r = PrecedentEvaluation.leaveOneOut(casebook, cases);
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
                return Main.OK;
            }
            out.printf(Locale.ROOT, "precedent search, leave-one-out over %s (%d queries)%n", cases, r.queries());
            out.printf(Locale.ROOT, "  intent model on the queries (accuracy)              %.3f%n", r.classifierAccuracy());
            out.printf(Locale.ROOT, "  top precedent has the gold intent                   %.3f%n", r.topIntent());
            out.printf(Locale.ROOT, "  gold intent among the top 3                         %.3f%n", r.top3Intent());
            out.printf(Locale.ROOT, "  top precedent has the same SKU, when one exists     %.3f  (%d queries)%n",
                    r.topSameSku(), r.sameSkuQueries());
            out.printf(Locale.ROOT, "  top has the gold intent, gold intent given          %.3f%n", r.topIntentGoldIntent());
            out.printf(Locale.ROOT, "  top has the gold intent, SKU not given              %.3f%n", r.topIntentNoSku());
            return Main.OK;
        }
    }
}
