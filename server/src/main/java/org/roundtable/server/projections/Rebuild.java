package org.roundtable.server.projections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rebuild of some views: where each view's replay began and what it must reach to be complete
 * again, and how the rebuild ended.
 */
final class Rebuild {

    enum State {
        RUNNING,
        FINISHED,
        FAILED
    }

    /**
     * A rebuild as {@code /actuator/projections} shows it.
     *
     * @param state      running until every view has replayed, then finished; failed if a view could not be reset
     * @param processors the views it rebuilds
     * @param startedAt  when it was asked for
     * @param endedAt    when it finished or failed; null while it runs
     * @param seconds    how long it has run, or ran
     * @param failure    why it failed; null unless it did
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(
            State state, List<String> processors, Instant startedAt, Instant endedAt, double seconds, String failure) {}

    /** A view's replay: from a global index, begun at a moment (System.nanoTime), complete past {@code until}. */
    private record Replay(long from, long until, long startedNanos) {}

    private final List<String> processors;
    private final Instant startedAt = Instant.now();
    private final long startedNanos = System.nanoTime();
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private State state = State.RUNNING;
    private Instant endedAt;
    private long endedNanos;
    private String failure;

    Rebuild(List<String> processors) {
        this.processors = List.copyOf(processors);
    }

    List<String> processors() {
        return processors;
    }

    synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * Notes that {@code processor}'s view was reset: it replays from the global index {@code from} and is
     * complete again once past {@code until}, the store's head at its reset.
     */
    void replaying(String processor, long from, long until) {
        replays.put(processor, new Replay(from, until, System.nanoTime()));
    }

    /**
     * True once every view of this rebuild runs past the head the store had at its reset: it has applied
     * again every event it had applied before, and follows the store as usual.
     */
    boolean isDone(ProjectionsStatus status) {
        return processors.stream()
                .allMatch(processor -> status.processors().stream()
                        .anyMatch(progress -> progress.name().equals(processor) && isPastItsReplay(progress)));
    }

    private boolean isPastItsReplay(ProcessorProgress progress) {
        Replay replay = replays.get(progress.name());
        return replay != null
                && progress.state() == ProcessorState.RUNNING
                && progress.position() != null
                && progress.position() >= replay.until();
    }

    /** Events per second that {@code processor} has replayed since its reset; null if this rebuild did not reset it. */
    Double eventsPerSecond(String processor, long position) {
        Replay replay = replays.get(processor);
        if (replay == null) {
            return null;
        }
        double seconds = (System.nanoTime() - replay.startedNanos()) / 1e9;
        return seconds > 0 ? Math.round(10 * (position - replay.from()) / seconds) / 10.0 : null;
    }

    void finished() {
        end(State.FINISHED, null);
    }

    void failed(String why) {
        end(State.FAILED, why);
    }

    private synchronized void end(State end, String why) {
        state = end;
        failure = why;
        endedAt = Instant.now();
        endedNanos = System.nanoTime();
    }

    synchronized Duration duration() {
        return Duration.ofNanos((state == State.RUNNING ? System.nanoTime() : endedNanos) - startedNanos);
    }

    synchronized Report report() {
        return new Report(state, processors, startedAt, endedAt, duration().toMillis() / 1000.0, failure);
    }
}
