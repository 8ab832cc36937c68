package io.casebook.inbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which column (or key) holds which field, by the explicit names given, else by the usual names. */
final class Fields {

    private Fields() {
    }

    /** The index of each field's column in {@code headers}; explicit names win, then the usual names in their order. */
    static Map<InboxField, Integer> locate(List<String> headers, Map<InboxField, String> explicit, String source) {
        Map<InboxField, Integer> out = new EnumMap<>(InboxField.class);
        for (Map.Entry<InboxField, String> e : explicit.entrySet()) {
            int i = indexOf(headers, e.getValue());
            if (i < 0) {
                throw new InboxException(source + ": no column '" + e.getValue() + "' for " + e.getKey().flagName()
                        + " (the header has: " + String.join(", ", headers) + ")");
            }
            out.put(e.getKey(), i);
        }
        for (InboxField f : InboxField.values()) {
            if (out.containsKey(f)) {
                continue;
            }
            for (String name : f.names()) {
                int i = indexOfNormalised(headers, name);
                if (i >= 0 && !out.containsValue(i)) {
                    out.put(f, i);
                    break;
                }
            }
        }
        return out;
    }

    private static int indexOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return indexOfNormalised(headers, InboxField.normalise(name));
    }

    private static int indexOfNormalised(List<String> headers, String normalised) {
        for (int i = 0; i < headers.size(); i++) {
            if (InboxField.normalise(headers.get(i)).equals(normalised)) {
                return i;
            }
        }
        return -1;
    }
}
