package io.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.TestModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case-base commands (index, search, cases, reply) run in-process on real files. */
class CaseCommandsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--models", TestModels.tinyModels().toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String index() {
        return dir.resolve("index").toString();
    }

    private Run indexSmall() {
        return run("index", "--cases", TestModels.resource("cases-small.csv").toString(), "--index", index());
    }

    @Test
    void indexReportsAddedUpdatedUnchangedAndRejectedRowsWithLines() throws Exception {
        Run first = indexSmall();
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("added 12, updated 0, unchanged 0, rejected 0; 12 cases in all"), first.out());
        Path edited = dir.resolve("edited.csv");
        Files.writeString(edited, Files.readString(TestModels.resource("cases-small.csv"))
                .replace("Sent cable by letter post.", "Sent cable by letter post. Arrived."));
        Run second = run("index", "--cases", edited.toString(), "--cases",
                TestModels.resource("cases-helpdesk.tsv").toString(), "--index", index());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("added 2, updated 1, unchanged 11, rejected 3; 14 cases in all"), second.out());
        assertTrue(second.err().matches("(?s).*rejected .*cases-helpdesk.tsv:\\d+: no case id.*"), second.err());
    }

    @Test
    void columnsCanBeMappedAndABadFileIsOneClearLine() throws Exception {
        Path odd = dir.resolve("odd.csv");
        Files.writeString(odd, "Ref,Said,Item\nQ1,the lamp glass was broken,LMP-DESK-QI\n");
        Run mapped = run("index", "--cases", odd.toString(), "--index", index(), "--column", "case_id=Ref",
                "--column", "message=Said", "--column", "sku=Item");
        assertEquals(0, mapped.code(), mapped.err());
        assertTrue(mapped.out().contains("added 1"), mapped.out());
        Run unmapped = run("index", "--cases", odd.toString(), "--index", index());
        assertEquals(1, unmapped.code());
        assertTrue(unmapped.err().contains("no case_id column") && !unmapped.err().contains("\tat "), unmapped.err());
        Run missing = run("index", "--cases", dir.resolve("nope.csv").toString(), "--index", index());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    @Test
    void searchBuildsTheDefaultIndexOnFirstUseAndSaysSo() throws Exception {
        Run r = run("search", "the glass shade of my lamp came shattered", "--sku", "LMP-DESK-QI", "--intent",
                "damaged_in_transit", "--index", index());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("built one from the") && r.err().contains("cases shipped with casebook"), r.err());
        assertTrue(r.out().contains("1. CB-") && r.out().contains("same SKU; same intent"), r.out());
        Run again = run("search", "lamp broken", "--index", index(), "--json");
        assertEquals(0, again.code());
        assertFalse(again.err().contains("built"), "the second run finds the index");
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertEquals(5, json.get("precedents").size());
        assertTrue(json.get("analysis").has("intent"));
    }

    @Test
    void searchTakesTextFullOfQuerySyntax() {
        Run r = run("search", "AND OR NOT ( ) [ ] { } \" * ? ~ ^ : \\ / + - ! sku:X^9 [* TO *]", "--index", index());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1. "), r.out());
    }

    @Test
    void casesListsASkuNewestFirstWithFilters() throws Exception {
        indexSmall();
        Run all = run("cases", "--sku", "LMP-DESK-QI", "--index", index());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().startsWith("3 cases of LMP-DESK-QI"), all.out());
        assertTrue(all.out().indexOf("T-002") < all.out().indexOf("T-001"), "newest first");
        Run notes = run("cases", "--sku", "LMP-DESK-QI", "--with-notes", "--since", "2025-04-01", "--index", index(),
                "--json");
        assertEquals(1, notes.out().strip().lines().count(), notes.out());
        assertEquals("T-002", new ObjectMapper().readTree(notes.out()).get("case_id").asText());
        Run text = run("cases", "--sku", "CHR-ERGO-MESH", "--intent", "missing_parts", "screws", "--index", index());
        assertTrue(text.out().startsWith("1 case of CHR-ERGO-MESH") && text.out().contains("T-010"), text.out());
        Run badDate = run("cases", "--sku", "X", "--since", "14/03/2026", "--index", index());
        assertEquals(1, badDate.code());
        assertTrue(badDate.err().contains("--since takes a date"), badDate.err());
        Run badIntent = run("cases", "--sku", "X", "--intent", "angry", "--index", index());
        assertEquals(1, badIntent.code());
        assertTrue(badIntent.err().contains("unknown intent 'angry'"), badIntent.err());
        Run noSku = run("cases", "--index", index());
        assertEquals(2, noSku.code());
    }

    @Test
    void replyPrintsTheAnalysisThePrecedentsAndADraftForThisBuyer() {
        indexSmall();
        Run r = run("reply", "the charging cable was not in the box of my tracker, order 113-4829301-5571234",
                "--buyer", "Ana Souza", "--sku", "TRK-FIT-X2", "--intent", "missing_parts", "--signature",
                "Mia\\nBrightNest", "--index", index());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("precedents:") && r.out().contains("T-00"), r.out());
        assertTrue(r.out().contains("Hi Ana,") || r.out().contains("Hello Ana,"), r.out());
        assertTrue(r.out().contains("\nMia\nBrightNest\n-----"), r.out());
        assertFalse(r.out().substring(r.out().indexOf("draft from")).contains("Oluwaseun"), r.out());
    }

    @Test
    void replyEditsInTheEditorAndSavesTheCaseToTheIndexAndACsv() throws Exception {
        indexSmall();
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i 's/\\[\\[[A-Z_]*\\]\\]/X/g' \"$1\"\necho 'PS: edited' >> \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        Path saveTo = dir.resolve("my-cases.csv");
        Run r = runWithEditor(editor, "reply", "my chair has no screws in the box", "--sku", "CHR-ERGO-MESH", "--intent",
                "missing_parts", "--buyer", "Kim Park", "--edit", "--save", "--save-to", saveTo.toString(), "--case-id",
                "NEW-1", "--notes", "sent screws", "--index", index());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reply (edited):") && r.out().contains("PS: edited"), r.out());
        assertTrue(r.out().contains("saved as case NEW-1 (and appended to"), r.out());
        String csv = Files.readString(saveTo, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("case_id,date,channel,order_id,sku,product,buyer_name,message,intent,notes,reply,"
                + "resolution\nNEW-1,"), csv);
        assertTrue(csv.contains("PS: edited") && csv.contains("sent screws") && csv.contains("CHR-ERGO-MESH"), csv);
        Run listed = run("cases", "--sku", "CHR-ERGO-MESH", "--index", index());
        assertTrue(listed.out().contains("NEW-1"), listed.out());
        Run reindex = run("index", "--cases", saveTo.toString(), "--index", index());
        assertTrue(reindex.out().contains("unchanged 1"), "the CSV row is the case that was saved: " + reindex.out());
    }

    @Test
    void replyRefusesToSaveADraftWithPlaceholdersLeft() {
        indexSmall();
        Run r = run("reply", "where is my dress", "--sku", "DRS-LINEN-MIDI", "--intent", "shipping_status", "--save",
                "--index", index());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("placeholder_left \"[[") && r.err().contains("nothing was saved"), r.err());
        Run listed = run("cases", "--sku", "DRS-LINEN-MIDI", "--index", index());
        assertTrue(listed.out().startsWith("3 cases"), listed.out());
    }

    @Test
    void anEditorThatFailsSavesNothing() throws Exception {
        indexSmall();
        Run r = runWithEditor(Path.of("/bin/false"), "reply", "chair screws missing", "--edit", "--save", "--index", index());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("exited with 1; nothing was saved"), r.err());
    }

    @Test
    void evalSearchPrintsLeaveOneOutFigures() {
        Run r = run("eval-search", "--cases", TestModels.resource("cases-small.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("leave-one-out") && r.out().contains("(12 queries)")
                && r.out().contains("top precedent has the gold intent"), r.out());
    }

    @Test
    void benchSearchPrintsLatencyAndBuildFigures() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "search", "--sizes", "300", "--queries", "50", "--warmup", "10",
            "--messages", TestModels.resource("tiny-corpus.csv").toString()}, new PrintWriter(out), new PrintWriter(err));
        Run r = new Run(code, out.toString(), err.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*p99 ms.*\\n\\s+300\\s+\\d+\\s+[0-9.]+\\s+\\d+.*"), r.out());
    }

    @Test
    void checkReplyPrintsFindingsAndExitsWithFourOnErrors() throws Exception {
        Path reply = dir.resolve("reply.txt");
        Files.writeString(reply, "Hi Wendell,\nLeave us a 5-star review and we'll refund you $10. It will arrive on Friday.\n"
                + "Best,\nMia");
        Run r = run("check-reply", reply.toString(), "--marketplace", "amazon", "--buyer", "Ana Souza");
        assertEquals(CheckReplyCommand.HAS_ERRORS, r.code(), r.err());
        assertTrue(r.out().contains("error   wrong_buyer_name") && r.out().contains("line 1:4")
                && r.out().contains("feedback_for_value") && r.out().contains("warning promised_delivery_date"), r.out());
        assertTrue(r.out().strip().endsWith("errors, 1 warning"), r.out());
        Path clean = dir.resolve("clean.txt");
        Files.writeString(clean, "Hi Ana,\nYour parcel should arrive in 3-5 days.\nBest,\nMia");
        Run ok = run("check-reply", clean.toString(), "--buyer", "Ana", "--json");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("[]", ok.out().strip());
        Path rules = dir.resolve("rules.csv");
        Files.writeString(rules, "id,severity,marketplaces,check,pattern,message\nno_days,error,all,pattern,\\bdays\\b,say when\n");
        Run own = run("check-reply", clean.toString(), "--rules", rules.toString(), "--json");
        assertEquals(CheckReplyCommand.HAS_ERRORS, own.code());
        assertEquals("no_days", new ObjectMapper().readTree(own.out()).get(0).get("rule").asText());
        Run badRules = run("check-reply", clean.toString(), "--rules", dir.resolve("nope.csv").toString());
        assertEquals(1, badRules.code());
        assertTrue(badRules.err().contains("no such rules file"), badRules.err());
        Run missing = run("check-reply", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.code());
    }

    @Test
    void replyShowsTheCheckOfItsDraft() {
        indexSmall();
        Run r = run("reply", "the charging cable was not in the box of my tracker", "--sku", "TRK-FIT-X2", "--intent",
                "missing_parts", "--buyer", "Ana Souza", "--index", index());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("check:\n"), r.out());
    }

    @Test
    void benchAccuracyComparesContendersOnTheSameFoldsAndWritesATable() throws Exception {
        Path md = dir.resolve("bench.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "accuracy", "--corpus", TestModels.resource("tiny-corpus.csv").toString(),
            "--kinds", "intent", "--folds", "2", "--fast", "--data", dir.resolve("none").toString(), "--markdown",
            md.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Lucene k-NN") && out.toString().contains("majority class"), out.toString());
        String page = Files.readString(md);
        assertTrue(page.startsWith("## Accuracy") && page.contains("| majority class | 0.333 |"), page);
        Files.writeString(md, "# Page\nkept\n" + BenchAccuracyCommand.START + "\nold table\n" + BenchAccuracyCommand.END
                + "\nkept too\n");
        assertEquals(0, Main.run(new String[] {"bench", "accuracy", "--corpus", TestModels.resource("tiny-corpus.csv")
            .toString(), "--kinds", "intent", "--folds", "2", "--fast", "--data", dir.resolve("none").toString(),
            "--markdown", md.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        String again = Files.readString(md);
        assertTrue(again.startsWith("# Page\nkept\n") && again.endsWith("kept too\n") && !again.contains("old table")
                && again.contains("| majority class |"), again);
    }

    private Run runWithEditor(Path editor, String... args) {
        String before = System.getProperty("casebook.editor");
        System.setProperty("casebook.editor", editor.toString());
        try {
            return run(args);
        } finally {
            if (before == null) {
                System.clearProperty("casebook.editor");
            } else {
                System.setProperty("casebook.editor", before);
            }
        }
    }
}
