package io.casebook.cli;

import io.casebook.jmh.BenchData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * The batch command end to end, in process: {@code casebook classify INBOX --output FILE} on an
 * inbox CSV of {@code messages} messages, reading, analysing on all cores, searching precedents
 * and drafting replies (or not, {@code --no-drafts}), writing the results. One invocation is one
 * whole inbox; messages per second is {@code messages} divided by its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

    @Param({"50000"})
    public int messages;

    @Param({"true", "false"})
    public boolean drafts;

    Path dir;
    Path inbox;

    @Setup(Level.Trial)
    public void writeInbox() throws IOException {
        dir = Files.createTempDirectory("casebook-jmh-batch");
        inbox = dir.resolve("inbox.csv");
        BenchData.writeInbox(inbox, messages, 42);
        // the case index is built once, before the timed runs
        run("classify", inbox.toString(), "--output", dir.resolve("warm.csv").toString());
    }

    @Benchmark
    public int classifyInbox() {
        return drafts
                ? run("classify", inbox.toString(), "--output", dir.resolve("out.csv").toString())
                : run("classify", inbox.toString(), "--output", dir.resolve("out.csv").toString(), "--no-drafts");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--no-progress", "--index", dir.resolve("index").toString()));
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(new String[0]), new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("classify failed (" + code + "): " + err);
        }
        return code;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
