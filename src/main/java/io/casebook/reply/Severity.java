package io.casebook.reply;

import java.util.Locale;

/** How bad a finding is: an error must be fixed before sending; a warning must be checked. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
