package io.casebook.jmh;

import io.casebook.Taxonomy;
import io.casebook.cases.CaseRecord;
import io.casebook.cases.CasesCsvReader;
import io.casebook.classify.LabelledText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The data the speed benchmarks run on: the team's corpus and case base, and larger sets
 * generated from them deterministically (a message made of the first half of one message and
 * the second half of another with the same labels), so that sizes beyond the corpus can be
 * measured. Benchmarks run from the project's root folder.
 */
public final class BenchData {

    public static final Path MESSAGES = Path.of("corpora", "messages.csv");
    public static final Path CASES = Path.of("corpora", "cases.csv");

    private BenchData() {
    }

    /** The labelled messages of the corpus, in file order. */
    public static List<LabelledText> corpus() {
        List<LabelledText> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            long line = 1;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.add(new LabelledText(r.get("text"), r.get("intent") + "\t" + r.get("sentiment"), r.get("lang"),
                        ++line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The texts of the corpus. */
    public static List<String> texts() {
        return corpus().stream().map(LabelledText::text).toList();
    }

    /**
     * {@code size} messages labelled {@code intent<TAB>sentiment}: the corpus (shuffled) first, then
     * recombinations of two corpus messages with the same intent, sentiment and language.
     */
    public static List<LabelledText> generated(int size, long seed) {
        List<LabelledText> corpus = new ArrayList<>(corpus());
        Collections.shuffle(corpus, new Random(seed));
        Map<String, List<LabelledText>> byLabels = new HashMap<>();
        for (LabelledText t : corpus) {
            byLabels.computeIfAbsent(t.label() + "\t" + t.lang(), k -> new ArrayList<>()).add(t);
        }
        Random r = new Random(seed);
        List<LabelledText> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (i < corpus.size()) {
                out.add(corpus.get(i));
                continue;
            }
            LabelledText a = corpus.get(r.nextInt(corpus.size()));
            List<LabelledText> same = byLabels.get(a.label() + "\t" + a.lang());
            LabelledText b = same.get(r.nextInt(same.size()));
            String[] wa = a.text().split(" ");
            String[] wb = b.text().split(" ");
            String text = String.join(" ", Arrays.copyOfRange(wa, 0, Math.max(1, wa.length / 2))) + " "
                    + String.join(" ", Arrays.copyOfRange(wb, wb.length / 2, wb.length));
            out.add(new LabelledText(text, a.label(), a.lang(), i + 2));
        }
        return out;
    }

    /** The label part of a generated message: 0 for the intent, 1 for the sentiment. */
    public static LabelledText labelled(LabelledText t, int part) {
        return new LabelledText(t.text(), t.label().split("\t")[part], t.lang(), t.line());
    }

    /** Writes {@code size} generated messages as an inbox CSV (id, text). */
    public static void writeInbox(Path file, int size, long seed) {
        List<LabelledText> corpus = corpus();
        Random r = new Random(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("id", "text").get())) {
            for (int i = 0; i < size; i++) {
                LabelledText a = corpus.get(r.nextInt(corpus.size()));
                csv.printRecord("m" + i, a.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped past cases. */
    public static List<CaseRecord> cases() {
        List<CaseRecord> out = new ArrayList<>();
        new CasesCsvReader(Map.of(), new HashSet<>(Taxonomy.INTENTS)).read(CASES).cases()
                .forEach(c -> out.add(c.record()));
        return out;
    }
}
