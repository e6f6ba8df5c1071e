package org.roundtable.api.queries;

import org.roundtable.api.*;

/** Asks for one page of partnerships, newest first; answers a {@link PartnershipPage}. */
public record FindPartnerships(int page, int size) {
}
