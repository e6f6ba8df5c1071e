package org.roundtable.command;

import java.util.Locale;
import org.roundtable.api.Sector;

/** A member organisation as the write side needs it: its name for uniqueness, its sector, whether it may act. */
record Partner(String name, Sector sector, boolean active) {

    static Partner admitted(String name, Sector sector) {
        return new Partner(name, sector, true);
    }

    Partner withdrawn() {
        return new Partner(name, sector, false);
    }

    /** Partner names are unique within a partnership, case-insensitively. */
    boolean isNamed(String otherName) {
        return comparable(name).equals(comparable(otherName));
    }

    private static String comparable(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
