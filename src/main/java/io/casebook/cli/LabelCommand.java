package io.casebook.cli;

import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.LabelScore;
import io.casebook.Prediction;
import io.casebook.CasebookException;
import io.casebook.classify.Ranking;
import io.casebook.inbox.InboxItem;
import io.casebook.inbox.Inboxes;
import io.casebook.learn.LabelQueue;
import io.casebook.learn.LabelsFile;
import io.casebook.learn.SubjectTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "label", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Labels the seller's own messages in the terminal, one key press each, asking first about those "
                + "that teach the model most (uncertain ones, spread over the intents, one of each near-duplicate; "
                + "docs/learning.md).",
                "Every answer is saved at once in the labels file; a session started on the same file resumes where "
                        + "the last one stopped. Then: casebook train --add LABELS."})
final class LabelCommand implements Callable<Integer> {

    /** Set by tests: the terminal's input and output instead of the console. */
    static InputStream testInput;
    static OutputStream testOutput;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INBOX",
            description = "An inbox: CSV/TSV export, JSON lines, JSON array, mbox, a folder of .eml files.")
    Path inbox;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "The labels file (default: <inbox name>.labels.csv in the current folder).")
    Path labelsFile;

    @Option(names = "--order", paramLabel = "uncertain|inbox",
            description = "Which messages first: uncertain (the strategy above) or inbox order (default: ${DEFAULT-VALUE}).")
    String order = "uncertain";

    @Option(names = "--limit", paramLabel = "N", description = "Ask about at most N messages this session.")
    Integer limit;

    @CommandLine.Mixin
    InboxInputOptions input;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws IOException {
        if (!order.equals("uncertain") && !order.equals("inbox")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--order takes uncertain or inbox");
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<InboxItem> read = new ArrayList<>();
        int[] rejected = new int[1];
        Inboxes.read(inbox, input.options(), item -> {
            if (item.isReject()) {
                rejected[0]++;
            } else {
                read.add(item);
            }
        });
        if (read.isEmpty()) {
            throw new CasebookException(inbox + ": no messages to label" + (rejected[0] > 0
                    ? " (" + rejected[0] + " rejected; 'casebook classify' lists why)" : ""));
        }
        Path file = labelsFile != null ? labelsFile : Path.of(baseName(inbox) + ".labels.csv");
        LabelsFile labels = LabelsFile.open(file);
        List<LabelSession.Item> items = items(read);
        if (order.equals("uncertain")) {
            List<Integer> ordered = LabelQueue.order(items.stream().map(LabelSession.Item::text).toList(),
                    items.stream().map(LabelSession.Item::intent).toList());
            List<LabelSession.Item> sorted = new ArrayList<>(items.size());
            ordered.forEach(i -> sorted.add(items.get(i)));
            items.clear();
            items.addAll(sorted);
        }
        items.removeIf(i -> labels.answered(i.key()));
        int before = labels.answers().size();
        if (limit != null && items.size() > limit) {
            items.subList(limit, items.size()).clear();
        }
        err.printf(Locale.ROOT, "%d messages in %s%s; %d answered before in %s; %d to ask about%n", read.size(), inbox,
                rejected[0] > 0 ? " (" + rejected[0] + " rejected)" : "", before, file, items.size());
        err.flush();
        LabelSession.Summary summary;
        try (Terminal terminal = terminal()) {
            terminal.enterRawMode();
            summary = new LabelSession(terminal, labels).run(items);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%nthis session: %d accepted, %d corrected, %d skipped, %d undone; %d messages left%n",
                summary.accepted(), summary.corrected(), summary.skipped(), summary.undone(), summary.left());
        out.printf(Locale.ROOT, "%d answers saved in %s; to learn from them: casebook train --add %s%n",
                labels.answers().size(), file, file);
        return Main.OK;
    }

    private List<LabelSession.Item> items(List<InboxItem> read) {
        List<LabelSession.Item> out = new ArrayList<>(read.size());
        try (Casebook casebook = models.open()) {
            for (InboxItem item : read) {
                Analysis a = casebook.analyze(new BuyerMessage(item.id(), item.text()));
                String key = item.id().isEmpty() ? "sha256:" + sha256(item.text()) : item.id();
                out.add(new LabelSession.Item(key, item.id(), item.text(), item.source(), item.line(),
                        ranking(a.intent()), ranking(a.sentiment()), SubjectTopics.suggest(item.meta().subject())));
            }
        }
        return out;
    }

    /** A prediction as a ranking: its label first, then the alternatives. */
    static Ranking ranking(Prediction p) {
        List<String> labels = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        labels.add(p.label());
        probabilities.add(p.confidence());
        for (LabelScore s : p.alternatives()) {
            labels.add(s.label());
            probabilities.add(s.probability());
        }
        return new Ranking(labels, probabilities);
    }

    private static Terminal terminal() throws IOException {
        if (testInput != null) {
            return TerminalBuilder.builder().system(false).streams(testInput, testOutput).type("dumb")
                    .encoding(StandardCharsets.UTF_8).build();
        }
        Terminal t = TerminalBuilder.builder().system(true).build();
        if (Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
            t.close();
            throw new CasebookException("casebook label needs a terminal (it reads one key press at a time); "
                    + "run it in a terminal window, not through a pipe");
        }
        return t;
    }

    private static String baseName(Path inbox) {
        String name = inbox.getFileName() == null ? "inbox" : inbox.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
