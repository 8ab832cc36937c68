package io.casebook.jmh;

import io.casebook.cases.CaseHit;
import io.casebook.cases.CaseIndex;
import io.casebook.cases.CaseRecord;
import io.casebook.cases.PrecedentRequest;
import io.casebook.cases.SearchBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of one precedent search (the three best precedents for a buyer's message, SKU and
 * intent) on an on-disk case index of {@code cases} cases generated from the shipped ones. JMH
 * samples every search, which gives the p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchLatencyBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int cases;

    Path dir;
    CaseIndex index;
    List<SearchBenchmark.Query> queries;
    List<String> skus;
    LocalDate asOf;
    Random random;

    @Setup(Level.Trial)
    public void build() throws IOException {
        List<CaseRecord> generated = SearchBenchmark.generate(BenchData.cases(), cases, 42);
        skus = generated.stream().map(CaseRecord::sku).distinct().sorted().toList();
        dir = Files.createTempDirectory("casebook-jmh-index");
        index = CaseIndex.open(dir);
        for (int from = 0; from < generated.size(); from += 50_000) {
            index.upsert(new ArrayList<>(generated.subList(from, Math.min(generated.size(), from + 50_000))));
        }
        generated = null;
        queries = SearchBenchmark.queriesFrom(BenchData.MESSAGES);
        asOf = index.newest();
        random = new Random(7);
    }

    @Benchmark
    public List<CaseHit> search() {
        SearchBenchmark.Query q = queries.get(random.nextInt(queries.size()));
        String sku = skus.get(random.nextInt(skus.size()));
        return index.precedents(new PrecedentRequest(q.text(), sku, q.intent(), 3, asOf));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
