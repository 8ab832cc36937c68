package io.casebook.cli;

import io.casebook.CasebookException;
import io.casebook.inbox.InboxField;
import io.casebook.inbox.InboxFormat;
import io.casebook.inbox.InboxOptions;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to read an inbox: the flags shared by the commands that read one ({@code classify}, {@code label}). */
final class InboxInputOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "The inbox's format: csv, jsonl, json, mbox, eml, lines (default: from the file's name and "
                    + "content).")
    InboxFormat inputFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The text encoding of a CSV inbox (default: its byte-order mark, else UTF-8 when it is valid "
                    + "UTF-8, else windows-1252).")
    String encoding;

    @Option(names = "--column", paramLabel = "FIELD=NAME",
            description = "Read FIELD (text, subject, id, received, buyer, order_id, channel) from the column or JSON "
                    + "key NAME (repeatable; by default the usual helpdesk and marketplace names are recognised).")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--text-column", description = "Column with the message: the same as --column text=NAME.")
    String textColumn;

    @Option(names = "--id-column", description = "Column with the message id: the same as --column id=NAME.")
    String idColumn;

    /** The format given with --format, or null to detect it. */
    InboxFormat format() {
        return inputFormat;
    }

    /** The reading options the flags say. @throws CasebookException for an unknown field or charset */
    InboxOptions options() {
        Map<InboxField, String> mapped = new EnumMap<>(InboxField.class);
        columns.forEach((field, name) -> {
            InboxField f = InboxField.byFlagName(field);
            if (f == null) {
                throw new CasebookException("--column: unknown field '" + field + "' (one of text, subject, id, received, "
                        + "buyer, order_id, channel)");
            }
            mapped.put(f, name);
        });
        if (textColumn != null) {
            mapped.put(InboxField.TEXT, textColumn);
        }
        if (idColumn != null) {
            mapped.put(InboxField.ID, idColumn);
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding.strip());
            } catch (IllegalArgumentException e) {
                throw new CasebookException("--encoding: unknown charset '" + encoding + "' (e.g. utf-8, windows-1252, "
                        + "iso-8859-1, shift_jis)");
            }
        }
        return new InboxOptions(inputFormat, charset, mapped);
    }
}
