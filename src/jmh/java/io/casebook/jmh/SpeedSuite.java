package io.casebook.jmh;

import io.casebook.cases.CaseIndex;
import io.casebook.cases.CaseRecord;
import io.casebook.cases.SearchBenchmark;
import io.casebook.cli.BatchBenchmark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the speed benchmarks (JMH) and measures what casebook costs, prints the figures and
 * writes them into docs/benchmarks.md between {@code <!-- speed:start -->} and
 * {@code <!-- speed:end -->}. {@code scripts/bench-speed} builds and runs it from the project's
 * root; {@code --quick} runs smaller sizes and shorter iterations to check that it works.
 */
public final class SpeedSuite {

    private static final String START = "<!-- speed:start -->";
    private static final String END = "<!-- speed:end -->";

    private final boolean quick;
    private final Path jar;
    private final Path work = Path.of("target", "bench");
    private final int cores = Runtime.getRuntime().availableProcessors();

    private SpeedSuite(boolean quick, Path jar) {
        this.quick = quick;
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path markdown = Path.of("docs", "benchmarks.md");
        Path jar = Path.of("target", "casebook-cli.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--markdown" -> markdown = Path.of(args[++i]);
                case "--no-markdown" -> markdown = null;
                case "--jar" -> jar = Path.of(args[++i]);
                default -> {
                    System.err.println("bench-speed: unknown option " + args[i]
                            + " (options: --quick, --markdown FILE, --no-markdown, --jar FILE)");
                    System.exit(2);
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("bench-speed: " + jar + " is missing; build it with mvn -Pbench -DskipTests package");
            System.exit(2);
        }
        String report = new SpeedSuite(quick, jar).run();
        System.out.println();
        System.out.println(report);
        if (markdown != null) {
            write(markdown, report);
            System.out.println("written to " + markdown);
        }
    }

    private String run() throws Exception {
        Files.createDirectories(work);
        StringBuilder md = new StringBuilder();
        md.append(START).append('\n').append("## Speed\n\n");
        md.append(String.format(Locale.ROOT, "Measured on %s, %d cores (%s), Java %s %s, with\n\n", LocalDate.now(),
                cores, cpu(), System.getProperty("java.version"), System.getProperty("java.vm.name")));
        md.append("```sh\nscripts/bench-speed").append(quick ? " --quick" : "").append(
                "    # JMH benchmarks in src/jmh, then the costs; rewrites this section\n```\n\n");
        md.append(quick ? "**Quick run: smaller sizes and short iterations, for checking the suite, not for quoting.**\n\n" : "");
        md.append("JMH 1.37, one fork per benchmark; the ± is JMH's 99.9% confidence interval. ");
        md.append("The messages are those of `corpora/messages.csv` in turn (mean 148 characters).\n\n");
        analyze(md);
        search(md);
        training(md);
        batch(md);
        costs(md);
        md.append(END).append('\n');
        return md.toString();
    }

    private ChainedOptionsBuilder options(Class<?> benchmark, String jsonName) {
        return new OptionsBuilder().include(Pattern.quote(benchmark.getName()) + "\\.")
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx3g")
                .resultFormat(ResultFormatType.JSON)
                .result(work.resolve(jsonName).toString());
    }

    private void analyze(StringBuilder md) throws RunnerException {
        List<Integer> threadCounts = cores == 1 ? List.of(1) : List.of(1, cores);
        Map<String, Map<Integer, Result<?>>> byBenchmark = new LinkedHashMap<>();
        for (int t : threadCounts) {
            Collection<RunResult> results = new Runner(options(AnalyzeBenchmark.class, "jmh-analyze-" + t + ".json")
                    .threads(t)
                    .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 3))
                    .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 3))
                    .build()).run();
            for (RunResult r : results) {
                String name = method(r);
                byBenchmark.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(t, r.getPrimaryResult());
            }
        }
        md.append("### Casebook.analyze, messages per second\n\n| what | ");
        for (int t : threadCounts) {
            md.append(t).append(t == 1 ? " thread | " : " threads | ");
        }
        md.append("\n|---|").append("---|".repeat(threadCounts.size())).append('\n');
        Map<String, String> names = new LinkedHashMap<>();
        names.put("analyze", "`analyze`: language, intent, sentiment, needs-human, risk flags");
        names.put("classify", "classification only: normalisation, features, intent and sentiment models");
        names.put("language", "language detection alone (OpenNLP's 103-language model)");
        names.put("riskFlags", "risk flags alone");
        for (Map.Entry<String, String> e : names.entrySet()) {
            Map<Integer, Result<?>> row = byBenchmark.get(e.getKey());
            if (row == null) {
                continue;
            }
            md.append("| ").append(e.getValue()).append(" | ");
            for (int t : threadCounts) {
                Result<?> r = row.get(t);
                md.append(String.format(Locale.ROOT, "%,.0f ± %,.0f | ", r.getScore(), r.getScoreError()));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void search(StringBuilder md) throws RunnerException {
        String[] sizes = quick ? new String[] {"1000", "10000"} : new String[] {"1000", "10000", "100000", "1000000"};
        Collection<RunResult> results = new Runner(options(SearchLatencyBenchmark.class, "jmh-search.json")
                .param("cases", sizes)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 3))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 3))
                .timeUnit(TimeUnit.MILLISECONDS)
                .build()).run();
        md.append("### Precedent search latency, one thread\n\n");
        md.append("Three precedents for a corpus message with a SKU and an intent, on an on-disk index of cases ")
                .append("generated from `corpora/cases.csv` (SKU variants, six years of dates). Every search is sampled.\n\n");
        md.append("| cases | searches sampled | p50 ms | p99 ms | mean ms |\n|---|---|---|---|---|\n");
        for (RunResult r : sorted(results, "cases")) {
            var stats = r.getPrimaryResult().getStatistics();
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %.3f | %.3f | %.3f |%n",
                    Integer.parseInt(r.getParams().getParam("cases")), stats.getN(), stats.getPercentile(50),
                    stats.getPercentile(99), stats.getMean()));
        }
        md.append('\n');
    }

    private void training(StringBuilder md) throws RunnerException {
        String[] sizes = quick ? new String[] {"1000", "3000"} : new String[] {"1000", "10000", "100000"};
        Collection<RunResult> results = new Runner(options(TrainingBenchmark.class, "jmh-training.json")
                .param("messages", sizes)
                .warmupIterations(0)
                .measurementIterations(1)
                .timeUnit(TimeUnit.SECONDS)
                .build()).run();
        md.append("### Training time against corpus size\n\n");
        md.append("Both models (intent and sentiment) with the shipped settings (maxent QN, 100 iterations, 2 threads), ")
                .append("without the cross-validation (which adds one training per fold). Beyond the corpus, messages ")
                .append("are generated from it (halves of two messages with the same labels).\n\n");
        md.append("| messages | seconds | messages per second of training |\n|---|---|---|\n");
        for (RunResult r : sorted(results, "messages")) {
            int n = Integer.parseInt(r.getParams().getParam("messages"));
            double s = r.getPrimaryResult().getScore();
            md.append(String.format(Locale.ROOT, "| %,d | %.1f | %,.0f |%n", n, s, n / s));
        }
        md.append('\n');
    }

    private void batch(StringBuilder md) throws RunnerException {
        String size = quick ? "5000" : "50000";
        Collection<RunResult> results = new Runner(options(BatchBenchmark.class, "jmh-batch.json")
                .param("messages", size)
                .warmupIterations(1)
                .measurementIterations(quick ? 1 : 3)
                .timeUnit(TimeUnit.SECONDS)
                .build()).run();
        md.append("### The batch command end to end\n\n");
        md.append(String.format(Locale.ROOT, "`casebook classify INBOX --output FILE` in process on an inbox CSV of %,d ",
                Integer.parseInt(size)));
        md.append("corpus messages, all cores: reading, analysis, precedent search and reply drafts, CSV writing.\n\n");
        md.append("| drafts | seconds | messages per second |\n|---|---|---|\n");
        for (RunResult r : results) {
            int n = Integer.parseInt(r.getParams().getParam("messages"));
            double s = r.getPrimaryResult().getScore();
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f |%n",
                    Boolean.parseBoolean(r.getParams().getParam("drafts")) ? "yes" : "no (`--no-drafts`)", s, n / s));
        }
        md.append('\n');
    }

    private void costs(StringBuilder md) throws Exception {
        md.append("## Costs\n\n| what | figure |\n|---|---|\n");
        int inboxSize = quick ? 50_000 : 1_000_000;
        Path inbox = work.resolve("inbox-" + inboxSize + ".csv");
        if (!Files.exists(inbox)) {
            BenchData.writeInbox(inbox, inboxSize, 7);
        }
        Path index = work.resolve("index");
        Path small = work.resolve("inbox-10.csv");
        BenchData.writeInbox(small, 10, 3);
        cli(List.of(), "classify", small.toString(), "--output", work.resolve("out-10.csv").toString(), "--no-progress",
                "--index", index.toString());
        Path gcLog = work.resolve("gc.log");
        long t0 = System.nanoTime();
        cli(List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog), "classify", inbox.toString(), "--output",
                work.resolve("out-big.csv").toString(), "--no-progress", "--index", index.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        md.append(String.format(Locale.ROOT, "| peak heap classifying %,d messages (`-Xmx512m`, drafts on, all cores) | "
                + "%.0f MB (largest heap occupancy before a collection, from the GC log) |%n", inboxSize, peakHeapMb(gcLog)));
        md.append(String.format(Locale.ROOT, "| the same run end to end, JVM start included | %.0f s, %,.0f messages/s |%n",
                seconds, inboxSize / seconds));
        md.append(String.format(Locale.ROOT, "| model files | intent %.1f MB, sentiment %.1f MB (`models/`); language "
                + "detector %.1f MB (OpenNLP's artifact) |%n", mb(Path.of("models", "intent.model")),
                mb(Path.of("models", "sentiment.model")), languageModelMb()));
        md.append(String.format(Locale.ROOT, "| the jar with everything (`target/casebook-cli.jar`) | %.1f MB |%n", mb(jar)));
        for (int n : quick ? new int[] {10_000} : new int[] {10_000, 100_000}) {
            double size = indexMb(n);
            md.append(String.format(Locale.ROOT, "| case index of %,d generated cases | %.1f MB, %.2f MB per 10,000 cases |%n",
                    n, size, size / (n / 10_000.0)));
        }
        md.append(String.format(Locale.ROOT, "| CLI start-up: `casebook --version` | %.0f ms (median of 5) |%n",
                medianMillis(5, List.of(), "--version")));
        md.append(String.format(Locale.ROOT, "| CLI start-up to a result: `classify` of a 10-message inbox, no drafts | "
                + "%.0f ms (median of 5; loads the models and the language detector) |%n",
                medianMillis(5, List.of(), "classify", small.toString(), "--output", work.resolve("out-10.csv").toString(),
                        "--no-progress", "--no-drafts")));
        md.append('\n');
    }

    private double peakHeapMb(Path gcLog) throws IOException {
        Pattern before = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");
        double peak = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = before.matcher(line);
            if (m.find()) {
                double v = Double.parseDouble(m.group(1));
                v = switch (m.group(2)) {
                    case "K" -> v / 1024;
                    case "G" -> v * 1024;
                    default -> v;
                };
                peak = Math.max(peak, v);
            }
        }
        return peak;
    }

    private double indexMb(int cases) throws IOException {
        List<CaseRecord> generated = SearchBenchmark.generate(BenchData.cases(), cases, 42);
        Path dir = Files.createTempDirectory(work, "index-size");
        try (CaseIndex index = CaseIndex.open(dir)) {
            index.upsert(generated);
        }
        double size = sizeMb(dir);
        delete(dir);
        return size;
    }

    private double medianMillis(int runs, List<String> jvmArgs, String... args) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            cli(jvmArgs, args);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        times.sort(null);
        return times.get(runs / 2);
    }

    private void cli(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("cli-output.txt").toFile()).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited with " + code + ": "
                    + Files.readString(work.resolve("cli-output.txt")));
        }
    }

    private static double languageModelMb() throws IOException {
        URL url = SpeedSuite.class.getResource("/langdetect-183.bin");
        return url == null ? Double.NaN : url.openConnection().getContentLengthLong() / 1048576.0;
    }

    private static double mb(Path file) throws IOException {
        return Files.size(file) / 1048576.0;
    }

    private static double sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / 1048576.0;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<RunResult> sorted(Collection<RunResult> results, String param) {
        List<RunResult> out = new ArrayList<>(results);
        out.sort(Comparator.comparingInt(r -> Integer.parseInt(r.getParams().getParam(param))));
        return out;
    }

    private static String method(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // not Linux: the CPU stays unnamed
        }
        return System.getProperty("os.arch");
    }

    private static void write(Path markdown, String section) throws IOException {
        String doc = Files.exists(markdown) ? Files.readString(markdown) : "# Benchmarks\n\n";
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        String updated = s >= 0 && e > s
                ? doc.substring(0, s) + section.strip() + doc.substring(e + END.length())
                : doc.stripTrailing() + "\n\n" + section;
        Path tmp = markdown.resolveSibling(markdown.getFileName() + ".tmp");
        Files.writeString(tmp, updated);
        Files.move(tmp, markdown, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
