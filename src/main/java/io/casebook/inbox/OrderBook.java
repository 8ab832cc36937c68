package io.casebook.inbox;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Orders from the marketplaces' order reports, by order id, so that a message that names its
 * order gets the SKU and product: Amazon's All Orders report (tab-separated, {@code amazon-order-id},
 * {@code sku}, {@code product-name}; also the MFN reports' {@code order-id}), eBay's Seller Hub
 * orders report ({@code Order Number}, {@code Custom Label}, {@code Item Title}; its blank first
 * line, summary rows and footers are skipped) and Shopify's orders export ({@code Name} such as
 * {@code #1001}, {@code Lineitem sku}, {@code Lineitem name}; one row per line item). The format is
 * told by the header; the first line item of an order gives its SKU. Immutable once read;
 * thread-safe.
 */
public final class OrderBook {

    /** One order's first line item. */
    public record Order(String orderId, String sku, String product, String marketplace) {
    }

    private final Map<String, Order> byId;

    private OrderBook(Map<String, Order> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** No orders. */
    public static OrderBook empty() {
        return new OrderBook(Map.of());
    }

    /** The number of orders. */
    public int size() {
        return byId.size();
    }

    /** The order with this id ({@code #}, spaces and case do not matter), or null. */
    public Order find(String orderId) {
        return orderId == null || orderId.isBlank() ? null : byId.get(key(orderId));
    }

    static String key(String orderId) {
        return orderId.replaceAll("[#\\s]", "").toUpperCase(Locale.ROOT);
    }

    /** Reads the given order reports. @throws InboxException when one cannot be read or is of no known kind */
    public static OrderBook read(List<Path> files) {
        Map<String, Order> orders = new HashMap<>();
        for (Path f : files) {
            readOne(f, orders);
        }
        return new OrderBook(orders);
    }

    private static void readOne(Path file, Map<String, Order> orders) {
        String source = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(1 << 20);
            byte[] head = in.readNBytes(1 << 20);
            in.reset();
            Charset charset = DelimitedInboxReader.detect(head);
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                in.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)));
            String first;
            while (true) {
                reader.mark(1 << 16);
                first = reader.readLine();
                if (first == null) {
                    throw new InboxException(source + ": the order report is empty");
                }
                if (!first.replaceAll("[,;\\t\"\\s]", "").isEmpty()) {
                    reader.reset();
                    break;
                }
            }
            char delimiter = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') > first.indexOf(',') ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> headers = parser.getHeaderNames();
                Kind kind = Kind.of(headers);
                if (kind == null) {
                    throw new InboxException(source + ": not an order report casebook knows (Amazon All Orders, eBay "
                            + "orders, Shopify orders export); its header is " + headers);
                }
                int id = index(headers, kind.id);
                int sku = index(headers, kind.sku);
                int product = index(headers, kind.product);
                for (CSVRecord row : parser) {
                    String orderId = cell(row, id);
                    String s = cell(row, sku);
                    if (orderId.isEmpty() || s.isEmpty()) {
                        continue; // eBay summary rows, footers, Shopify rows of an order's later items
                    }
                    orders.putIfAbsent(key(orderId), new Order(orderId, s, cell(row, product), kind.marketplace));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InboxException(source + ": no such order report");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InboxException(source + ": cannot read the order report: " + e.getMessage());
        }
    }

    private enum Kind {
        AMAZON("amazon", "amazonorderid", "sku", "productname"),
        AMAZON_MFN("amazon", "orderid", "sku", "productname"),
        EBAY("ebay", "ordernumber", "customlabel", "itemtitle"),
        SHOPIFY("shopify", "name", "lineitemsku", "lineitemname");

        final String marketplace;
        final String id;
        final String sku;
        final String product;

        Kind(String marketplace, String id, String sku, String product) {
            this.marketplace = marketplace;
            this.id = id;
            this.sku = sku;
            this.product = product;
        }

        static Kind of(List<String> headers) {
            for (Kind k : values()) {
                if (index(headers, k.id) >= 0 && index(headers, k.sku) >= 0) {
                    return k;
                }
            }
            return null;
        }
    }

    private static int index(List<String> headers, String normalised) {
        for (int i = 0; i < headers.size(); i++) {
            if (InboxField.normalise(headers.get(i)).equals(normalised)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(CSVRecord row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }
}
