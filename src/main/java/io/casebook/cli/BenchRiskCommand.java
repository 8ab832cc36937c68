package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.inbox.InboxException;
import io.casebook.inbox.InboxItem;
import io.casebook.inbox.InboxReader;
import io.casebook.reply.ReplyChecker;
import io.casebook.reply.ReplyContext;
import io.casebook.risk.RiskFlagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "risk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the time the risk flags add per buyer message and the reply check per reply, "
                + "on one thread: the corpus's messages and the shipped cases' replies in a loop, after a warm-up."})
final class BenchRiskCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", paramLabel = "CSV", description = "Buyer messages (default: ${DEFAULT-VALUE}).")
    Path messages = Path.of("corpora", "messages.csv");

    @Option(names = "--replies", paramLabel = "CSV", description = "Replies, a CSV with a reply column "
            + "(default: ${DEFAULT-VALUE}).")
    Path replies = Path.of("corpora", "cases.csv");

    @Option(names = "--seconds", description = "Seconds per measured round (default: ${DEFAULT-VALUE}).")
    double seconds = 2;

    @Option(names = "--rounds", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = read(messages, "text");
        List<String> replyTexts = read(replies, "reply");
        RiskFlagger flagger = RiskFlagger.standard();
        ReplyChecker checker = ReplyChecker.standard();
        ReplyContext context = new ReplyContext("amazon", "Ana Souza", "113-4829301-5571234", "", java.util.Set.of());
        out.printf(Locale.ROOT, "1 thread, %d rounds of %.1f s after a warm-up (Java %s)%n", rounds, seconds,
                System.getProperty("java.version"));
        measure(out, "risk flags", texts, t -> flagger.flags(t).size());
        measure(out, "reply check", replyTexts, t -> checker.check(t, context).size());
        return Main.OK;
    }

    private void measure(PrintWriter out, String what, List<String> items, ToIntFunction<String> work) {
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            sink += work.applyAsInt(items.get(i % items.size()));
        }
        List<Double> micros = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long n = 0;
            long start = System.nanoTime();
            long stop = start + (long) (seconds * 1e9);
            while (System.nanoTime() < stop) {
                sink += work.applyAsInt(items.get((int) (n % items.size())));
                n++;
            }
            micros.add((System.nanoTime() - start) / 1e3 / n);
        }
        micros.sort(null);
        out.printf(Locale.ROOT, "%-12s %d texts: median %.1f µs each (min %.1f, max %.1f)%s%n", what, items.size(),
                micros.get(micros.size() / 2), micros.get(0), micros.get(micros.size() - 1), sink == 42 ? " " : "");
        out.flush();
    }

    private static List<String> read(Path csv, String column) {
        List<String> out = new ArrayList<>();
        try {
            InboxReader.readCsv(csv, column, "id", (InboxItem item) -> {
                if (!item.isReject() && !item.text().isBlank()) {
                    out.add(item.text());
                }
            });
        } catch (InboxException e) {
            throw new CasebookException(e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new CasebookException(csv + ": no " + column + " to measure with");
        }
        return out;
    }
}
