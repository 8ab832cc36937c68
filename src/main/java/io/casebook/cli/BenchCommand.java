package io.casebook.cli;

import io.casebook.BuyerMessage;
import io.casebook.Casebook;
import io.casebook.CasebookException;
import io.casebook.inbox.InboxException;
import io.casebook.inbox.InboxItem;
import io.casebook.inbox.InboxReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {BenchSearchCommand.class, BenchRiskCommand.class, BenchAccuracyCommand.class,
                BenchLearningCommand.class, BenchWeakLabelsCommand.class, BenchCorpusCommand.class},
        description = {"Measures the throughput of Casebook.analyze (language, intent, sentiment) in messages per "
                + "second, on one thread and on all cores.",
                "Each measurement runs the messages of a CSV file in a loop for a fixed time after a warm-up and "
                        + "prints the figures of every round, their median and spread."})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", paramLabel = "CSV",
            description = "Messages to analyse, CSV with a text column (default: ${DEFAULT-VALUE}).")
    Path messages = Path.of("corpora", "messages.csv");

    @Option(names = "--warmup", description = "Warm-up seconds (default: ${DEFAULT-VALUE}).")
    double warmup = 5;

    @Option(names = "--seconds", description = "Seconds per measured round (default: ${DEFAULT-VALUE}).")
    double seconds = 3;

    @Option(names = "--rounds", description = "Measured rounds per thread count (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--threads", split = ",", description = "Thread counts to measure (default: 1 and all cores).")
    List<Integer> threads;

    @CommandLine.Mixin
    ModelsOption models;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BuyerMessage> texts = new ArrayList<>();
        try {
            InboxReader.readCsv(messages, "text", "id", (InboxItem item) -> {
                if (!item.isReject()) {
                    texts.add(new BuyerMessage(item.id(), item.text()));
                }
            });
        } catch (InboxException e) {
            throw new CasebookException(e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new CasebookException(messages + ": no messages to measure with");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> counts = threads != null ? threads : cores == 1 ? List.of(1) : List.of(1, cores);
        double meanChars = texts.stream().mapToInt(m -> m.text().length()).average().orElse(0);
        try (Casebook casebook = models.open()) {
            out.printf(Locale.ROOT, "casebook bench: %d messages from %s (mean %.0f characters), %d cores, Java %s%n",
                    texts.size(), messages, meanChars, cores, System.getProperty("java.version"));
            for (int t : counts) {
                run(casebook, texts, t, warmup);
                List<Double> rates = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    rates.add(run(casebook, texts, t, seconds));
                }
                List<Double> sorted = new ArrayList<>(rates);
                sorted.sort(null);
                out.printf(Locale.ROOT, "analyze, %d thread%s: median %,.0f messages/s (min %,.0f, max %,.0f; rounds %s)%n",
                        t, t == 1 ? "" : "s", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                        rates.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
                out.flush();
            }
        }
        return Main.OK;
    }

    /** Written with each round's results so that the JIT cannot drop the work measured. */
    private static volatile long blackhole;

    /** Messages per second over {@code seconds} with {@code threads} threads. */
    private static double run(Casebook casebook, List<BuyerMessage> texts, int threads, double seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * texts.size() / threads;
                futures.add(pool.submit(() -> {
                    long n = 0;
                    int i = offset;
                    long sink = 0;
                    while ((n & 63) != 0 || System.nanoTime() < deadline) {
                        sink += casebook.analyze(texts.get(i)).intent().label().length();
                        i = i + 1 == texts.size() ? 0 : i + 1;
                        n++;
                    }
                    done.addAndGet(n);
                    blackhole = sink;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return done.get() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
