package io.casebook.triage;

import io.casebook.inbox.InboxItem;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejects: one CSV row per entry that could not be classified, with where and why. The
 * header comes before the first reject, or at the end when {@code alwaysHeader} asks for a
 * file with a header even when nothing was rejected.
 */
public final class RejectsWriter implements java.io.Closeable {
    private final CSVPrinter printer;
    private final boolean alwaysHeader;
    private boolean headerWritten;

    public RejectsWriter(Writer out, boolean alwaysHeader) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        this.alwaysHeader = alwaysHeader;
    }

    private void header() throws IOException {
        if (!headerWritten) {
            printer.printRecord("source", "line", "byte_offset", "id", "reason");
            headerWritten = true;
        }
    }

    public void write(InboxItem reject) throws IOException {
        header();
        printer.printRecord(SpreadsheetSafe.cell(reject.source()), reject.line(), reject.offset() < 0 ? "" : reject.offset(),
                SpreadsheetSafe.cell(reject.id()), SpreadsheetSafe.cell(reject.reason()));
    }

    @Override
    public void close() throws IOException {
        if (alwaysHeader) {
            header();
        }
        printer.close(true);
    }
}
