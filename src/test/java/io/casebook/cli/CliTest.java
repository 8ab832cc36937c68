package io.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.TestModels;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on real files and checks exit codes and output. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run runWithStdin(String stdin, String... args) {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    private static String models() {
        return TestModels.tinyModels().toString();
    }

    @Test
    void classifyAddsRiskFlagsWithEvidenceAndFindsRepeatsAcrossTheBatch() throws Exception {
        Path inbox = dir.resolve("risky.csv");
        Files.writeString(inbox, "id,text\n"
                + "a,\"Where is order 113-4829301-5571234? It's for my son's birthday on Saturday.\"\n"
                + "b,hello the lamp is great thanks\n"
                + "c,\"Still nothing for 113-4829301-5571234. Refund or I open an A-to-z claim.\"\n");
        Run r = run("classify", "--no-drafts", inbox.toString(), "--models", models(), "--output-format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> rows = r.out().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals("urgent", rows.get(0).get("risk_flags").get(0).get("flag").asText());
        assertEquals(0, rows.get(1).get("risk_flags").size());
        JsonNode third = rows.get(2).get("risk_flags");
        assertEquals("claim_threat", third.get(0).get("flag").asText());
        assertEquals("repeat_contact", third.get(1).get("flag").asText());
        assertTrue(third.get(1).get("evidence").asText().contains("message a"), third.toString());
        assertEquals("113-4829301-5571234", rows.get(2).get("order_id").asText());
    }

    @Test
    void classifyJoinsOrdersFindsPrecedentsAndDraftsRepliesInInputOrder() throws Exception {
        Path inbox = dir.resolve("mail.csv");
        Files.writeString(inbox, "Ticket ID,Requester,Description\n"
                + "1,Ana Souza,\"my fitness tracker came without the charging cable, order 113-4829301-5571234\"\n"
                + "2,Bo,=HYPERLINK(\"http://evil.example\")\n"
                + "3,Cy,the lamp glass arrived shattered\n");
        Path orders = dir.resolve("orders.tsv");
        Files.writeString(orders, "amazon-order-id\tsku\tproduct-name\n113-4829301-5571234\tTRK-FIT-X2\tFitness Tracker X2\n");
        Path results = dir.resolve("out.csv");
        Run r = run("classify", inbox.toString(), "--models", models(), "--orders", orders.toString(), "--index",
                dir.resolve("index").toString(), "--signature", "Mia", "--threads", "2", "-o", results.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read 3, classified 3, rejected 0"), r.err());
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(results)).getRecords();
        assertEquals(List.of("1", "2", "3"), rows.stream().map(x -> x.get("id")).toList(), "input order");
        assertEquals("TRK-FIT-X2", rows.get(0).get("sku"));
        assertTrue(rows.get(0).get("precedent_id").startsWith("CB-"), rows.get(0).toString());
        assertTrue(rows.get(0).get("draft_reply").startsWith("Hi Ana,") || rows.get(0).get("draft_reply").startsWith("Hello Ana")
                || rows.get(0).get("draft_reply").startsWith("Dear Ana"), rows.get(0).get("draft_reply"));
        assertTrue(rows.get(0).get("draft_reply").endsWith("\nMia"), rows.get(0).get("draft_reply"));
        assertTrue(rows.get(1).get("id").equals("2") && !Files.readString(results).contains(",=HYPERLINK"),
                "formula cells are neutralised");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("classify") && help.out().contains("train") && help.out().contains("eval"));
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("casebook "), version.out());
    }

    @Test
    void classifiesACsvInboxToCsvWithRejectsAndCounts() throws Exception {
        Path results = dir.resolve("results.csv");
        Run r = run("classify", "--no-drafts", TestModels.resource("inbox.csv").toString(), "--models", models(), "-o", results.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read 4, classified 3, rejected 1"), r.err());
        List<String> lines = Files.readAllLines(results);
        assertEquals("id,source,line,received,text,language,intent,confidence,runner_up,runner_up_confidence,sentiment,"
                + "sentiment_confidence,needs_human,needs_human_why,risk_flags,risk_evidence,order_id,tracking_number,sku,"
                + "precedent_id,precedent_score,draft_reply,draft_findings,model_intent,model_sentiment", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("'=SUM(A1:A9),"), "a formula is neutralised: " + lines.get(2));
        List<String> rejects = Files.readAllLines(dir.resolve("results.csv.rejects.csv"));
        assertEquals("source,line,byte_offset,id,reason", rejects.get(0));
        assertTrue(rejects.get(1).endsWith(",4,,3,the text is empty"), rejects.get(1));
    }

    @Test
    void classifiesLinesFromStandardInputAsJsonLines() throws Exception {
        Run r = runWithStdin("where is my parcel\n\nthank you it came\n", "classify", "--no-drafts", "--output-format", "jsonl", "--models", models());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals("1", first.get("id").asText());
        assertEquals("shipping_status", first.get("intent").asText());
        assertTrue(first.get("confidence").isNumber());
        assertTrue(first.get("needs_human").isBoolean());
        assertEquals(3, new ObjectMapper().readTree(lines[1]).get("line").asInt());
        assertTrue(r.err().contains("read 2, classified 2, rejected 0"), r.err());
        assertFalse(r.err().contains("source,line"), "no rejects header when nothing was rejected: " + r.err());
    }

    @Test
    void aMissingInboxIsOneLineWithoutAStackTraceAndNoOutputFile() {
        Path results = dir.resolve("out.csv");
        Run r = run("classify", "--no-drafts", dir.resolve("missing.csv").toString(), "--models", models(), "-o", results.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("missing.csv: no such file"), r.err());
        assertFalse(Files.exists(results), "no half-written results file");
    }

    @Test
    void aBadCsvNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,text\n1,fine\n2,\"never closed\n3,x\n");
        Run r = run("classify", "--no-drafts", bad.toString(), "--models", models(), "-o", dir.resolve("o.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("line"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aWrongColumnSaysWhichFlagFixesIt() throws Exception {
        Path inbox = dir.resolve("in.csv");
        Files.writeString(inbox, "ticket,what they wrote\n1,hello\n");
        Run r = run("classify", "--no-drafts", inbox.toString(), "--models", models());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--column text=HEADER"), r.err());
        assertEquals(0, run("classify", "--no-drafts", inbox.toString(), "--models", models(), "--text-column", "what they wrote",
                "--id-column", "ticket").code());
        Path usual = dir.resolve("zendesk.csv");
        Files.writeString(usual, "Ticket ID,Subject,Description\n77,Parcel,where is my parcel\n");
        Run z = run("classify", "--no-drafts", usual.toString(), "--models", models());
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().lines().skip(1).findFirst().orElse("").startsWith("77,"), z.out());
    }

    @Test
    void aBadFlagIsAUsageError() {
        Run r = run("classify", "--no-drafts", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format"), r.err());
        Run t = run("train", "--char-ngrams", "five");
        assertEquals(2, t.code());
        assertTrue(t.err().contains("--char-ngrams"), t.err());
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run r = run("--verbose", "classify", dir.resolve("missing.csv").toString(), "--models", models());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void trainPrintsTheReportAndWritesModelsAndJson() throws Exception {
        Path out = dir.resolve("models");
        Run r = run("train", "--corpus", TestModels.resource("tiny-corpus.csv").toString(), "--output", out.toString(),
                "--folds", "3", "--iterations", "40", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("intent model, 3-fold stratified cross-validation"), r.out());
        assertTrue(r.out().contains("macro-F1") && r.out().contains("confusion matrix") && r.out().contains("precision"));
        assertTrue(Files.exists(out.resolve("intent.model")) && Files.exists(out.resolve("sentiment.model")));
        JsonNode json = new ObjectMapper().readTree(out.resolve("intent.eval.json").toFile());
        assertTrue(json.get("macroF1").isNumber());
        assertEquals(3, json.get("perLabel").size());
        assertEquals(0, run("classify", "--no-drafts", TestModels.resource("inbox.csv").toString(), "--models", out.toString()).code());
    }

    @Test
    void evalReportsUnknownLabelsInsteadOfCrashing() {
        Run r = run("eval", "--model", TestModels.tinyModels().resolve("intent.model").toString(),
                "--data", TestModels.resource("eval-data.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("messages 3"), r.out());
        assertTrue(r.out().contains("payment_issue") && r.out().contains("does not know"), r.out());
        assertTrue(r.out().contains("1 rows without a label were skipped"), r.out());
        assertTrue(r.out().contains("needs-human threshold"), r.out());
    }

    @Test
    void evalOnAModelThatIsNotOne() throws Exception {
        Path junk = dir.resolve("x.model");
        Files.writeString(junk, "junk");
        Run r = run("eval", "--model", junk.toString(), "--data", TestModels.resource("eval-data.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("x.model") && r.err().contains("not a casebook model"), r.err());
    }

    @Test
    void benchPrintsItsFiguresWithoutJudgingThem() {
        Run r = run("bench", "--models", models(), "--messages", TestModels.resource("tiny-corpus.csv").toString(),
                "--warmup", "0.05", "--seconds", "0.05", "--rounds", "1", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("36 messages") && r.out().contains("analyze, 1 thread: median"), r.out());
    }

    @Test
    void benchCorpusShowsHowTheModelsGrowWithTheCorpus() {
        Run r = run("bench", "corpus", "--corpus", TestModels.resource("tiny-corpus.csv").toString(),
                "--eighths", "8,4", "--only", "intent", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("intent")).toList();
        assertEquals(2, rows.size(), r.out());
        assertTrue(rows.get(0).contains("4/8") && rows.get(1).contains("8/8"), r.out());
        assertTrue(rows.get(1).strip().matches(".*8/8\\s+\\d+\\s+[01]\\.\\d{3}\\s+[01]\\.\\d{3}\\s+[+-]\\d\\.\\d{3}"), rows.get(1));
    }

    @Test
    void benchCorpusRefusesABadShare() {
        Run r = run("bench", "corpus", "--eighths", "9");
        assertEquals(2, r.code());
        assertTrue(r.err().lines().findFirst().orElse("").contains("--eighths: 9 is not between 1 and 8"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Run kind = run("bench", "corpus", "--only", "topic");
        assertEquals(2, kind.code());
        assertTrue(kind.err().contains("'topic'"), kind.err());
        Run missing = run("bench", "corpus", "--corpus", "no-such-corpus.csv", "--only", "intent");
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no-such-corpus.csv"), missing.err());
    }
}
