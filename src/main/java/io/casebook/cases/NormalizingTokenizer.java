package io.casebook.cases;

import io.casebook.text.TextNormalizer;
import io.casebook.text.Tokens;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Lucene tokenizer over casebook's own {@link TextNormalizer}, so that the case base sees the
 * tokens the classifiers see: order ids, tracking numbers, numbers and money as special tokens,
 * accents folded, lower case. Punctuation, emoji, capitals and clause boundaries, which carry tone
 * rather than topic, are dropped. Offsets are token ordinals, not character positions (nothing
 * here is highlighted).
 */
final class NormalizingTokenizer extends Tokenizer {

    private static final Set<String> DROPPED = Set.of(Tokens.BOUNDARY, Tokens.CAPS, Tokens.EXCLAMATION,
            Tokens.EXCLAMATIONS, Tokens.QUESTION, Tokens.QUESTIONS, Tokens.ELLIPSIS, Tokens.EMOJI,
            Tokens.EMOJI_POSITIVE, Tokens.EMOJI_NEGATIVE);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder buffer = new StringBuilder(256);
    private final char[] chunk = new char[1024];
    private Iterator<String> tokens;
    private int ordinal;

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        int n;
        while ((n = input.read(chunk)) > 0) {
            buffer.append(chunk, 0, n);
        }
        List<String> all = TextNormalizer.standard().tokens(buffer.toString());
        tokens = all.iterator();
        ordinal = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (tokens.hasNext()) {
            String t = tokens.next();
            if (DROPPED.contains(t)) {
                continue;
            }
            term.setEmpty().append(t);
            offset.setOffset(correctOffset(ordinal), correctOffset(ordinal + 1));
            ordinal++;
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(ordinal), correctOffset(ordinal));
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = null;
    }
}
