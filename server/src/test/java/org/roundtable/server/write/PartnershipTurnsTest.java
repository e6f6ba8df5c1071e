package org.roundtable.server.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;

class PartnershipTurnsTest {

    private final PartnershipTurns turns = new PartnershipTurns(Duration.ofSeconds(10), 64, () -> true);
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final PartnershipId forum = new PartnershipId(UUID.randomUUID());

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void actsOnOnePartnershipNeverOverlapAndAreAllCarriedOut() throws Exception {
        assertThat(mostCarriedOutAtOnce(turns, 64, act -> forum)).isEqualTo(1);
    }

    @Test
    void actsOnDifferentPartnershipsDoNotWaitForEachOther() throws Exception {
        CyclicBarrier bothInTurn = new CyclicBarrier(2);
        Future<Integer> first = threads.submit(() -> turns.inTurn(forum, () -> await(bothInTurn)));
        Future<Integer> second =
                threads.submit(() -> turns.inTurn(new PartnershipId(UUID.randomUUID()), () -> await(bothInTurn)));

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(second.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void anActWhoseTurnDoesNotComeInTimeIsRefusedAsBusyWithoutBeingCarriedOut() throws Exception {
        assertRefusedAsBusyWhileAnActIsCarriedOut(new PartnershipTurns(Duration.ofMillis(100), 64, () -> true), forum);
    }

    @Test
    void noMoreActsThanTheMostAtOnceAreCarriedOutTogetherAndAllAre() throws Exception {
        PartnershipTurns twoAtOnce = new PartnershipTurns(Duration.ofSeconds(10), 2, () -> true);

        assertThat(mostCarriedOutAtOnce(twoAtOnce, 32, act -> new PartnershipId(UUID.randomUUID())))
                .isEqualTo(2);
    }

    @Test
    void whileNoReadAwaitsTheViewsActsAreNotCapped() throws Exception {
        PartnershipTurns twoAtOnceWhileAwaited = new PartnershipTurns(Duration.ofSeconds(10), 2, () -> false);
        CyclicBarrier threeInTurn = new CyclicBarrier(3);
        List<Future<Integer>> acts = new ArrayList<>();
        for (int act = 0; act < 3; act++) {
            acts.add(threads.submit(() ->
                    twoAtOnceWhileAwaited.inTurn(new PartnershipId(UUID.randomUUID()), () -> await(threeInTurn))));
        }

        for (Future<Integer> act : acts) {
            assertThat(act.get(10, TimeUnit.SECONDS)).isZero();
        }
    }

    /**
     * Sends {@code count} acts at once, each on the partnership {@code partnershipOf} names for it; checks that
     * each is carried out and no queue is left behind, and answers how many were ever carried out together.
     */
    private int mostCarriedOutAtOnce(PartnershipTurns turns, int count, IntFunction<PartnershipId> partnershipOf)
            throws Exception {
        AtomicInteger inTurn = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Future<Integer>> acts = new ArrayList<>();
        for (int act = 0; act < count; act++) {
            int number = act;
            acts.add(threads.submit(() -> turns.inTurn(partnershipOf.apply(number), () -> {
                mostAtOnce.accumulateAndGet(inTurn.incrementAndGet(), Math::max);
                pause();
                inTurn.decrementAndGet();
                return number;
            })));
        }
        for (int act = 0; act < acts.size(); act++) {
            assertThat(acts.get(act).get(10, TimeUnit.SECONDS)).isEqualTo(act);
        }
        assertThat(turns.partnershipsQueued()).as("queues left behind").isZero();
        return mostAtOnce.get();
    }

    @Test
    void anActWithNoPlaceAmongThoseCarriedOutInTimeIsRefusedAsBusyWithoutBeingCarriedOut() throws Exception {
        assertRefusedAsBusyWhileAnActIsCarriedOut(
                new PartnershipTurns(Duration.ofMillis(100), 1, () -> true), new PartnershipId(UUID.randomUUID()));
    }

    /**
     * While an act on {@link #forum} is being carried out, an act on {@code partnership} is refused as busy,
     * and not carried out.
     */
    private void assertRefusedAsBusyWhileAnActIsCarriedOut(PartnershipTurns impatient, PartnershipId partnership)
            throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> impatient.inTurn(forum, () -> {
            holding.countDown();
            return await(release);
        }));
        holding.await();
        AtomicInteger carriedOut = new AtomicInteger();

        assertThatThrownBy(() -> impatient.inTurn(partnership, carriedOut::incrementAndGet))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.PARTNERSHIP_BUSY));
        assertThat(carriedOut).hasValue(0);
        release.countDown();
    }

    /** Long enough that acts which did not take turns would overlap. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int await(CyclicBarrier barrier) {
        try {
            return barrier.await(10, TimeUnit.SECONDS) * 0;
        } catch (Exception e) {
            throw new IllegalStateException("the other act never came", e);
        }
    }

    private static int await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS) ? 0 : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
