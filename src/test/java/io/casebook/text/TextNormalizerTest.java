package io.casebook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    private List<String> tokens(String text) {
        return normalizer.tokens(text);
    }

    @Test
    void lowerCasesFoldsAccentsAndJoinsApostrophes() {
        assertEquals(List.of("i", "dont", "like", "the", "reponse", "große"), tokens("I don't like the Réponse Größe"));
    }

    @Test
    void replacesEntitiesNumbersAndMoney() {
        assertEquals(List.of("order", Tokens.ORDER_ID, "cost", Tokens.MONEY, Tokens.NUMBER, "in", Tokens.YEAR),
                tokens("order 113-4829301-5571234 cost $25 in 2024"));
        assertEquals(List.of("track", Tokens.TRACKING, "see", Tokens.URL), tokens("track 1Z999AA10123456784 see https://x.example/a"));
    }

    @Test
    void marksCapitalsAndPunctuationRuns() {
        List<String> t = tokens("WHERE is it?? now!!! ok!");
        assertEquals(List.of(Tokens.CAPS, "where", "is", "it", Tokens.QUESTIONS, Tokens.BOUNDARY, "now",
                Tokens.EXCLAMATIONS, Tokens.BOUNDARY, "ok", Tokens.EXCLAMATION, Tokens.BOUNDARY), t);
    }

    @Test
    void clauseBoundariesAreNotRepeated() {
        assertEquals(List.of("a", Tokens.BOUNDARY, "b", Tokens.BOUNDARY), tokens("a.,;\n b."));
        assertEquals(List.of("wait", Tokens.ELLIPSIS, Tokens.BOUNDARY, "what"), tokens("wait... what"));
    }

    @Test
    void emojiAndEmoticonsBecomeTokens() {
        assertEquals(List.of("great", Tokens.EMOJI_POSITIVE, "bad", Tokens.EMOJI_NEGATIVE, "box", Tokens.EMOJI),
                tokens("great \uD83D\uDE0A bad \uD83D\uDE21 box \uD83D\uDCE6"));
        assertEquals(List.of("thanks", Tokens.EMOJI_POSITIVE, "not", "happy", Tokens.EMOJI_NEGATIVE),
                tokens("thanks :) not happy :-("));
        assertEquals(List.of("subject", Tokens.BOUNDARY, "damaged"), tokens("Subject:Damaged"));
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(List.of("it", "is", "broken"), tokens("IT IS BROKEN").stream().filter(t -> !Tokens.isSpecial(t)).toList());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void blankTextHasNoTokens() {
        assertTrue(tokens("   ").isEmpty());
        assertTrue(tokens("").isEmpty());
    }
}
