package io.casebook.cases;

import java.util.List;

/**
 * What a cases file held: the cases that could be read, each with the line it starts on, and
 * the rows that could not, with the reason.
 */
public record CasesFile(String file, List<NumberedCase> cases, List<RejectedRow> rejected) {

    public CasesFile {
        cases = List.copyOf(cases);
        rejected = List.copyOf(rejected);
    }

    /** A case and the line of the file its row starts on. */
    public record NumberedCase(CaseRecord record, long line) {
    }
}
