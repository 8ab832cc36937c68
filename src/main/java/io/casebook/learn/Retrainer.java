package io.casebook.learn;

import io.casebook.CasebookException;
import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.DataFileException;
import io.casebook.classify.Evaluation;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.classify.LanguageDetector;
import io.casebook.classify.ModelEvaluator;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Retrains the intent and sentiment models on casebook's corpus plus a seller's own labels, and
 * says whether the new models are better for that seller.
 *
 * <p>The seller's labels count {@code sellerWeight} times each (a label is repeated in the
 * training data), because a few hundred of them must be heard over thousands of corpus messages;
 * when the same text is labelled more than once, the last label wins. The data trained on is
 * written as {@code training-data.csv} (text, labels, language, source file and line, weight), the
 * record of which label came from where.
 *
 * <p>Each new model is scored twice: the usual cross-validation on the merged data, and on the
 * seller's own labels by a model that did not train on them (k-fold over the seller's labels:
 * each fold is predicted by a model trained on the corpus and the other folds). The model in use
 * is scored on the same labels; the verdict compares the two macro-F1.
 *
 * <p>Weak labels (the topics of Amazon subjects, {@link SubjectTopics}) may be added as training
 * data of their own weight; they are not the seller's labels and are not scored on.
 *
 * <p>Deterministic for a given seed.
 */
public final class Retrainer {

    /** Below this many seller labels for a model, the comparison on them is not made. */
    public static final int MIN_LABELS_TO_COMPARE = 10;

    /** What to retrain on and how. */
    public record Request(Path corpus, List<SellerLabel> labels, int sellerWeight, int sellerFolds,
            TrainingSettings settings, List<SellerLabel> weakLabels, int weakWeight) {

        /** A request without weak labels. */
        public Request(Path corpus, List<SellerLabel> labels, int sellerWeight, int sellerFolds,
                TrainingSettings settings) {
            this(corpus, labels, sellerWeight, sellerFolds, settings, List.of(), 1);
        }

        public Request {
            labels = List.copyOf(labels);
            weakLabels = List.copyOf(weakLabels);
            if (weakWeight < 1) {
                throw new IllegalArgumentException("weakWeight must be at least 1");
            }
            if (sellerWeight < 1) {
                throw new IllegalArgumentException("sellerWeight must be at least 1");
            }
            if (sellerFolds < 2) {
                throw new IllegalArgumentException("sellerFolds must be at least 2");
            }
        }
    }

    /**
     * One retrained model and how it compares with the one in use on the seller's labels.
     *
     * @param currentOnSeller the model in use, on the seller's labels (null when too few)
     * @param newOnSeller     the new model, each label predicted by a model that did not train on it
     */
    public record KindResult(String kind, TextClassifier model, int corpusRows, int sellerRows,
            Evaluation crossValidation, Evaluation currentOnSeller, Evaluation newOnSeller) {

        /** True when compared and the new model's macro-F1 on the seller's labels is not lower. */
        public boolean notWorse() {
            return compared() && newOnSeller.macroF1() >= currentOnSeller.macroF1() - 1e-12;
        }

        public boolean compared() {
            return currentOnSeller != null && newOnSeller != null;
        }
    }

    private Retrainer() {
    }

    /**
     * Retrains the models of {@code current} (kind to model in use) and writes the training data
     * into {@code dir}. The models are returned, not written.
     */
    public static List<KindResult> retrain(Request request, Map<String, TextClassifier> current, Path dir,
            Consumer<String> progress) {
        List<CorpusRow> rows = merged(request);
        Path data = dir.resolve("training-data.csv");
        writeTrainingData(rows, data);
        String sha = LabelledData.sha256(data);
        List<KindResult> out = new ArrayList<>();
        for (Map.Entry<String, TextClassifier> e : current.entrySet()) {
            String kind = e.getKey();
            List<LabelledText> texts = new ArrayList<>();
            List<Integer> copies = new ArrayList<>();
            List<Integer> sellerIndex = new ArrayList<>();
            int corpusRows = 0;
            for (CorpusRow r : rows) {
                String label = kind.equals("intent") ? r.intent : r.sentiment;
                if (label.isEmpty()) {
                    continue;
                }
                if (r.seller) {
                    sellerIndex.add(texts.size());
                } else {
                    corpusRows++;
                }
                texts.add(new LabelledText(r.text, label, r.lang, r.line));
                copies.add(r.weight);
            }
            LabelledData labelled = new LabelledData(data, sha, texts, 0);
            int[] weights = copies.stream().mapToInt(Integer::intValue).toArray();
            progress.accept("training the " + kind + " model on " + corpusRows + " corpus messages and "
                    + sellerIndex.size() + " of the seller's (each counted " + request.sellerWeight() + " times), after "
                    + request.settings().folds() + "-fold cross-validation");
            TextClassifier model;
            try {
                model = ClassifierTrainer.train(kind, labelled, weights, request.settings());
            } catch (DataFileException ex) {
                throw new CasebookException(ex.getMessage(), ex);
            }
            Evaluation currentOnSeller = null;
            Evaluation newOnSeller = null;
            if (sellerIndex.size() >= MIN_LABELS_TO_COMPARE) {
                progress.accept("scoring the new and the current " + kind + " model on the seller's " + sellerIndex.size()
                        + " labels (" + request.sellerFolds() + " folds, each predicted by a model that did not train on it)");
                List<String> gold = new ArrayList<>();
                List<Ranking> before = new ArrayList<>();
                for (int i : sellerIndex) {
                    gold.add(texts.get(i).label());
                    before.add(e.getValue().rank(texts.get(i).text()));
                }
                List<Ranking> after = heldOut(labelled, weights, sellerIndex, kind, request);
                currentOnSeller = ModelEvaluator.score(gold, before, e.getValue().manifest().threshold());
                newOnSeller = ModelEvaluator.score(gold, after, model.manifest().threshold());
            }
            out.add(new KindResult(kind, model, corpusRows, sellerIndex.size(), model.manifest().crossValidation(),
                    currentOnSeller, newOnSeller));
        }
        return out;
    }

    /** Each seller label predicted by a model trained on the corpus and the seller's other folds. */
    private static List<Ranking> heldOut(LabelledData data, int[] weights, List<Integer> sellerIndex, String kind,
            Request request) {
        List<LabelledText> seller = sellerIndex.stream().map(i -> data.rows().get(i)).toList();
        int folds = Math.min(request.sellerFolds(), seller.size());
        int[] fold = ClassifierTrainer.stratifiedFolds(seller, folds, request.settings().seed());
        Ranking[] out = new Ranking[seller.size()];
        for (int f = 0; f < folds; f++) {
            int[] copies = weights.clone();
            for (int j = 0; j < seller.size(); j++) {
                if (fold[j] == f) {
                    copies[sellerIndex.get(j)] = 0;
                }
            }
            TextClassifier m = ClassifierTrainer.train(kind, data, copies, request.settings().withFolds(0));
            for (int j = 0; j < seller.size(); j++) {
                if (fold[j] == f) {
                    out[j] = m.rank(seller.get(j).text());
                }
            }
        }
        return List.of(out);
    }

    /** A row of the merged training data. */
    private record CorpusRow(String text, String intent, String sentiment, String lang, String source, long line,
            int weight, boolean seller) {
    }

    private static List<CorpusRow> merged(Request request) {
        List<CorpusRow> rows = new ArrayList<>();
        Path corpus = request.corpus();
        try (Reader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new CorpusRow(r.get("text"), r.isMapped("intent") ? r.get("intent").strip() : "",
                        r.isMapped("sentiment") ? r.get("sentiment").strip() : "", r.isMapped("lang") ? r.get("lang") : "",
                        corpus.getFileName().toString(), r.getRecordNumber() + 1, 1, false));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CasebookException(corpus + ": cannot read the corpus: " + e.getMessage(), e);
        }
        Map<String, SellerLabel> byText = new LinkedHashMap<>();
        for (SellerLabel l : request.labels()) {
            byText.remove(l.text().strip());
            byText.put(l.text().strip(), l);
        }
        LanguageDetector languages = LanguageDetector.standard();
        for (SellerLabel l : request.weakLabels()) {
            if (!byText.containsKey(l.text().strip())) {
                // a weak label (an Amazon subject's topic) trains, but is not one of the seller's labels to score on
                rows.add(new CorpusRow(l.text(), l.intent(), l.sentiment(), languages.detect(l.text(), Set.of()).code(),
                        l.source(), l.line(), request.weakWeight(), false));
            }
        }
        for (SellerLabel l : byText.values()) {
            String lang = languages.detect(l.text(), Set.of()).code();
            rows.add(new CorpusRow(l.text(), l.intent(), l.sentiment(), lang, l.source(), l.line(),
                    request.sellerWeight(), true));
        }
        return rows;
    }

    private static void writeTrainingData(List<CorpusRow> rows, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord("text", "intent", "sentiment", "lang", "source", "line", "weight");
            for (CorpusRow r : rows) {
                p.printRecord(r.text, r.intent, r.sentiment, r.lang, r.source, r.line, r.weight);
            }
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
