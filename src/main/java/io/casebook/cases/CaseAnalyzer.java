package io.casebook.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The analysis of English buyer text in the case base: casebook's normaliser, English stop words
 * (plus the greetings and pronouns every buyer message has), Porter stemming. The same analysis
 * runs at index and at query time. Thread-safe, as Lucene analyzers are.
 */
final class CaseAnalyzer extends Analyzer {

    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        for (String w : new String[] {"i", "me", "my", "mine", "you", "your", "u", "ur", "we", "our", "us", "he",
            "she", "him", "her", "hi", "hello", "hey", "dear", "please", "pls", "plz", "can", "could", "would",
            "have", "has", "had", "do", "did", "does", "am", "so", "just", "im", "ive", "also", "from", "what",
            "when", "which", "who", "how", "about", "all", "any", "been", "some", "one", "very", "too", "its",
            "here", "now", "only", "up", "out", "get", "got", "regards", "best", "thank", "thanks", "sir",
            "madam", "team", "hallo"}) {
            stop.add(w);
        }
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    private final boolean keepSurface;

    private CaseAnalyzer(boolean keepSurface) {
        this.keepSurface = keepSurface;
    }

    /** The analyzer for indexing and querying. */
    static CaseAnalyzer standard() {
        return new CaseAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new NormalizingTokenizer();
        TokenStream stream = new StopFilter(source, STOP_WORDS);
        if (keepSurface) {
            stream = new KeywordRepeatFilter(stream);
        }
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** A query term: the stem searched for and the word the buyer wrote. */
    record Term(String stem, String surface) {
    }

    private static final CaseAnalyzer PAIRS = new CaseAnalyzer(true);

    /** The terms of {@code text}, in order, each with the normalised word it came from. */
    static List<Term> terms(String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = PAIRS.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            String surface = null;
            while (ts.incrementToken()) {
                if (keyword.isKeyword()) {
                    // the untouched copy comes first; its stem follows
                    if (surface != null) {
                        out.add(new Term(surface, surface));
                    }
                    surface = term.toString();
                } else {
                    out.add(new Term(term.toString(), surface == null ? term.toString() : surface));
                    surface = null;
                }
            }
            if (surface != null) {
                out.add(new Term(surface, surface));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
