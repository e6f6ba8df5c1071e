package org.roundtable.api.queries;

/**
 * Asks for one page of partnerships, newest first; answers a {@link PartnershipPage}. With a
 * {@code member}, only the partnerships in which that user holds a role; with none, every one.
 */
public record FindPartnerships(int page, int size, String member) {

    /** A page of every partnership. */
    public FindPartnerships(int page, int size) {
        this(page, size, null);
    }
}
