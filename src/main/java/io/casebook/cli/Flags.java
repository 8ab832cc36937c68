package io.casebook.cli;

/** Parsing of flag values picocli does not convert itself. */
final class Flags {
    private Flags() {
    }

    /** "3-5" as {3, 5}, "off" or "0" as {0, 0}. */
    static int[] range(String value, String flag) {
        String v = value.trim();
        if (v.equalsIgnoreCase("off") || v.equals("0")) {
            return new int[] {0, 0};
        }
        String[] parts = v.split("-", -1);
        try {
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0]);
                return new int[] {n, n};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(flag + " takes MIN-MAX (e.g. 3-5) or off, not '" + value + "'");
    }
}
