package io.casebook.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    private final EntityFinder finder = EntityFinder.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Order 113-4829301-5571234 is late|ORDER_ID|113-4829301-5571234",
        "ebay order 23-10457-88213 please|ORDER_ID|23-10457-88213",
        "aliexpress 8177390215563402 not here|ORDER_ID|8177390215563402",
        "my shopify order #1047 never came|ORDER_ID|#1047",
        "order #SH-20931 pls|ORDER_ID|#SH-20931",
        "UPS 1Z999AA10123456784 stuck|TRACKING_NUMBER|1Z999AA10123456784",
        "usps 9400111899223344556677 shows nothing|TRACKING_NUMBER|9400111899223344556677",
        "Royal Mail RM123456789GB|TRACKING_NUMBER|RM123456789GB",
        "china post LP00412345678901 where|TRACKING_NUMBER|LP00412345678901",
        "yun YT2310921234567890 no update|TRACKING_NUMBER|YT2310921234567890",
        "fedex tracking 771234567890 stuck|TRACKING_NUMBER|771234567890",
        "see https://example.com/x?y=1. thanks|URL|https://example.com/x?y=1",
        "mail me at jane.doe@example.co.uk|EMAIL|jane.doe@example.co.uk",
        "item [ASIN: B07XJ8C8F4]|ASIN|B07XJ8C8F4",
    })
    void findsEntity(String text, EntityType type, String value) {
        Entity e = finder.first(text, type);
        assertEquals(value, e == null ? null : e.value(), text);
        assertEquals(value, text.substring(e.start(), e.end()));
    }

    @Test
    void aUrlHidesWhatIsInsideIt() {
        List<Entity> found = finder.find("track at https://t.example/1Z999AA10123456784 now");
        assertEquals(1, found.size());
        assertEquals(EntityType.URL, found.get(0).type());
    }

    @Test
    void plainNumbersAreNotEntities() {
        assertTrue(finder.find("I ordered 2 pairs in size 44 for 25 dollars in 2024").isEmpty());
        assertNull(finder.first("call me 12 times", EntityType.PHONE));
    }

    @Test
    void resultsAreSortedAndDoNotOverlap() {
        List<Entity> found = finder.find("#1047 and 113-4829301-5571234 via 1Z999AA10123456784");
        assertEquals(3, found.size());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start());
        }
    }
}
