package org.roundtable.bench;

import java.util.List;

/**
 * What the generator wrote: the partnerships each measurement works on, and all of them.
 *
 * @param longHistory  the long history of P3, P5 and P6
 * @param shortHistory the short history of P5's baseline, with as many partners
 * @param fresh        P3's baseline: as many partners, no history beyond their admission and the contract
 * @param voting       one small partnership for each client of P1 and P2
 * @param all          every partnership, for the audit of them all
 * @param events       the events in the store
 * @param snapshots    the aggregate snapshots in the store
 */
record DataSet(
        GeneratedPartnership longHistory,
        GeneratedPartnership shortHistory,
        GeneratedPartnership fresh,
        List<GeneratedPartnership> voting,
        List<GeneratedPartnership> all,
        long events,
        long snapshots) {}
