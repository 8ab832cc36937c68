package io.casebook.triage;

import io.casebook.inbox.InboxItem;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The rejects file: one CSV row per entry that could not be classified, with where and why. */
public final class RejectsWriter implements java.io.Closeable {
    private final CSVPrinter printer;

    public RejectsWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord("source", "line", "id", "reason");
    }

    public void write(InboxItem reject) throws IOException {
        printer.printRecord(SpreadsheetSafe.cell(reject.source()), reject.line(), SpreadsheetSafe.cell(reject.id()),
                SpreadsheetSafe.cell(reject.reason()));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
