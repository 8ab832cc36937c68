package io.casebook.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RiskFlaggerTest {

    static String flags(String text) {
        return RiskFlagger.standard().flags(text).stream().map(h -> h.type().label()).collect(Collectors.joining(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I'll leave 1 star if this isn't fixed|feedback_threat",
        "going to report this in my review|feedback_threat",
        "I don't want to leave bad feedback but you leave me no choice|feedback_threat",
        "Don't worry, I won't leave negative feedback.|''",
        "left you 5 stars, thanks!|''",
        "the reviews said it runs small|''",
        "I will not hesitate to open a case with eBay|claim_threat",
        "no need to open a case, it arrived today|''",
        "my phone case arrived cracked|''",
        "I will dispute the charge with my bank|claim_threat",
        "I'm reporting you to Trading Standards|escalation",
        "Amazon support told me to contact you|''",
        "the police car toy has no siren|''",
        "this is the third time I ask about my refund|repeat_contact",
        "I will buy again from you|''",
        "it's for my daughter's birthday on Saturday, can you ship today?|urgent",
        "no rush, whenever you can|''",
        "it's not urgent but is the blue one back in stock?|''",
        "It was for her birthday last week, too late now|''",
        "Third email. Refund by Friday or I open a PayPal dispute and leave negative feedback|feedback_threat;claim_threat;repeat_contact;urgent",
    })
    void flagsAsAPersonWould(String text, String expected) {
        assertEquals(expected, flags(text), text);
    }

    @Test
    void evidenceIsTheBuyersOwnWordsAndQuotesDoNotCount() {
        List<RiskHit> hits = RiskFlagger.standard().flags("Your message said \"we will open a case with the courier for you\". "
                + "OK. But if it's not here by Monday I will leave a 1 star review.");
        assertEquals(1, hits.stream().filter(h -> h.type() == RiskType.FEEDBACK_THREAT).count());
        assertTrue(hits.stream().noneMatch(h -> h.type() == RiskType.CLAIM_THREAT), hits.toString());
        RiskHit f = hits.stream().filter(h -> h.type() == RiskType.FEEDBACK_THREAT).findFirst().orElseThrow();
        assertTrue(f.evidence().toLowerCase().contains("1 star"), f.evidence());
    }

    @Test
    void quotedEarlierMessagesAndTheRelayFrameAreLeftOut() {
        String relay = "Order ID: 113-4829301-5571234\n------------- Message: -------------\nwhere is it?\n"
                + "------------- End message -------------\nTo report this buyer, click here";
        assertEquals("", flags(relay));
        assertEquals("", flags("thanks, got it\n\nOn Mon, 3 Mar 2026, Shop wrote:\n> Sorry, please don't open a case"));
    }

    @Test
    void literalPrefixesAreReadOnlyWhenCertain() {
        assertEquals(List.of("leave", "left"), LiteralPrefixes.of("\\b(?:leave|left)\\b[^.]{0,5}x"));
        assertEquals(List.of("enjoy ", "stay tuned"), LiteralPrefixes.of("\\benjoy (?:a|b)|\\bstay tuned\\b"));
        assertEquals(List.of(), LiteralPrefixes.of("\\b(?:a|b)?c"), "an optional group proves nothing");
        assertEquals(List.of(), LiteralPrefixes.of("(?<!x)foo"), "a look-behind first: no literal prefix");
        assertEquals(List.of(), LiteralPrefixes.of("\\b(?:1|one)\\s+star"), "one-character prefixes are too common");
        assertEquals(List.of("ab"), LiteralPrefixes.of("abc?d"), "a quantified character ends the prefix");
    }
}
