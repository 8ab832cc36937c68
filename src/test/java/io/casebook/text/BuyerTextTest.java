package io.casebook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuyerTextTest {

    @Test
    void keepsOnlyTheTextInsideTheRelayMarkers() {
        String relay = "Order ID: 114-3958185-1645065\n1 of Hiking Boots Size 10 [ASIN: B07XJ8C8F4]\n"
                + "------------- Begin message -------------\nThe left boot is missing.\n"
                + "------------- End message -------------\nFor Your Information: we retain all messages.";
        assertEquals("\nThe left boot is missing.\n", BuyerText.of(relay));
        String brazil = "------------- Mensagem:  -------------\nCad\u00ea meu pedido?\n------------- Encerrar mensagem -------------";
        assertEquals("\nCad\u00ea meu pedido?\n", BuyerText.of(brazil));
    }

    @Test
    void cutsTheQuotedEarlierMessage() {
        String reply = "Still nothing arrived!\n\nOn Tue, 3 Mar 2026 at 09:12, Shop <a@b.com> wrote:\n> It ships today.";
        assertEquals("Still nothing arrived!\n\n", BuyerText.of(reply));
        String outlook = "Please cancel.\n-----Original Message-----\nFrom: Shop\nSent: Monday\nYour order shipped.";
        assertEquals("Please cancel.\n", BuyerText.of(outlook));
    }

    @Test
    void dropsQuotedLinesAboveTheAnswer() {
        String text = "On Mon, Shop wrote:\n> Is the size OK?\n\nNo, too small.";
        String buyer = BuyerText.of(text);
        assertTrue(buyer.contains("No, too small."));
        assertFalse(buyer.contains("Is the size OK?"));
    }

    @Test
    void leavesPlainMessagesAndAllQuoteMessagesAlone() {
        assertEquals("where is my parcel -- thanks", BuyerText.of("where is my parcel -- thanks"));
        assertEquals("> only a quote", BuyerText.of("> only a quote"));
    }
}
