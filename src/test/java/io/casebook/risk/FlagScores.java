package io.casebook.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Precision and recall per label over examples with sets of gold and predicted labels; prints a table. */
public final class FlagScores {
    private final Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
    private final List<String> errors = new ArrayList<>();
    private int examples;

    public void add(String id, Set<String> gold, Set<String> predicted, String detail) {
        examples++;
        for (String p : predicted) {
            int[] c = counts.computeIfAbsent(p, k -> new int[3]);
            if (gold.contains(p)) {
                c[0]++;
            } else {
                c[1]++;
                errors.add(id + " extra " + p + ": " + detail);
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                counts.computeIfAbsent(g, k -> new int[3])[2]++;
                errors.add(id + " missed " + g + ": " + detail);
            }
        }
    }

    public double precision() {
        int tp = counts.values().stream().mapToInt(c -> c[0]).sum();
        int fp = counts.values().stream().mapToInt(c -> c[1]).sum();
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
        int tp = counts.values().stream().mapToInt(c -> c[0]).sum();
        int fn = counts.values().stream().mapToInt(c -> c[2]).sum();
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public String table(String title) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%d examples)%n%-24s %9s %9s %6s%n", title,
                examples, "label", "precision", "recall", "gold"));
        counts.forEach((label, c) -> b.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %6d%n", label,
                c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]),
                c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]), c[0] + c[2])));
        b.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f%n", "all (micro)", precision(), recall()));
        return b.toString();
    }

    public List<String> errors() {
        return errors;
    }
}
