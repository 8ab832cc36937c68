package io.casebook.triage;

/** Counts of a batch run; {@code read == classified + rejected} always holds. */
public record BatchCounts(long read, long classified, long rejected) {
}
