package io.casebook.classify;

import java.util.Arrays;

/**
 * Finds the row of a feature name in a trained model without allocating: the name is looked up
 * as characters, a whole {@link FeatureText} or a region of a text (a character n-gram). Open
 * addressing over a 64-bit hash of the characters, so that unlike {@code String.hashCode} short
 * n-grams of other scripts do not pile up in one bucket.
 *
 * <p>A slot is one {@code long}: the high bits of the name's hash and, in the low bits, its row
 * (as few bits as the rows need: 18 for the language detector's 146,000 n-grams, leaving 46 of
 * hash). The table is at most about half full, so a lookup reads one slot, or a few in one cache
 * line; the language detector's table is 2 MB instead of the 8 MB of a hash and a row per slot.
 * The hash bits stand for the name: when no two of the model's names share them (checked when
 * the index is built), a lookup compares hashes only, which saves a cache miss per feature. An
 * unknown name is then taken for a known one only if its hash bits equal those of a name on its
 * probe path, a chance of about 2<sup>-46</sup> per lookup for the language detector, less for the
 * classifiers. Should two names of a model ever share them, the index compares the characters of
 * every name it finds.
 *
 * <p>Immutable and thread-safe.
 */
final class FeatureIndex {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final String[] names;
    /** Per slot the name's hash bits above {@link #rowMask} and its row plus one within it (0: an empty slot). */
    private final long[] slots;
    /** The low bits of a slot that hold the row: as many as the rows need. */
    private final long rowMask;
    private final char[] chars;
    private final int[] nameStart;
    private final int mask;
    /** Whether lookups compare characters too: only when two names share a 64-bit hash. */
    private final boolean compareNames;

    /** An index over {@code names}; row {@code i} is {@code names[i]}. Names must be distinct. */
    FeatureIndex(String[] names) {
        this.names = names.clone();
        int capacity = Integer.highestOneBit(Math.max(4, names.length * 2 - 1));
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        this.rowMask = (1L << (64 - Long.numberOfLeadingZeros(names.length + 1L))) - 1;
        this.nameStart = new int[names.length + 1];
        int total = 0;
        for (int row = 0; row < names.length; row++) {
            nameStart[row] = total;
            total += names[row].length();
        }
        nameStart[names.length] = total;
        this.chars = new char[total];
        boolean sharedHash = false;
        for (int row = 0; row < names.length; row++) {
            String name = names[row];
            name.getChars(0, name.length(), chars, nameStart[row]);
            long h = hash(name.toCharArray(), 0, name.length());
            long key = h & ~rowMask;
            int slot = (int) h & mask;
            while (slots[slot] != 0) {
                if ((slots[slot] & ~rowMask) == key) {
                    if (sameChars((int) (slots[slot] & rowMask) - 1, name.toCharArray(), 0, name.length())) {
                        throw new IllegalArgumentException("feature name given twice: " + name);
                    }
                    sharedHash = true;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = key | (row + 1);
        }
        this.compareNames = sharedHash;
    }

    int size() {
        return names.length;
    }

    String name(int row) {
        return names[row];
    }

    /** The row of {@code name}, or -1 when the model does not know it. */
    int find(String name) {
        return find(name.toCharArray(), 0, name.length());
    }

    /** The row of a feature name being built, or -1. */
    int find(FeatureText name) {
        return find(name.buffer(), 0, name.length());
    }

    /** The row of the characters {@code [start, end)} of {@code text}, or -1. */
    int find(char[] text, int start, int end) {
        long h = hash(text, start, end);
        long key = h & ~rowMask;
        int slot = (int) h & mask;
        long entry;
        while ((entry = slots[slot]) != 0) {
            if ((entry & ~rowMask) == key) {
                int row = (int) (entry & rowMask) - 1;
                if (!compareNames || sameChars(row, text, start, end)) {
                    return row;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** True when both indexes hold the same names on the same rows. */
    boolean sameNames(FeatureIndex other) {
        return other == this || Arrays.equals(names, other.names);
    }

    private boolean sameChars(int row, char[] text, int start, int end) {
        int from = nameStart[row];
        if (nameStart[row + 1] - from != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (chars[from++] != text[i]) {
                return false;
            }
        }
        return true;
    }

    private static long hash(char[] text, int start, int end) {
        long h = end - start;
        for (int i = start; i < end; i++) {
            h = (h + text[i]) * MULTIPLIER;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
