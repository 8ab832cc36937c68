package io.casebook.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the entity finder on corpora/entities.csv: hand-labelled snippets of
 * buyer and seller text, 40% of them hard negatives. Prints the figures per type.
 */
class EntityCorpusTest {

    static final Path FILE = Path.of("corpora", "entities.csv");
    static final Path HELD_OUT = Path.of("corpora", "entities-heldout.csv");
    static final Path CATALOGUE_SKUS = Path.of("corpora", "cases.csv");

    /** The file the rules were developed on: its errors were read and fixed. */
    @Test
    void precisionAndRecallOnTheDevelopmentFile() throws IOException {
        double[] pr = measure(FILE);
        assertTrue(pr[0] >= 0.98 && pr[1] >= 0.98, "precision " + pr[0] + ", recall " + pr[1]);
    }

    /** A file written independently after the rules were fixed, and never used to change them. */
    @Test
    void precisionAndRecallOnTheHeldOutFile() throws IOException {
        double[] pr = measure(HELD_OUT);
        assertTrue(pr[0] >= 0.95 && pr[1] >= 0.93, "precision " + pr[0] + ", recall " + pr[1]);
    }

    static double[] measure(Path file) throws IOException {
        List<String> skus = skus();
        EntityFinder finder = EntityFinder.withSkus(skus);
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn
        List<String> errors = new ArrayList<>();
        int snippets = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                snippets++;
                List<String> gold = new ArrayList<>();
                for (String part : row.get("entities").split(" ; ")) {
                    if (!part.isBlank()) {
                        gold.add(part.strip());
                    }
                }
                List<String> found = new ArrayList<>();
                for (Entity e : finder.find(row.get("text"))) {
                    found.add(e.type() + "=" + e.value());
                }
                List<String> missed = new ArrayList<>(gold);
                for (String f : found) {
                    EntityType t = EntityType.valueOf(f.substring(0, f.indexOf('=')));
                    int[] c = counts.computeIfAbsent(t, k -> new int[3]);
                    if (missed.remove(f)) {
                        c[0]++;
                    } else {
                        c[1]++;
                        errors.add(row.get("id") + " extra " + f);
                    }
                }
                for (String m : missed) {
                    counts.computeIfAbsent(EntityType.valueOf(m.substring(0, m.indexOf('='))), k -> new int[3])[2]++;
                    errors.add(row.get("id") + " missed " + m);
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        System.out.printf(Locale.ROOT, "entities on %s (%d snippets)%n%-16s %9s %9s %7s%n", file, snippets, "type",
                "precision", "recall", "gold");
        for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            System.out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %7d%n", e.getKey(), ratio(c[0], c[0] + c[1]),
                    ratio(c[0], c[0] + c[2]), c[0] + c[2]);
        }
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        System.out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %7d%n", "all", precision, recall, tp + fn);
        errors.forEach(e -> System.out.println("  " + e));
        assertTrue(snippets >= 200, "the file needs at least 200 snippets");
        return new double[] {precision, recall};
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static List<String> skus() throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(CATALOGUE_SKUS, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(row.get("sku"));
            }
        }
        return List.copyOf(out);
    }
}
