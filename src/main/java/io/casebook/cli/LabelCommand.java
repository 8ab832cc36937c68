package io.casebook.cli;

import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.LabelScore;
import io.casebook.Prediction;
import io.casebook.classify.DataFileException;
import io.casebook.classify.Ranking;
import io.casebook.classify.TrainingSettings;
import io.casebook.inbox.InboxItem;
import io.casebook.inbox.Inboxes;
import io.casebook.learn.LabelQueue;
import io.casebook.learn.LabelsFile;
import io.casebook.learn.SessionModel;
import io.casebook.learn.SubjectTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
                + "that teach the model most (uncertain ones that many messages resemble, one of each group of alike "
                + "messages; the order is relearned as you answer; docs/learning.md).",
                "Every answer is saved at once in the labels file; a session started on the same file resumes where "
                        + "the last one stopped. Then: casebook train --add LABELS."})
final class LabelCommand implements Callable<Integer> {

    /** After how many answers {@code label} retrains and orders the messages left again, by default. */
    static final int RELEARN_EVERY = 25;

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

    @Option(names = "--relearn-every", paramLabel = "N", description = "Every N answers, retrain the intent model on "
            + "the corpus and the answers so far (about 10 s) and order the messages left again (default: "
            + "${DEFAULT-VALUE}; 0: never; only with --order uncertain).")
    int relearnEvery = RELEARN_EVERY;

    @Option(names = "--corpus", paramLabel = "CSV", description = "The corpus to relearn with, as casebook train "
            + "(default: ${DEFAULT-VALUE}; when it is missing the order is not relearned).")
    Path corpus = Path.of("corpora", "messages.csv");

    @Option(names = "--seller-weight", paramLabel = "N", description = "How many corpus messages each answer counts "
            + "for when relearning (default: ${DEFAULT-VALUE}, as casebook train --add).")
    int sellerWeight = SellerRetraining.DEFAULT_WEIGHT;

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
        if (relearnEvery < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--relearn-every must be 0 or more");
        }
        if (sellerWeight < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seller-weight must be at least 1");
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
        List<LabelSession.Item> inboxItems = items(read);
        List<LabelSession.Item> items = new ArrayList<>();
        LabelSession.Relearner relearner = null;
        if (order.equals("uncertain")) {
            LabelQueue queue = LabelQueue.of(inboxItems.stream().map(LabelSession.Item::text).toList());
            List<Ranking> rankings = inboxItems.stream().map(LabelSession.Item::intent).toList();
            queue.order(rankings, QueueRelearner.answers(inboxItems, labels)).forEach(i -> items.add(inboxItems.get(i)));
            relearner = relearner(queue, inboxItems, labels, err);
        } else {
            inboxItems.stream().filter(i -> !labels.answered(i.key())).forEach(items::add);
        }
        int before = labels.answers().size();
        int asking = limit == null ? items.size() : Math.min(limit, items.size());
        err.printf(Locale.ROOT, "%d messages in %s%s; %d answered before in %s; %d to ask about%s%n", read.size(), inbox,
                rejected[0] > 0 ? " (" + rejected[0] + " rejected)" : "", before, file, asking,
                relearner == null ? "" : "; the order is relearned every " + relearnEvery + " answers");
        err.flush();
        LabelSession.Summary summary;
        try (Terminal terminal = terminal()) {
            terminal.enterRawMode();
            summary = new LabelSession(terminal, labels, relearner, asking, testInput == null).run(items);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%nthis session: %d accepted, %d corrected, %d skipped, %d undone; order relearned %d "
                + "times; %d messages left%n", summary.accepted(), summary.corrected(), summary.skipped(), summary.undone(),
                summary.relearned(), summary.left());
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

    /** The relearner for this session, or null when relearning is off or there is no corpus to relearn with. */
    private LabelSession.Relearner relearner(LabelQueue queue, List<LabelSession.Item> inboxItems, LabelsFile labels,
            PrintWriter err) {
        if (relearnEvery == 0) {
            return null;
        }
        if (!Files.isRegularFile(corpus)) {
            err.println("note: " + corpus + " not found, so the order is not relearned as you answer "
                    + "(--corpus names the corpus; casebook train --add learns from the answers afterwards)");
            return null;
        }
        SessionModel model;
        try {
            model = SessionModel.read(corpus, sellerWeight, TrainingSettings.DEFAULT);
        } catch (DataFileException e) {
            throw new CasebookException(e.getMessage(), e);
        }
        return new QueueRelearner(model, queue, inboxItems, labels, relearnEvery);
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
