package io.casebook.entity;

/**
 * Check-digit tests of the tracking-number schemes that have one, so that a pattern which could
 * also match a serial or an invoice number accepts only numbers a carrier could have issued.
 * Inputs are upper-case and free of spaces.
 */
final class CheckDigits {

    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private CheckDigits() {
    }

    /** UPU S10 (China Post, Royal Mail, ...): two letters, eight digits, a check digit, two letters. */
    static boolean s10(String number) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (number.charAt(2 + i) - '0') * S10_WEIGHTS[i];
        }
        int r = 11 - sum % 11;
        int check = r == 10 ? 0 : r == 11 ? 5 : r;
        return number.charAt(10) - '0' == check;
    }

    /** UPS {@code 1Z}: mod 10 over the fifteen characters after {@code 1Z}, letters mapped to digits. */
    static boolean ups(String number) {
        int sum = 0;
        for (int i = 2; i < 17; i++) {
            char c = number.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : (c - 3) % 10;
            sum += (i - 2) % 2 == 1 ? 2 * v : v;
        }
        return number.charAt(17) - '0' == (10 - sum % 10) % 10;
    }

    /** USPS 20-22 digit barcodes: mod 10 with weights 3 and 1 from the right. */
    static boolean usps(String digits) {
        int sum = 0;
        int n = digits.length() - 1;
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(n - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return digits.charAt(n) - '0' == (10 - sum % 10) % 10;
    }

    /** FedEx Express 12 digits: weights 1, 3, 7 from the right, sum mod 11 mod 10. */
    static boolean fedex12(String digits) {
        int[] w = {1, 3, 7};
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(10 - i) - '0') * w[i % 3];
        }
        return digits.charAt(11) - '0' == sum % 11 % 10;
    }
}
