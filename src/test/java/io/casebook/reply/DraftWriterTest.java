package io.casebook.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casebook.entity.EntityFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftWriterTest {

    static final DraftWriter WRITER = new DraftWriter(EntityFinder.withSkus(List.of("LMP-DESK-QI", "TRK-FIT-X2")));

    static final String REPLY = """
            Dear Rahul Verma,

            Thank you for the photos. As the glass of your LED Desk Lamp was broken on arrival we have refunded \
            $12.00 to your eBay account on June 14, 2025 for order 23-10457-88213. Rahul, you can keep the lamp.
            The replacement ships with UPS 1Z5R89390357567127; mail rahul.v@example.com or call +44 20 7946 0958.
            See https://track.example.com/?n=1Z5R89390357567127 and https://brightnest.example/help.

            Kind regards,
            Daniel
            BrightNest Customer Care""";

    static final DraftFacts SOURCE = new DraftFacts("Rahul Verma", "23-10457-88213", "", "LMP-DESK-QI", "LED Desk Lamp");

    @Test
    void fillsInThisBuyersFactsAndSignature() {
        DraftFacts target = new DraftFacts("Megan Foster", "113-2233445-6677889", "9400111206206406260787",
                "LMP-DESK-QI", "LED Desk Lamp");
        DraftText d = WRITER.draft(REPLY, SOURCE, target, "Mia\nBrightNest Support");
        String t = d.text();
        assertTrue(t.startsWith("Dear Megan Foster,\n"), t);
        assertTrue(t.contains("for order 113-2233445-6677889"), t);
        assertTrue(t.contains("Megan, you can keep"), t);
        assertTrue(t.contains("UPS 9400111206206406260787"), t);
        assertTrue(t.endsWith("Kind regards,\nMia\nBrightNest Support"), t);
        assertTrue(t.contains("refunded [[AMOUNT]]") && t.contains("on [[DATE]]"), t);
        assertTrue(t.contains("mail [[EMAIL]] or call [[PHONE]]"), t);
        assertTrue(t.contains("See [[LINK]] and https://brightnest.example/help."), t);
        assertEquals(List.of("[[AMOUNT]]", "[[DATE]]", "[[EMAIL]]", "[[PHONE]]", "[[LINK]]"), d.placeholders());
        for (String leak : List.of("Rahul", "Verma", "23-10457-88213", "1Z5R89390357567127", "Daniel", "$12.00")) {
            assertFalse(t.contains(leak), leak + " leaked into " + t);
        }
    }

    @Test
    void unknownFactsBecomePlaceholders() {
        DraftText d = WRITER.draft(REPLY, SOURCE, new DraftFacts("", "", "", "", ""), "");
        String t = d.text();
        assertTrue(t.startsWith("Dear [[BUYER_NAME]],"), t);
        assertTrue(t.contains("order [[ORDER_ID]]") && t.contains("UPS [[TRACKING_NUMBER]]"), t);
        assertTrue(t.contains("[[BUYER_NAME]], you can keep"), t);
        assertTrue(t.endsWith("Kind regards,\n[[AGENT_NAME]]"), t);
        assertTrue(d.placeholders().containsAll(List.of("[[BUYER_NAME]]", "[[ORDER_ID]]", "[[TRACKING_NUMBER]]",
                "[[AGENT_NAME]]")));
    }

    @Test
    void anotherProductsTitleIsReplaced() {
        DraftText other = WRITER.draft(REPLY, SOURCE, new DraftFacts("Ann", "", "", "TRK-FIT-X2", "Fitness Tracker X2"), "A");
        assertTrue(other.text().contains("your Fitness Tracker X2 was broken"), other.text());
        DraftText unknown = WRITER.draft(REPLY, SOURCE, new DraftFacts("Ann", "", "", "", ""), "A");
        assertTrue(unknown.text().contains("your [[PRODUCT]] was broken"), unknown.text());
    }

    @Test
    void greetingsAndSignaturesOfManyShapes() {
        DraftFacts target = new DraftFacts("Thi Lan Nguyen", "", "", "", "");
        DraftFacts source = new DraftFacts("Oluwaseun Adeyemi", "", "", "", "");
        assertEquals("Hello Thi,\nWe sent it.\n\nCheers,\nMia", WRITER.draft("Hello Oluwaseun!\nWe sent it.\n\nCheers,\nKevin",
                source, target, "Mia").text().replace("Hello Thi!", "Hello Thi,"));
        assertEquals("Hi Thi,\nWe sent it.\n\nBest regards,\nMia", WRITER.draft("We sent it.\n\nKevin", source, target,
                "Mia").text());
        assertEquals("Hi Thi,\nWe sent it.\n\nThanks,\nMia", WRITER.draft("Hi,\nWe sent it.\n\nThanks,\nKevin\nShop", source,
                target, "Mia").text().replace("Hi,", "Hi Thi,"));
        String dear = WRITER.draft("Dear Mr Adeyemi,\nSorry Mr Adeyemi.\nBest,\nTom", source, target, "Mia").text();
        assertTrue(dear.startsWith("Dear Thi Lan Nguyen,\nSorry Mr Nguyen."), dear);
    }

    @Test
    void wordsThatLookLikeANameAreLeftAloneUnlessCapitalised() {
        DraftFacts source = new DraftFacts("Will May", "", "", "", "");
        DraftText d = WRITER.draft("Hi Will,\nit will arrive in may. Will, thanks.\nBest,\nTom", source,
                new DraftFacts("Ann Lee", "", "", "", ""), "Mia");
        assertTrue(d.text().contains("it will arrive in may. Ann, thanks."), d.text());
    }
}
