package io.casebook;

/**
 * Where the case base is and what it holds.
 *
 * @param location         the index folder, or "(in memory)"
 * @param cases            the number of cases
 * @param builtFromShipped true when this session built it from the cases shipped with casebook
 *                         because there was no index yet
 */
public record CaseBaseInfo(String location, int cases, boolean builtFromShipped) {
}
