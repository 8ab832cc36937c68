package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.PastCase;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Appends a case to a cases CSV (casebook's columns), writing the header when the file is new. */
final class CasesCsvAppender {

    static final String[] HEADER = {"case_id", "date", "channel", "order_id", "sku", "product", "buyer_name", "message",
        "intent", "notes", "reply", "resolution"};

    private CasesCsvAppender() {
    }

    static void append(Path file, PastCase c) {
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            if (!fresh) {
                String first = Files.newBufferedReader(file, StandardCharsets.UTF_8).readLine();
                if (first == null || !first.replace("\uFEFF", "").strip().equals(String.join(",", HEADER))) {
                    throw new CasebookException(file + ": not a casebook cases file (its header is not "
                            + String.join(",", HEADER) + "); nothing was appended");
                }
            }
            StringBuilder row = new StringBuilder();
            try (CSVPrinter p = new CSVPrinter(row, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                if (fresh) {
                    p.printRecord((Object[]) HEADER);
                }
                p.printRecord(c.caseId(), c.date() == null ? "" : c.date().toString(), c.channel(), c.orderId(), c.sku(),
                        c.product(), c.buyerName(), c.message(), c.intent(), c.notes(), c.reply(), c.resolution());
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(row.toString());
            }
        } catch (IOException e) {
            throw new CasebookException(file + ": cannot append the case: " + e.getMessage(), e);
        }
    }
}
