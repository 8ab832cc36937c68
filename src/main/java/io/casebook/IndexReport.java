package io.casebook;

import java.util.List;

/**
 * What an update of the case base did.
 *
 * @param added     cases new to the index
 * @param updated   cases whose row changed and replaced the indexed one
 * @param unchanged rows equal to the case already indexed
 * @param rejected  rows not indexed, with file, line and reason
 */
public record IndexReport(int added, int updated, int unchanged, List<Rejection> rejected) {

    public IndexReport {
        rejected = List.copyOf(rejected);
    }

    /** A row that was not indexed. */
    public record Rejection(String file, long line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }
}
