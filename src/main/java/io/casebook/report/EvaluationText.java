package io.casebook.report;

import io.casebook.classify.Abstention;
import io.casebook.classify.Evaluation;
import io.casebook.classify.EvaluationReport;
import io.casebook.classify.LabelMetrics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link Evaluation} as a plain-text report for the terminal. Stateless. */
public final class EvaluationText {

    private EvaluationText() {
    }

    /** Accuracy, macro-F1, the threshold's effect, per-label figures and the confusion matrix. */
    public static String render(String title, Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "  messages %d   accuracy %.4f   macro-F1 %.4f%n",
                e.count(), e.accuracy(), e.macroF1()));
        Abstention a = e.abstention();
        if (a != null) {
            sb.append(String.format(Locale.ROOT,
                    "  needs-human threshold %.4f: accuracy %.4f on the %.1f%% kept, %.1f%% abstained%n",
                    a.threshold(), a.keptAccuracy(), 100 * (1 - a.abstainedShare()), 100 * a.abstainedShare()));
        }
        int width = Math.max(9, e.labels().stream().mapToInt(String::length).max().orElse(5));
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %9s  %9s  %9s  %7s%n",
                "label", "precision", "recall", "F1", "support"));
        for (LabelMetrics m : e.perLabel()) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %9.4f  %9.4f  %9.4f  %7d%n",
                    m.label(), m.precision(), m.recall(), m.f1(), m.support()));
        }
        sb.append('\n').append(confusion(e.labels(), e.confusion(), width));
        return sb.toString();
    }

    /** The report of {@code casebook eval}: the evaluation and the rows left out of it. */
    public static String render(String title, EvaluationReport report) {
        StringBuilder sb = new StringBuilder(render(title, report.evaluation()));
        if (!report.unknownLabels().isEmpty()) {
            sb.append("\n  labels in the data that the model does not know (left out of the figures):\n");
            for (Map.Entry<String, Integer> u : report.unknownLabels().entrySet()) {
                sb.append(String.format(Locale.ROOT, "    %-20s %d rows%n", u.getKey(), u.getValue()));
            }
        }
        if (report.unlabelled() > 0) {
            sb.append(String.format(Locale.ROOT, "  %d rows without a label were skipped%n", report.unlabelled()));
        }
        if (report.filtered() > 0) {
            sb.append(String.format(Locale.ROOT, "  %d rows with other labels were left out as asked%n",
                    report.filtered()));
        }
        return sb.toString();
    }

    private static String confusion(List<String> labels, List<List<Integer>> matrix, int width) {
        StringBuilder sb = new StringBuilder();
        sb.append("  confusion matrix (rows: true label, columns: predicted, in the order of the rows)\n");
        int cell = 4;
        for (List<Integer> row : matrix) {
            for (int v : row) {
                cell = Math.max(cell, String.valueOf(v).length() + 1);
            }
        }
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s ", ""));
        for (int j = 0; j < labels.size(); j++) {
            sb.append(String.format(Locale.ROOT, "%" + cell + "s", "#" + (j + 1)));
        }
        sb.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s ", "#" + (i + 1) + " " + labels.get(i)));
            for (int v : matrix.get(i)) {
                sb.append(String.format(Locale.ROOT, "%" + cell + "s", v == 0 ? "." : String.valueOf(v)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
