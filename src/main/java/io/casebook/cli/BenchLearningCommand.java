package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.Taxonomy;
import io.casebook.classify.DataFileException;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import io.casebook.learn.LearningCurve;
import io.casebook.store.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "learning", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures how fast the seller's own labels improve the intent model, by simulation on a labelled "
                + "set of real messages: a fixed stratified third is the test set, the rest the seller's inbox.",
                "Scores the shipped model, then models retrained on the corpus plus N labels chosen by 'casebook label' "
                        + "(its strategy) or at random (several seeds); prints the curve and with --markdown and --svg "
                        + "writes it as a table and a picture."})
final class BenchLearningCommand implements Callable<Integer> {

    static final String START = "<!-- curve:start -->";
    static final String END = "<!-- curve:end -->";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "CSV", description = "Labelled messages playing the seller's inbox "
            + "(default: ${DEFAULT-VALUE}; rows whose intent casebook has).")
    Path data = Path.of("..", "shared", "data", "hint3_train.csv");

    @Option(names = "--corpus", paramLabel = "CSV", description = "The corpus (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpora", "messages.csv");

    @Option(names = "--sizes", split = ",", description = "Numbers of labels (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = List.of(50, 100, 200, 400);

    @Option(names = "--seeds", split = ",", description = "Seeds of the random choices (default: ${DEFAULT-VALUE}).")
    List<Long> seeds = List.of(1L, 2L, 3L);

    @Option(names = "--seller-weight", paramLabel = "N", description = "Weight of each label (default: ${DEFAULT-VALUE}, "
            + "as casebook train --add).")
    int weight = SellerRetraining.DEFAULT_WEIGHT;

    @Option(names = "--relearn-every", paramLabel = "N", description = "The strategy retrains every N answers, as "
            + "casebook label does (default: ${DEFAULT-VALUE}; 0: only at each number of labels).")
    int relearnEvery = LabelCommand.RELEARN_EVERY;

    @Option(names = "--split-seed", paramLabel = "N", description = "Seed of the stratified test third (default: "
            + "${DEFAULT-VALUE}).")
    long splitSeed = 42;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the table into FILE between "
            + START + " and " + END + ".")
    Path markdown;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write the curve as an SVG picture.")
    Path svg;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<LabelledText> rows;
        try {
            rows = LabelledData.read(data, "text", "intent", null).rows().stream()
                    .filter(r -> Taxonomy.INTENTS.contains(r.label())).toList();
        } catch (DataFileException e) {
            throw new CasebookException(e.getMessage(), e);
        }
        if (rows.size() < 30) {
            throw new CasebookException(data + ": only " + rows.size() + " rows with casebook's intents; too few");
        }
        TextClassifier shipped = ShippedModels.load("intent");
        out.printf(Locale.ROOT, "%s: %d messages with casebook's intents; test third held out; seller weight %d; "
                + "the strategy retrains every %d answers%n", data.getFileName(), rows.size(), weight, relearnEvery);
        out.printf(Locale.ROOT, "%6s  %-18s %5s %9s %9s%n", "labels", "chosen by", "seed", "macro-F1", "accuracy");
        List<LearningCurve.Point> points = LearningCurve.run(new LearningCurve.Setup(corpus, rows, sizes, seeds, weight,
                relearnEvery, TrainingSettings.DEFAULT, splitSeed), shipped, p -> {
                    out.printf(Locale.ROOT, "%6d  %-18s %5s %9.3f %9.3f%n", p.labels(), p.choice(),
                            p.choice().equals("random") ? String.valueOf(p.seed()) : "", p.macroF1(), p.accuracy());
                    StringBuilder f1 = new StringBuilder();
                    p.f1ByIntent().forEach((intent, v) -> f1.append(String.format(Locale.ROOT, " %s %.2f", intent, v)));
                    out.println("        test F1:" + f1);
                    if (!p.labelsByIntent().isEmpty()) {
                        out.println("        labels given: " + p.labelsByIntent());
                    }
                    out.flush();
                });
        String table = table(points, rows.size());
        out.println();
        out.print(table);
        if (markdown != null) {
            writeSection(markdown, table);
            out.println("wrote " + markdown);
        }
        if (svg != null) {
            AtomicFiles.write(svg, picture(points).getBytes(StandardCharsets.UTF_8));
            out.println("wrote " + svg);
        }
        return Main.OK;
    }

    private String table(List<LearningCurve.Point> points, int n) {
        StringBuilder b = new StringBuilder();
        b.append("Measured on ").append(LocalDate.now()).append(" with\n\n```sh\nscripts/casebook bench learning --data ")
                .append(data).append(" --markdown docs/learning.md --svg docs/learning-curve.svg\n```\n\n")
                .append(String.format(Locale.ROOT, "%s: %d messages with casebook's intents; the test third is fixed "
                        + "(stratified, seed %d); each label weighs %d; the strategy retrains every %d answers, as `label` "
                        + "does; random choice with seeds %s.%n%n", data.getFileName(), n, splitSeed, weight, relearnEvery, seeds));
        b.append("| labels | label's strategy: macro-F1 | random: mean macro-F1 (min-max) | strategy: accuracy | "
                + "random: mean accuracy |\n|---|---|---|---|---|\n");
        double shippedF1 = points.get(0).macroF1();
        b.append(String.format(Locale.ROOT, "| 0 (shipped model) | %.3f | %.3f | %.3f | %.3f |%n", shippedF1, shippedF1,
                points.get(0).accuracy(), points.get(0).accuracy()));
        for (int size : sizes) {
            LearningCurve.Point s = points.stream().filter(p -> p.labels() == size && p.choice().startsWith("label"))
                    .findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            DoubleSummaryStatistics f1 = stats(points, size, true);
            DoubleSummaryStatistics acc = stats(points, size, false);
            b.append(String.format(Locale.ROOT, "| %d | %.3f (%+.1f points) | %.3f (%.3f-%.3f) | %.3f | %.3f |%n", size,
                    s.macroF1(), 100 * (s.macroF1() - shippedF1), f1.getAverage(), f1.getMin(), f1.getMax(),
                    s.accuracy(), acc.getAverage()));
        }
        return b.toString();
    }

    private static DoubleSummaryStatistics stats(List<LearningCurve.Point> points, int size, boolean f1) {
        return points.stream().filter(p -> p.labels() == size && p.choice().equals("random"))
                .mapToDouble(p -> f1 ? p.macroF1() : p.accuracy()).summaryStatistics();
    }

    /** A line chart: macro-F1 against labels, the strategy and the random mean with its min-max band. */
    private String picture(List<LearningCurve.Point> points) {
        int w = 640;
        int h = 400;
        int left = 60;
        int right = 170;
        int top = 30;
        int bottom = 50;
        List<Integer> xs = new ArrayList<>();
        xs.add(0);
        xs.addAll(sizes);
        double lo = 1;
        double hi = 0;
        for (LearningCurve.Point p : points) {
            lo = Math.min(lo, p.macroF1());
            hi = Math.max(hi, p.macroF1());
        }
        lo = Math.max(0, Math.floor(lo * 10 - 0.5) / 10);
        hi = Math.min(1, Math.ceil(hi * 10 + 0.5) / 10);
        double yLo = lo;
        double ySpan = hi - lo;
        java.util.function.IntFunction<Double> xAt = i -> left + i * (double) (w - left - right) / (xs.size() - 1);
        java.util.function.DoubleUnaryOperator yAt = v -> top + (1 - (v - yLo) / ySpan) * (h - top - bottom);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h, w, h));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Intent macro-F1 on the held-out "
                + "third of %s</text>%n", left, data.getFileName().toString().replace("&", "&amp;").replace("<", "&lt;")));
        for (int t = 0; t <= 5; t++) {
            double v = yLo + t * ySpan / 5;
            double y = yAt.applyAsDouble(v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n", left, w - right, y, y, left - 6, y + 4, v));
        }
        for (int i = 0; i < xs.size(); i++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    xAt.apply(i), h - bottom + 18, xs.get(i)));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">labels given by the "
                + "seller</text>%n", (left + w - right) / 2.0, h - 12));
        StringBuilder band = new StringBuilder();
        StringBuilder bandBack = new StringBuilder();
        StringBuilder randomLine = new StringBuilder();
        StringBuilder strategyLine = new StringBuilder();
        double shipped = points.get(0).macroF1();
        for (int i = 0; i < xs.size(); i++) {
            int size = xs.get(i);
            double x = xAt.apply(i);
            double mean = size == 0 ? shipped : stats(points, size, true).getAverage();
            double min = size == 0 ? shipped : stats(points, size, true).getMin();
            double max = size == 0 ? shipped : stats(points, size, true).getMax();
            double strat = size == 0 ? shipped : points.stream().filter(p -> p.labels() == size
                    && p.choice().startsWith("label")).findFirst().map(LearningCurve.Point::macroF1).orElse(shipped);
            band.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, yAt.applyAsDouble(max)));
            bandBack.insert(0, String.format(Locale.ROOT, " %.1f,%.1f", x, yAt.applyAsDouble(min)));
            randomLine.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, yAt.applyAsDouble(mean)));
            strategyLine.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, yAt.applyAsDouble(strat)));
        }
        s.append("<polygon points=\"").append(band).append(bandBack).append("\" fill=\"#9aa7b8\" fill-opacity=\"0.3\"/>\n");
        s.append("<polyline points=\"").append(randomLine)
                .append("\" fill=\"none\" stroke=\"#5b6b80\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
        s.append("<polyline points=\"").append(strategyLine).append("\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"3\"/>\n");
        int lx = w - right + 14;
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"60\" y2=\"60\" stroke=\"#c0392b\" "
                + "stroke-width=\"3\"/><text x=\"%d\" y=\"64\">label's strategy</text>%n", lx, lx + 24, lx + 30));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"84\" y2=\"84\" stroke=\"#5b6b80\" "
                + "stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"88\">random (mean,</text>"
                + "<text x=\"%d\" y=\"102\">band: min-max)</text>%n", lx, lx + 24, lx + 30, lx + 30));
        s.append("</svg>\n");
        return s.toString();
    }

    private static void writeSection(Path file, String table) throws IOException {
        String page = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        String section = START + "\n" + table + END;
        String updated = start >= 0 && end > start ? page.substring(0, start) + section + page.substring(end + END.length())
                : page + (page.isEmpty() ? "" : "\n") + section + "\n";
        AtomicFiles.write(file, updated.getBytes(StandardCharsets.UTF_8));
    }

}
