package io.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.Precedent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds the past cases closest to a buyer message: same SKU and intent first.",
                "The message is classified first (or --intent says its intent); the SKU comes from --sku, from a "
                        + "known SKU in the text, or from an earlier case about the same order id. The text is "
                        + "analysed, never parsed as a query: quotes, brackets and operators are just characters."})
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The buyer's message ('-' or none: standard input).")
    List<String> text = new ArrayList<>();

    @Option(names = "--sku", description = "The SKU the message is about.")
    String sku = "";

    @Option(names = "--order-id", paramLabel = "ID", description = "The order the message is about.")
    String orderId = "";

    @Option(names = "--intent", description = "The message's intent, instead of the classifier's.")
    String intent;

    @Option(names = {"-k", "--limit"}, paramLabel = "N", description = "How many cases (default: ${DEFAULT-VALUE}).")
    int limit = 5;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String message = MessageInput.read(text);
        try (Casebook casebook = models.open(index.folder())) {
            BuyerMessage m = BuyerMessage.of(message).withSku(sku).withOrderId(orderId);
            Options.checkLimit(limit);
            Analysis a = casebook.analyze(m);
            if (intent != null) {
                Options.checkIntent(intent);
            }
            List<Precedent> found = intent != null ? casebook.precedents(m, intent, limit)
                    : casebook.precedents(m, a, limit);
            IndexOption.sayIfBuilt(casebook.caseBase(), spec.commandLine().getErr());
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("analysis", CaseText.json(a));
                doc.put("precedents", found.stream().map(CaseText::json).toList());
                out.println(new ObjectMapper().writeValueAsString(doc));
            } else {
                CaseText.analysis(out, a);
                out.println();
                CaseText.precedents(out, found);
            }
            return Main.OK;
        }
    }
}
