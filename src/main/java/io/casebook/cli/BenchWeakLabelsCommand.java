package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.Evaluation;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.classify.ModelEvaluator;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import io.casebook.inbox.InboxItem;
import io.casebook.inbox.InboxOptions;
import io.casebook.inbox.Inboxes;
import io.casebook.learn.SubjectTopics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "weak-labels", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the weak labels of Amazon subjects (train --add-weak) on an inbox labelled by hand: how "
                + "often a subject's topic is the hand label, and the intent model's macro-F1 and accuracy on the "
                + "inbox's labelled messages before and after training on the corpus plus the weak labels."})
final class BenchWeakLabelsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "INBOX", description = "The inbox (default: ${DEFAULT-VALUE}).")
    Path inbox = Path.of("corpora", "demo", "mail", "inbox.mbox");

    @Option(names = "--labels", paramLabel = "CSV", description = "Hand labels: message id and intent "
            + "(default: ${DEFAULT-VALUE}).")
    Path labels = Path.of("corpora", "demo", "mail", "labels.csv");

    @Option(names = "--id-column", description = "The labels' id column (default: ${DEFAULT-VALUE}).")
    String idColumn = "message_id";

    @Option(names = "--corpus", paramLabel = "CSV", description = "The corpus (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpora", "messages.csv");

    @Option(names = "--weights", split = ",", description = "Weights of a weak label to try, 0 for none: the corpus "
            + "alone, retrained the same way (default: ${DEFAULT-VALUE}).")
    List<Integer> weights = List.of(0, 1, 5);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> gold = new HashMap<>();
        try (Reader r = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!rec.get("intent").isBlank()) {
                    gold.put(rec.get(idColumn), rec.get("intent").strip());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CasebookException(labels + ": needs the columns " + idColumn + " and intent: " + e.getMessage(), e);
        }
        List<LabelledText> test = new ArrayList<>();
        List<LabelledText> weak = new ArrayList<>();
        int right = 0;
        List<InboxItem> items = new ArrayList<>();
        Inboxes.read(inbox, InboxOptions.detect(), items::add);
        for (InboxItem i : items) {
            if (i.isReject() || !gold.containsKey(i.id())) {
                continue;
            }
            test.add(new LabelledText(i.text(), gold.get(i.id()), "", i.line()));
            String s = SubjectTopics.suggest(i.meta().subject());
            if (!s.isEmpty()) {
                weak.add(new LabelledText(i.text(), s, "", i.line()));
                right += s.equals(gold.get(i.id())) ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "%s: %d labelled messages, %d weak labels from subjects, %d of them (%.0f%%) the hand "
                + "label%n", inbox, test.size(), weak.size(), right, 100.0 * right / Math.max(1, weak.size()));
        out.printf(Locale.ROOT, "%-40s %9s %9s%n", "intent model", "macro-F1", "accuracy");
        print(out, "shipped", ShippedModels.load("intent"), test);
        LabelledData base = LabelledData.read(corpus, "text", "intent", "lang");
        for (int w : weights) {
            List<LabelledText> rows = new ArrayList<>(base.rows());
            rows.addAll(weak);
            int[] copies = new int[rows.size()];
            Arrays.fill(copies, 1);
            Arrays.fill(copies, base.rows().size(), rows.size(), w);
            TextClassifier m = ClassifierTrainer.train("intent", new LabelledData(corpus, base.sha256(), rows, 0), copies,
                    TrainingSettings.DEFAULT.withFolds(0));
            print(out, w == 0 ? "corpus alone, retrained" : "corpus + weak labels, weight " + w, m, test);
        }
        return Main.OK;
    }

    private static void print(PrintWriter out, String name, TextClassifier model, List<LabelledText> test) {
        List<Ranking> predicted = test.stream().map(t -> model.rank(t.text())).toList();
        Evaluation e = ModelEvaluator.score(test.stream().map(LabelledText::label).toList(), predicted, null);
        out.printf(Locale.ROOT, "%-40s %9.3f %9.3f%n", name, e.macroF1(), e.accuracy());
        out.flush();
    }

}
