package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MILLISECOND = 1_000_000L;
    /** Ticks of 1 s; 3 windows of 2 s. */
    private static final Load.Schedule SCHEDULE = Load.Schedule.at(
            Duration.ofSeconds(1), new Stability(3, 0.10), Duration.ofSeconds(10), Duration.ofSeconds(2), 3);

    @Test
    void eachFigureIsTheMedianOfTheWindowsAfterTheWarmUp() {
        Timeline votes = new Timeline(0, SCHEDULE.tick());
        // Warm-up, ticks 0 and 1: slow and many, none of it counted.
        record(votes, 0, 500, 900);
        record(votes, 1, 500, 900);
        // Window 1 (ticks 2, 3): 10 votes of 10 ms; window 2 (ticks 4, 5): 40 of 20 ms; window 3 (tick 6): 20 of 30 ms.
        record(votes, 2, 4, 10);
        record(votes, 3, 6, 10);
        record(votes, 4, 40, 20);
        record(votes, 6, 20, 30);
        // After the last window: not counted.
        record(votes, 8, 1_000, 1);

        Load.Outcome outcome = new Load.Outcome(SCHEDULE, 2, true, votes);

        // 5, 20 and 10 votes/s
        assertThat(outcome.perSecond()).isEqualTo(10);
        assertThat(outcome.p50()).isEqualTo(20);
        assertThat(outcome.p99()).isEqualTo(20);
        assertThat(outcome.count(votes)).isEqualTo(70);
        assertThat(outcome.warmUp()).isEqualTo(Duration.ofSeconds(2));
        assertThat(outcome.warmedUp()).isEqualTo("warmed up 2.00 s until stable");
    }

    @Test
    void aTimelineBesideTheOperationsLeavesOutTheWindowsInWhichItRecordedNothing() {
        Timeline lags = new Timeline(0, SCHEDULE.tick());
        record(lags, 0, 10, 1_000);
        record(lags, 3, 10, 40);
        record(lags, 6, 10, 60);

        Load.Outcome outcome = new Load.Outcome(SCHEDULE, 2, false, new Timeline(0, SCHEDULE.tick()));

        // The middle window recorded no lag: the median of 40 and 60 ms.
        assertThat(outcome.percentile(lags, 99)).isEqualTo(50);
        assertThat(outcome.count(lags)).isEqualTo(20);
        assertThat(outcome.warmedUp()).isEqualTo("warmed up 2.00 s, the cap, not stable");
        assertThatThrownBy(() -> outcome.percentile(new Timeline(0, SCHEDULE.tick()), 50))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientsAtAnEvenPaceAreMeasuredOnceTheirRateIsStable() throws InterruptedException {
        Load.Schedule fast = Load.Schedule.at(
                Duration.ofMillis(100), new Stability(3, 0.5), Duration.ofSeconds(2), Duration.ofMillis(200), 3);

        Load.Outcome outcome = Load.run(fast, 2, client -> () -> Thread.sleep(5));

        assertThat(outcome.stable()).isTrue();
        assertThat(outcome.warmUp()).isBetween(Duration.ofMillis(300), Duration.ofMillis(1_900));
        // Two clients, each at most 200 sleeps of 5 ms a second.
        assertThat(outcome.perSecond()).isPositive().isLessThanOrEqualTo(400);
        assertThat(outcome.p50()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aStableRateEndsNoWarmUpBeforeItsLeastLength() throws InterruptedException {
        Load.Schedule fast = Load.Schedule.at(
                        Duration.ofMillis(100), new Stability(3, 0.5), Duration.ofSeconds(2), Duration.ofMillis(200), 1)
                .warmingUpAtLeast(Duration.ofMillis(1_200));

        Load.Outcome outcome = Load.run(fast, 2, client -> () -> Thread.sleep(5));

        // An even pace is stable after 3 ticks; the least warm-up is 12.
        assertThat(outcome.stable()).isTrue();
        assertThat(outcome.warmUp()).isGreaterThanOrEqualTo(Duration.ofMillis(1_200));
        assertThat(fast.warmUpCap()).isEqualTo(Duration.ofMillis(3_200));
        assertThat(fast.formatted())
                .isEqualTo("warmed up in windows of 0.100 s for at least 1.20 s, then until the rates of the last 3"
                        + " lie within 50 % of each other, at most 3.20 s; then the median of 1 windows of 0.200 s");
    }

    @Test
    void aClientsFailureStopsTheLoad() {
        AtomicInteger calls = new AtomicInteger();
        Load.Schedule schedule = Load.Schedule.at(
                Duration.ofMillis(100), new Stability(3, 0.10), Duration.ofSeconds(60), Duration.ofSeconds(60), 5);
        long started = System.nanoTime();

        assertThatThrownBy(() -> Load.run(schedule, 2, client -> () -> {
                    if (calls.incrementAndGet() == 10) {
                        throw new IllegalStateException("answered 500");
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("answered 500");
        assertThat(System.nanoTime() - started).isLessThan(10 * SECOND);
    }

    @Test
    void theLeastWarmUpIsNoLongerThanTheCap() {
        assertThatThrownBy(() -> new Load.Schedule(
                        Duration.ofSeconds(1),
                        new Stability(3, 0.10),
                        Duration.ofSeconds(11),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(1),
                        3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measuredWindowsAreWholeTicks() {
        assertThatThrownBy(() -> Load.Schedule.at(
                        Duration.ofSeconds(1),
                        new Stability(3, 0.10),
                        Duration.ofSeconds(10),
                        Duration.ofMillis(1_500),
                        3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code count} operations of {@code millis} each, ending in tick {@code tick} of a second. */
    private static void record(Timeline timeline, long tick, int count, long millis) {
        for (int i = 0; i < count; i++) {
            timeline.record(tick * SECOND + i * (SECOND / count), millis * MILLISECOND);
        }
    }
}
