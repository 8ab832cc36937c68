package io.casebook.jmh;

import io.casebook.classify.LabelledText;
import io.casebook.classify.Ranking;
import io.casebook.classify.TextClassifier;
import io.casebook.learn.LabelQueue;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code casebook label}'s queue costs on an inbox of {@code messages} messages (the corpus,
 * and beyond it messages generated from it): {@code similarity} is the once-per-session work
 * (TF-IDF, density, close pairs), {@code order} the work after every relearning (ordering by the
 * model's rankings with a tenth of the inbox answered).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LabelQueueBenchmark {

    @Param({"1000", "10000", "100000"})
    public int messages;

    List<String> texts;
    List<Ranking> rankings;
    String[] answers;
    LabelQueue queue;

    @Setup(Level.Trial)
    public void generate() {
        texts = BenchData.generated(messages, 42).stream().map(LabelledText::text).toList();
        TextClassifier intent = AnalyzeBenchmark.shipped("intent.model");
        rankings = texts.stream().map(intent::rank).toList();
        answers = new String[messages];
        for (int i = 0; i < messages; i += 10) {
            answers[i] = rankings.get(i).best();
        }
        queue = LabelQueue.of(texts);
    }

    @Benchmark
    public LabelQueue similarity() {
        return LabelQueue.of(texts);
    }

    @Benchmark
    public List<Integer> order() {
        return queue.order(rankings, answers);
    }
}
