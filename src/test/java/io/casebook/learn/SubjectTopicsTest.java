package io.casebook.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SubjectTopicsTest {

    @Test
    void amazonRelaySubjectsSuggestTheBuyersTopic() {
        assertEquals("shipping_status", SubjectTopics.suggest(
                "Ship faster inquiry from Amazon customer Veera K. (Order: 111-7366207-0755439)"));
        assertEquals("product_question", SubjectTopics.suggest("Product details inquiry from Amazon customer Cherri"));
        assertEquals("shipping_status", SubjectTopics.suggest(
                "Order delivery inquiry from Amazon customer  (Order: 114-5652017-6650426)"));
        assertEquals("return_request", SubjectTopics.suggest(
                "Return policy inquiry from Amazon customer Sakina(Order: 111-1537220-5238651)"));
        assertEquals("return_request", SubjectTopics.suggest(
                "RE: Exchange request for order (Order: 102-5239268-9612243) [EXTERNAL]"));
        assertEquals("not_received", SubjectTopics.suggest(
                "Paket nicht angekommen: Gutschrift anfordern(Bestellung: 301-1234567-1234567)"));
        assertEquals("Return policy", SubjectTopics.topic("RE: Return policy inquiry from Amazon customer Ann (Order: 1)"));
    }

    @Test
    void genericAndOtherSubjectsSuggestNothing() {
        assertEquals("", SubjectTopics.suggest("Inquiry from Amazon customer Josh (Order: 111-0944945-3989852)"));
        assertEquals("", SubjectTopics.suggest("Message from Amazon customer Josh"));
        assertEquals("", SubjectTopics.suggest("where is my stuff"));
        assertEquals("", SubjectTopics.suggest(""));
        assertEquals("", SubjectTopics.suggest(null));
    }
}
