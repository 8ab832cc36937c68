package io.casebook.cli;

import io.casebook.CaseBaseInfo;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.IndexReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds or updates the case index from cases CSV files.",
                "Rows are upserted by case id in one atomic commit: a crash or an error leaves the previous index "
                        + "as it was. Reports the cases added, updated and unchanged, and every rejected row with its "
                        + "file, line and reason. Headers may be casebook's own (case_id,date,channel,order_id,sku,"
                        + "product,buyer_name,message,intent,notes,reply,resolution), the usual synonyms (ticket id, "
                        + "body, description, custom label, response, outcome, ...) or mapped with --column. "
                        + "Without --cases, builds the index from the cases shipped with casebook if there is none."})
final class IndexCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cases", paramLabel = "FILE", description = "A cases CSV/TSV file (repeatable).")
    List<Path> cases = new ArrayList<>();

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = "Read FIELD (a casebook column such as message or case_id) from the column named HEADER "
                    + "(repeatable).")
    Map<String, String> columns = new LinkedHashMap<>();

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Casebook casebook = models.open(index.folder())) {
            if (cases.isEmpty()) {
                CaseBaseInfo info = casebook.caseBase();
                IndexOption.sayIfBuilt(info, err);
                out.println("index " + info.location() + ": " + info.cases() + " cases");
                return Main.OK;
            }
            IndexReport report = casebook.indexCases(cases, columns);
            for (IndexReport.Rejection r : report.rejected()) {
                err.println("rejected " + r);
            }
            CaseBaseInfo info = casebook.caseBase();
            out.printf("index %s: added %d, updated %d, unchanged %d, rejected %d; %d cases in all%n",
                    info.location(), report.added(), report.updated(), report.unchanged(), report.rejected().size(),
                    info.cases());
            boolean nothingRead = report.added() + report.updated() + report.unchanged() == 0;
            if (nothingRead && !report.rejected().isEmpty()) {
                throw new CasebookException("no row of " + cases + " could be indexed; see the rejected rows above");
            }
            return Main.OK;
        }
    }
}
