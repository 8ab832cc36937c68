package io.casebook.inbox;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read an inbox: its format (null to detect it), its text encoding (null to detect it:
 * a byte-order mark, else strict UTF-8, else Windows-1252), and column or key names for fields
 * whose names are not among the usual ones.
 */
public record InboxOptions(InboxFormat format, Charset encoding, Map<InboxField, String> columns) {
    public InboxOptions {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    /** Detect everything. */
    public static InboxOptions detect() {
        return new InboxOptions(null, null, Map.of());
    }
}
