package io.casebook.triage;

/**
 * Neutralises cells that a spreadsheet would read as a formula (OWASP "CSV injection"): a cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * Excel, LibreOffice and Google Sheets show as text and do not evaluate.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\uFF1D') {
            return "'" + value;
        }
        return value;
    }
}
