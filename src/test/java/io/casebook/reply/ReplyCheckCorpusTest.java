package io.casebook.reply;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.risk.FlagScores;
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

/** Precision and recall of the reply check on corpora/risk/replies-*.csv; prints the tables. */
class ReplyCheckCorpusTest {

    static FlagScores score(Path file) throws IOException {
        FlagScores scores = new FlagScores();
        ReplyChecker checker = ReplyChecker.standard();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Set<String> gold = new TreeSet<>();
                for (String f : row.get("findings").split(";")) {
                    if (!f.isBlank()) {
                        gold.add(f.strip());
                    }
                }
                ReplyContext context = new ReplyContext(row.get("marketplace"), row.get("buyer_name"), row.get("order_id"),
                        row.get("tracking_number"), Set.of());
                var found = checker.check(row.get("reply"), context);
                Set<String> predicted = found.stream().map(ReplyFinding::rule).collect(Collectors.toCollection(TreeSet::new));
                scores.add(row.get("id"), gold, predicted, row.get("marketplace") + " " + found.stream()
                        .map(f -> f.rule() + "=\"" + f.span() + "\"").collect(Collectors.joining(" ")) + " | "
                        + row.get("reply").replace('\n', ' '));
            }
        }
        System.out.println(scores.table("reply check on " + file));
        if (Boolean.getBoolean("casebook.showErrors")) {
            scores.errors().forEach(e -> System.out.println("  " + e));
        }
        return scores;
    }

    /** The file the rules were developed on. */
    @Test
    void developmentFile() throws IOException {
        FlagScores s = score(Path.of("corpora/risk/replies-dev.csv"));
        assertTrue(s.precision() >= 0.90 && s.recall() >= 0.90, s.table("dev"));
    }

    /** Written independently and never used to change a rule. */
    @Test
    void heldOutTestFile() throws IOException {
        FlagScores s = score(Path.of("corpora/risk/replies-test.csv"));
        assertTrue(s.precision() >= 0.80 && s.recall() >= 0.75, s.table("test"));
    }
}
