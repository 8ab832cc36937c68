package io.casebook.learn;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intent model {@code casebook label} retrains during a session, to order the messages left
 * by what the answers so far have taught: trained like {@code casebook train --add} (the corpus,
 * plus each of the seller's labels counted {@code sellerWeight} times, the last label of a text
 * winning) but without the cross-validation, and never saved. The learning curve's simulation
 * trains with it too.
 */
public final class SessionModel {

    private final LabelledData corpus;
    private final int sellerWeight;
    private final TrainingSettings settings;

    /** A session model over {@code corpus} (its intent column). */
    public SessionModel(LabelledData corpus, int sellerWeight, TrainingSettings settings) {
        if (sellerWeight < 1) {
            throw new IllegalArgumentException("the seller weight must be at least 1");
        }
        this.corpus = corpus;
        this.sellerWeight = sellerWeight;
        this.settings = settings.withFolds(0);
    }

    /** Reads the intent column of the corpus CSV {@code file} (columns {@code text}, {@code intent}, {@code lang}). */
    public static SessionModel read(Path file, int sellerWeight, TrainingSettings settings) {
        return new SessionModel(LabelledData.read(file, "text", "intent", "lang"), sellerWeight, settings);
    }

    /** The intent model trained on the corpus and {@code labels} (text and intent, in the order given). */
    public TextClassifier train(List<LabelledText> labels) {
        Map<String, LabelledText> byText = new LinkedHashMap<>();
        for (LabelledText l : labels) {
            byText.remove(l.text().strip());
            byText.put(l.text().strip(), l);
        }
        List<LabelledText> rows = new ArrayList<>(corpus.rows());
        rows.addAll(byText.values());
        int[] copies = new int[rows.size()];
        Arrays.fill(copies, 1);
        Arrays.fill(copies, corpus.rows().size(), rows.size(), sellerWeight);
        return ClassifierTrainer.train("intent", new LabelledData(corpus.file(), corpus.sha256(), rows, 0), copies,
                settings);
    }

    /** Messages in the corpus. */
    public int corpusSize() {
        return corpus.rows().size();
    }
}
