package io.casebook.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Precision and recall of the risk flags on corpora/risk/flags-*.csv; prints the tables. */
class RiskCorpusTest {

    static FlagScores score(Path file) throws IOException {
        FlagScores scores = new FlagScores();
        RiskFlagger flagger = RiskFlagger.standard();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Set<String> gold = new TreeSet<>();
                for (String f : row.get("flags").split(";")) {
                    if (!f.isBlank()) {
                        gold.add(f.strip());
                    }
                }
                var hits = flagger.flags(row.get("text"));
                Set<String> predicted = hits.stream().map(h -> h.type().label()).collect(Collectors.toCollection(TreeSet::new));
                scores.add(row.get("id"), gold, predicted, hits.stream().map(h -> h.type().label() + "=\"" + h.evidence() + "\"")
                        .collect(Collectors.joining(" ")) + " | " + row.get("text").replace('\n', ' '));
            }
        }
        System.out.println(scores.table("risk flags on " + file));
        if (Boolean.getBoolean("casebook.showErrors")) {
            scores.errors().forEach(e -> System.out.println("  " + e));
        }
        return scores;
    }

    /** The file the rules were developed on. */
    @Test
    void developmentFile() throws IOException {
        FlagScores s = score(Path.of("corpora/risk/flags-dev.csv"));
        assertTrue(s.precision() >= 0.90 && s.recall() >= 0.90, s.table("dev"));
    }

    /** Written independently and never used to change a rule. */
    @Test
    void heldOutTestFile() throws IOException {
        FlagScores s = score(Path.of("corpora/risk/flags-test.csv"));
        assertTrue(s.precision() >= 0.90 && s.recall() >= 0.74, s.table("test"));
    }
}
