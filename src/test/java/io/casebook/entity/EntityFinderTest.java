package io.casebook.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
        "Royal Mail RM123456785GB|TRACKING_NUMBER|RM123456785GB",
        "china post LP00412345678901 where|TRACKING_NUMBER|LP00412345678901",
        "yun YT2310921234567890 no update|TRACKING_NUMBER|YT2310921234567890",
        "fedex tracking 771234567890 stuck|TRACKING_NUMBER|771234567890",
        "see https://example.com/x?y=1. thanks|URL|https://example.com/x?y=1",
        "mail me at jane.doe@example.co.uk|EMAIL|jane.doe@example.co.uk",
        "item [ASIN: B07XJ8C8F4]|ASIN|B07XJ8C8F4",
        "ups says 1Z 999 AA1 01 2345 6784 delivered|TRACKING_NUMBER|1Z 999 AA1 01 2345 6784",
        "usps 9400 1118 9922 3344 5566 77 ok|TRACKING_NUMBER|9400 1118 9922 3344 5566 77",
        "4px 4PX3190328921840CN stuck in customs|TRACKING_NUMBER|4PX3190328921840CN",
        "epacket LX123456785CN|TRACKING_NUMBER|LX123456785CN",
        "yanwen UB123456789YP|TRACKING_NUMBER|UB123456789YP",
        "Amazon Logistics TBA301234567890|TRACKING_NUMBER|TBA301234567890",
        "DHL 1107043419 since monday|TRACKING_NUMBER|1107043419",
        "digital order D01-1234567-7654321 code|ORDER_ID|D01-1234567-7654321",
        "my etsy order 2812415868 came|ORDER_ID|2812415868",
        "call me +44 20 7946 0958 after 5|PHONE|+44 20 7946 0958",
    })
    void findsEntity(String text, EntityType type, String value) {
        Entity e = finder.first(text, type);
        assertEquals(value, e == null ? null : e.value(), text);
        assertEquals(value, text.substring(e.start(), e.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "serial LX123456789CN on the box",          // S10 shape, wrong check digit
        "UPS 1Z999AA10123456785 stuck",              // wrong check digit
        "item number 314159265358 on ebay",          // 12 digits without a tracking word
        "listing 2812415868 looks nice",             // 10 digits without an order word
        "it was $1,299.00 on 2026-03-14 at 10:30",
        "invoice INV-2026-00451 and PayPal 8AB12345CD678901E",
        "order #1 priority, top 3, size 10.5 US, model KB-87",
    })
    void findsNoTrackingOrOrderIn(String text) {
        assertTrue(finder.find(text).stream().noneMatch(e -> e.type() == EntityType.TRACKING_NUMBER
                || e.type() == EntityType.ORDER_ID), () -> text + " -> " + finder.find(text));
    }

    @Test
    void findsKnownSkusAsWholeTokensInAnyCase() {
        EntityFinder withSkus = EntityFinder.withSkus(java.util.List.of("LMP-DESK-QI", "TOY", "KB-MECH-87"));
        List<Entity> found = withSkus.find("sku lmp-desk-qi, not LMP-DESK-QI2 nor a TOY; also KB-MECH-87.");
        assertEquals(List.of("lmp-desk-qi", "KB-MECH-87"), found.stream()
                .filter(e -> e.type() == EntityType.SKU).map(Entity::value).toList());
        assertTrue(finder.find("lmp-desk-qi").isEmpty(), "the standard finder knows no SKUs");
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
