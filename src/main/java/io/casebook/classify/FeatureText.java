package io.casebook.classify;

import java.util.Arrays;

/**
 * The characters of one feature name as the {@link FeatureExtractor} builds it: a reusable
 * character buffer, so that scoring a message makes no string per feature and the
 * {@link FeatureIndex} reads plain characters.
 */
final class FeatureText implements CharSequence {

    private char[] chars = new char[64];
    private int length;

    FeatureText clear() {
        length = 0;
        return this;
    }

    FeatureText append(String s) {
        return append(s, 0, s.length());
    }

    FeatureText append(String s, int start, int end) {
        int n = end - start;
        ensure(n);
        s.getChars(start, end, chars, length);
        length += n;
        return this;
    }

    FeatureText append(char c) {
        ensure(1);
        chars[length++] = c;
        return this;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** The buffer itself (valid up to {@link #length()}, until the next change). */
    char[] buffer() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
