package io.casebook.triage;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/** Writes result rows in one output format. Not thread-safe. */
public interface ResultWriter extends Closeable {

    void write(ResultRow row) throws IOException;

    /** The output formats. */
    enum Format {
        CSV, JSONL;

        public ResultWriter open(Writer out) throws IOException {
            return this == CSV ? new CsvResultWriter(out) : new JsonLinesResultWriter(out);
        }
    }
}
