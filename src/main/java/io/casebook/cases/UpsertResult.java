package io.casebook.cases;

/** What an index update did: new cases, cases replaced by a changed row, rows equal to what was there. */
public record UpsertResult(int added, int updated, int unchanged) {
}
