package io.casebook.cli;

import io.casebook.classify.LabelledText;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.learn.LabelQueue;
import io.casebook.learn.LabelsFile;
import io.casebook.learn.SessionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes {@code casebook label}'s queue learn as the seller answers: every few answers, the
 * intent model is retrained on the corpus and every answer in the labels file
 * ({@link SessionModel}), the inbox's messages are ranked by it, and the messages not answered
 * yet are ordered again ({@link LabelQueue}) and shown with the new model's intents.
 */
final class QueueRelearner implements LabelSession.Relearner {

    private final SessionModel model;
    private final LabelQueue queue;
    private final List<LabelSession.Item> inbox;
    private final LabelsFile labels;
    private final int every;

    /**
     * @param inbox every message of the inbox, in inbox order (the order {@code queue} was built on)
     */
    QueueRelearner(SessionModel model, LabelQueue queue, List<LabelSession.Item> inbox, LabelsFile labels, int every) {
        this.model = model;
        this.queue = queue;
        this.inbox = List.copyOf(inbox);
        this.labels = labels;
        this.every = every;
    }

    @Override
    public int every() {
        return every;
    }

    @Override
    public String describe() {
        List<LabelsFile.Answer> given = labels.answers().stream().filter(a -> !a.intent().isEmpty()).toList();
        List<LabelsFile.Answer> last = given.subList(Math.max(0, given.size() - every), given.size());
        long right = last.stream().filter(a -> a.intent().equals(a.modelIntent())).count();
        return "learning from your " + given.size() + " answers (the model shown had " + right + " of the last "
                + last.size() + " intents right; retraining on the corpus's " + model.corpusSize()
                + " messages and yours) ...";
    }

    @Override
    public List<LabelSession.Item> relearn() {
        TextClassifier retrained = model.train(intentAnswers());
        List<Ranking> rankings = new ArrayList<>(inbox.size());
        String[] answers = answers(inbox, labels);
        for (int i = 0; i < inbox.size(); i++) {
            rankings.add(answers[i] != null ? null : retrained.rank(inbox.get(i).text()));
        }
        List<LabelSession.Item> out = new ArrayList<>();
        for (int i : queue.order(rankings, answers)) {
            LabelSession.Item item = inbox.get(i);
            out.add(new LabelSession.Item(item.key(), item.id(), item.text(), item.source(), item.line(), rankings.get(i),
                    item.sentiment(), item.suggested()));
        }
        return out;
    }

    /** Per message of {@code inbox}: null when not answered, else the intent given (empty when skipped). */
    static String[] answers(List<LabelSession.Item> inbox, LabelsFile labels) {
        Map<String, String> byKey = new HashMap<>();
        for (LabelsFile.Answer a : labels.answers()) {
            byKey.put(a.key(), a.intent());
        }
        String[] out = new String[inbox.size()];
        for (int i = 0; i < inbox.size(); i++) {
            out[i] = byKey.get(inbox.get(i).key());
        }
        return out;
    }

    private List<LabelledText> intentAnswers() {
        List<LabelledText> out = new ArrayList<>();
        for (LabelsFile.Answer a : labels.answers()) {
            if (!a.intent().isEmpty()) {
                out.add(new LabelledText(a.text(), a.intent(), "", a.line()));
            }
        }
        return out;
    }
}
