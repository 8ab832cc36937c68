package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.classify.Evaluation;
import io.casebook.classify.LabelMetrics;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import io.casebook.learn.ModelStore;
import io.casebook.learn.Retrainer;
import io.casebook.learn.SellerLabel;
import io.casebook.learn.SellerLabels;
import io.casebook.learn.SubjectTopics;
import io.casebook.inbox.InboxOptions;
import io.casebook.inbox.Inboxes;
import io.casebook.report.EvaluationText;
import io.casebook.store.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** {@code casebook train --add}: retrains with the seller's labels into the model store, safely. */
final class SellerRetraining {

    /** Each seller label counts this many times by default (docs/learning.md says why). */
    static final int DEFAULT_WEIGHT = 20;

    private final PrintWriter out;
    private final PrintWriter err;

    SellerRetraining(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Path corpus, List<Path> files, List<Path> weakInboxes, int weight, int weakWeight, int folds,
            TrainingSettings settings, Path storeRoot, boolean force) {
        List<SellerLabel> labels = new ArrayList<>();
        for (Path f : files) {
            SellerLabels.Read read = SellerLabels.read(f);
            labels.addAll(read.labels());
            err.printf(Locale.ROOT, "%s: %d labels%s%s%n", f, read.labels().size(),
                    read.unchanged() > 0 ? ", " + read.unchanged() + " rows left as the model said (not taken)" : "",
                    read.skipped() > 0 ? ", " + read.skipped() + " skipped" : "");
        }
        List<SellerLabel> weak = new ArrayList<>();
        for (Path inbox : weakInboxes) {
            int[] seen = new int[1];
            Inboxes.read(inbox, InboxOptions.detect(), item -> {
                if (item.isReject()) {
                    return;
                }
                seen[0]++;
                String intent = SubjectTopics.suggest(item.meta().subject());
                if (!intent.isEmpty()) {
                    weak.add(new SellerLabel(item.id(), item.text(), intent, "", inbox.getFileName().toString(),
                            item.line()));
                }
            });
            err.printf(Locale.ROOT, "%s: %d weak labels from Amazon subject topics (of %d messages)%n", inbox,
                    weak.size(), seen[0]);
        }
        if (labels.isEmpty() && weak.isEmpty()) {
            throw new CasebookException("no labels in " + (files.isEmpty() ? weakInboxes : files) + ": nothing to learn "
                    + "from (in a results file, correct the intent or sentiment column of the rows casebook got wrong)");
        }
        ModelStore store = ModelStore.at(storeRoot);
        String before = store.currentVersion();
        Map<String, TextClassifier> current = currentModels(store);
        Path staging = store.staging();
        StringWriter reportText = new StringWriter();
        PrintWriter report = new PrintWriter(reportText);
        List<Retrainer.KindResult> results = Retrainer.retrain(
                new Retrainer.Request(corpus, labels, weight, folds, settings, weak, weakWeight), current, staging, line -> {
                    err.println(line);
                    err.flush();
                });
        boolean compared = false;
        boolean notWorse = true;
        for (Retrainer.KindResult r : results) {
            try {
                r.model().save(staging.resolve(r.kind() + ".model"));
            } catch (IOException e) {
                throw new CasebookException(staging + ": cannot write the " + r.kind() + " model: " + e.getMessage(), e);
            }
            report.println(EvaluationText.render(r.kind() + " model, " + settings.folds()
                    + "-fold cross-validation on the corpus and the seller's labels", r.crossValidation()));
            if (r.compared()) {
                compared = true;
                notWorse &= r.notWorse();
                comparison(report, r, before);
            } else {
                report.printf(Locale.ROOT, "%s: %d seller labels, fewer than %d: not compared with the model in use%n%n",
                        r.kind(), r.sellerRows(), Retrainer.MIN_LABELS_TO_COMPARE);
            }
        }
        String version;
        boolean promote = force || (compared && notWorse);
        report.flush();
        try {
            AtomicFiles.write(staging.resolve("report.txt"), reportText.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CasebookException(staging + ": cannot write the report: " + e.getMessage(), e);
        }
        version = store.commit(staging);
        out.print(reportText);
        String note = labels.size() + " seller labels from " + files.stream().map(p -> p.getFileName().toString()).toList()
                + ", weight " + weight + (weak.isEmpty() ? "" : "; " + weak.size() + " weak labels, weight " + weakWeight);
        if (promote) {
            store.promote(version, note + (force && !(compared && notWorse) ? " (forced)" : ""));
            out.printf(Locale.ROOT, "now in use: %s in %s (before: %s; 'casebook models rollback' goes back)%n",
                    version, store.root(), before);
        } else {
            out.printf(Locale.ROOT, "kept %s: %s; the new models are stored as %s in %s "
                    + "('casebook models use %s' or --force to use them anyway)%n", before,
                    compared ? "the new models are worse on the seller's labels"
                            : "too few seller labels to show that the new models are not worse",
                    version, store.root(), version);
        }
        return Main.OK;
    }

    /** The per-label F1 of the model in use and the new one on the seller's labels. */
    private void comparison(PrintWriter report, Retrainer.KindResult r, String before) {
        Evaluation a = r.currentOnSeller();
        Evaluation b = r.newOnSeller();
        report.printf(Locale.ROOT, "%s model on the seller's %d labels (the new one scored on labels it did not train "
                + "on): macro-F1 %.3f -> %.3f, accuracy %.3f -> %.3f%s%n", r.kind(), r.sellerRows(), a.macroF1(),
                b.macroF1(), a.accuracy(), b.accuracy(), r.notWorse() ? "" : "  WORSE");
        report.printf(Locale.ROOT, "  %-26s %8s %8s %8s %8s%n", "label", "support", before.equals(ModelStore.SHIPPED)
                ? "shipped" : before, "new", "change");
        Map<String, LabelMetrics> old = byLabel(a);
        Map<String, LabelMetrics> neu = byLabel(b);
        for (String label : new TreeSet<>(neu.keySet())) {
            LabelMetrics n = neu.get(label);
            if (n.support() == 0) {
                continue;
            }
            LabelMetrics o = old.get(label);
            double f1Old = o == null ? 0 : o.f1();
            report.printf(Locale.ROOT, "  %-26s %8d %8.3f %8.3f %+8.3f%n", label, n.support(), f1Old, n.f1(),
                    n.f1() - f1Old);
        }
        report.println();
    }

    private static Map<String, LabelMetrics> byLabel(Evaluation e) {
        Map<String, LabelMetrics> m = new LinkedHashMap<>();
        e.perLabel().forEach(l -> m.put(l.label(), l));
        return m;
    }

    /** The models in use: the store's current version, else the shipped ones. */
    private static Map<String, TextClassifier> currentModels(ModelStore store) {
        Map<String, TextClassifier> out = new LinkedHashMap<>();
        var dir = store.current();
        for (String kind : List.of("intent", "sentiment")) {
            String file = kind + ".model";
            if (dir.isPresent()) {
                out.put(kind, TextClassifier.load(dir.get().resolve(file)));
            } else {
                out.put(kind, ShippedModels.load(kind));
            }
        }
        return out;
    }
}
