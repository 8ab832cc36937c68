package io.casebook.cases;

/** A row of a cases file that was not indexed: where it is and why. */
public record RejectedRow(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
