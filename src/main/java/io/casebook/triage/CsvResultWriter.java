package io.casebook.triage;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Results as CSV with a header; every cell is made spreadsheet-safe. */
final class CsvResultWriter implements ResultWriter {
    private final CSVPrinter printer;

    CsvResultWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(ResultRow.COLUMNS);
    }

    @Override
    public void write(ResultRow row) throws IOException {
        for (String v : row.values()) {
            printer.print(SpreadsheetSafe.cell(v));
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
