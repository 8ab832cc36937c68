package io.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.PastCase;
import io.casebook.PastCasesQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cases", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists a SKU's past cases, newest first: the search a senior agent does by hand.",
                "Optionally only those with agent notes, of one intent, since a date, or matching some words."})
final class CasesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sku", required = true, description = "The SKU.")
    String sku;

    @Option(names = "--with-notes", description = "Only cases with agent notes.")
    boolean withNotes;

    @Option(names = "--intent", description = "Only cases of this intent.")
    String intent = "";

    @Option(names = "--since", paramLabel = "DATE", description = "Only cases on or after this day (2026-03-14).")
    String since;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N cases (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print JSON lines instead of text.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Only cases matching at least one of these words.")
    List<String> text = new ArrayList<>();

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!intent.isEmpty()) {
            Options.checkIntent(intent);
        }
        if (limit < 1) {
            throw new CasebookException("--limit must be at least 1, not " + limit);
        }
        LocalDate from = null;
        if (since != null) {
            try {
                from = LocalDate.parse(since.strip());
            } catch (DateTimeParseException e) {
                throw new CasebookException("--since takes a date such as 2026-03-14, not '" + since + "'");
            }
        }
        try (Casebook casebook = models.open(index.folder())) {
            List<PastCase> found = casebook.pastCases(new PastCasesQuery(sku, withNotes, intent, from,
                    String.join(" ", text), limit));
            IndexOption.sayIfBuilt(casebook.caseBase(), spec.commandLine().getErr());
            ObjectMapper mapper = new ObjectMapper();
            if (!json) {
                out.println(found.size() + " case" + (found.size() == 1 ? "" : "s") + " of " + sku);
            }
            for (PastCase c : found) {
                if (json) {
                    out.println(mapper.writeValueAsString(CaseText.json(c)));
                } else {
                    out.println();
                    CaseText.pastCase(out, c);
                }
            }
            return Main.OK;
        }
    }
}
