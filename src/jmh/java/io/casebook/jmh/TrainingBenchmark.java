package io.casebook.jmh;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
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
 * Time to train the intent and the sentiment model with the shipped settings (without the
 * cross-validation, which costs as many trainings again as it has folds) on {@code messages}
 * messages: the corpus, and beyond it messages generated from it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrainingBenchmark {

    @Param({"1000", "10000", "100000"})
    public int messages;

    LabelledData intents;
    LabelledData sentiments;

    @Setup(Level.Trial)
    public void generate() {
        List<LabelledText> rows = BenchData.generated(messages, 42);
        intents = new LabelledData(BenchData.MESSAGES, "generated", rows.stream().map(t -> BenchData.labelled(t, 0)).toList(), 0);
        sentiments = new LabelledData(BenchData.MESSAGES, "generated", rows.stream().map(t -> BenchData.labelled(t, 1)).toList(), 0);
    }

    @Benchmark
    public TextClassifier[] trainBoth() {
        TrainingSettings settings = TrainingSettings.DEFAULT.withFolds(0);
        return new TextClassifier[] {
            ClassifierTrainer.train("intent", intents, settings),
            ClassifierTrainer.train("sentiment", sentiments, settings)
        };
    }
}
