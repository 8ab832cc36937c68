package io.casebook.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CasesCsvReaderTest {

    static final CasesCsvReader READER = new CasesCsvReader(Map.of(), CaseIndexTest.INTENTS);

    static CasesFile read(CasesCsvReader reader, String csv) throws Exception {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }

    @Test
    void readsCasebooksOwnColumnsWithMultiLineFieldsAndLineNumbers() {
        CasesFile f = READER.read(Path.of("src/test/resources/cases-small.csv"));
        assertEquals(12, f.cases().size());
        CaseRecord first = f.cases().get(0).record();
        assertEquals("T-001", first.caseId());
        assertEquals(LocalDate.of(2025, 3, 2), first.date());
        assertTrue(first.reply().startsWith("Hi Megan,\n"));
        assertEquals(2, f.cases().get(0).line());
        assertTrue(f.cases().get(1).line() > 2 + 5, "a multi-line row moves the next row's line on");
    }

    @Test
    void readsAHelpdeskExportBySynonymsAndRejectsBadRowsWithTheirLines() {
        CasesFile f = READER.read(Path.of("src/test/resources/cases-helpdesk.tsv"));
        assertEquals(2, f.cases().size(), f.toString());
        CaseRecord z1 = f.cases().get(0).record();
        assertEquals("Z-1", z1.caseId());
        assertEquals("LMP-DESK-QI", z1.sku());
        assertEquals("Ann Lee", z1.buyerName());
        assertEquals("replacement_sent", z1.resolution());
        assertEquals(LocalDate.of(2026, 1, 3), z1.date());
        assertEquals(LocalDate.of(2026, 1, 6), f.cases().get(1).record().date());
        assertEquals(3, f.rejected().size());
        assertTrue(f.rejected().get(0).toString().matches(".*cases-helpdesk.tsv:\\d+: no case id"), f.rejected().toString());
        assertTrue(f.rejected().get(1).reason().contains("'03/01/2026' is not an ISO date"));
        assertTrue(f.rejected().get(2).reason().contains("has no message"));
    }

    @Test
    void columnsCanBeMappedByName() throws Exception {
        CasesCsvReader mapped = new CasesCsvReader(Map.of(CaseField.CASE_ID, "Ref", CaseField.MESSAGE, "What they said"),
                Set.of());
        CasesFile f = read(mapped, "Ref,What they said,Note\nA1,hello there,checked\n");
        assertEquals("A1", f.cases().get(0).record().caseId());
        assertEquals("checked", f.cases().get(0).record().notes());
        CaseBaseException e = assertThrows(CaseBaseException.class,
                () -> read(new CasesCsvReader(Map.of(CaseField.MESSAGE, "Nope"), Set.of()), "id,text\n1,x\n"));
        assertTrue(e.getMessage().contains("no column 'Nope'"), e.getMessage());
    }

    @Test
    void aFileWithoutAMessageColumnSaysHowToMapOne() {
        CaseBaseException e = assertThrows(CaseBaseException.class, () -> read(READER, "case_id,foo\n1,x\n"));
        assertTrue(e.getMessage().contains("no message column") && e.getMessage().contains("--column message="),
                e.getMessage());
    }

    @Test
    void unknownIntentsAreRejectedNotIndexed() throws Exception {
        CasesFile f = read(READER, "case_id,message,intent\n1,hello,complaint\n2,where is it,shipping_status\n");
        assertEquals(1, f.cases().size());
        assertEquals("test.csv:2: case 1: unknown intent 'complaint' (see docs/taxonomy.md)", f.rejected().get(0).toString());
    }

    @Test
    void brokenFilesAreOneClearError() {
        assertTrue(assertThrows(CaseBaseException.class, () -> read(READER, "")).getMessage().contains("empty"));
        assertTrue(assertThrows(CaseBaseException.class,
                () -> READER.read(Path.of("no/such/cases.csv"))).getMessage().contains("no such cases file"));
        CaseBaseException bad = assertThrows(CaseBaseException.class, () -> READER.read(
                new ByteArrayInputStream(new byte[] {'c', 'a', 's', 'e', '_', 'i', 'd', ',', 'm', 'e', 's', 's', 'a',
                    'g', 'e', '\n', '1', ',', (byte) 0xff, (byte) 0xfe, '\n'}), "latin.csv"));
        assertTrue(bad.getMessage().contains("not UTF-8"), bad.getMessage());
        CaseBaseException quote = assertThrows(CaseBaseException.class,
                () -> read(READER, "case_id,message\n1,\"unclosed\n2,next\n"));
        assertTrue(quote.getMessage().contains("malformed CSV") || quote.getMessage().contains("test.csv"),
                quote.getMessage());
    }
}
