package io.casebook.jmh;

import io.casebook.Analysis;
import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.classify.LanguageDetector;
import io.casebook.classify.MessageClassifier;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.risk.RiskFlagger;
import io.casebook.risk.RiskHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Messages per second of {@link Casebook#analyze} and of its parts, over the messages of the
 * corpus in turn (mean 148 characters), with the shipped models. Run with one thread and with
 * as many threads as cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzeBenchmark {

    private static final Set<String> COVERED = Set.of("en", "de", "fr", "es");

    Casebook casebook;
    MessageClassifier classifier;
    List<BuyerMessage> messages;

    /** Each thread walks the messages from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = -1;

        BuyerMessage next(List<BuyerMessage> messages) {
            if (next < 0) {
                next = (int) (Thread.currentThread().getId() * 7919 % messages.size());
            }
            next = next + 1 == messages.size() ? 0 : next + 1;
            return messages.get(next);
        }
    }

    @Setup
    public void setUp() {
        casebook = Casebook.openDefault();
        classifier = new MessageClassifier(List.of(shipped("intent.model"), shipped("sentiment.model")));
        List<String> texts = BenchData.texts();
        messages = texts.stream().map(BuyerMessage::of).toList();
    }

    @TearDown
    public void tearDown() {
        casebook.close();
    }

    /** The whole of analyze: language, intent, sentiment, needs-human, risk flags. */
    @Benchmark
    public Analysis analyze(Cursor c) {
        return casebook.analyze(c.next(messages));
    }

    /** Classification only: normalisation, features, the intent and the sentiment model. */
    @Benchmark
    public Ranking[] classify(Cursor c) {
        return classifier.rank(c.next(messages).text());
    }

    /** The language detector alone (OpenNLP's 103-language model). */
    @Benchmark
    public LanguageDetector.Detection language(Cursor c) {
        return LanguageDetector.standard().detect(c.next(messages).text(), COVERED);
    }

    /** The risk flags alone. */
    @Benchmark
    public List<RiskHit> riskFlags(Cursor c) {
        return RiskFlagger.standard().flags(c.next(messages).text());
    }

    static TextClassifier shipped(String name) {
        String resource = "/io/casebook/models/" + name;
        try (InputStream in = AnalyzeBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return TextClassifier.load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
