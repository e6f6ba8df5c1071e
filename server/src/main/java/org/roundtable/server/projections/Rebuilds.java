package org.roundtable.server.projections;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs rebuilds, one at a time, on a thread of their own. For each view it stops the view's processor,
 * resets its token and starts it again: Axon runs the view's reset handler, which empties the view's
 * tables and forgets its positions, in the transaction that replaces the token by a replay token, so
 * the view replays every event from the first. Then it watches the replays until every view is back
 * where it was, logging the progress.
 */
@Component
class Rebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    /** How often the watch checks whether the views are complete again: short against a rebuild's duration. */
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(50);

    private final ViewProcessors processors;
    private final Duration progressInterval;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "projections-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private Rebuild latest;

    Rebuilds(ViewProcessors processors, ProjectionSettings settings) {
        this.processors = processors;
        this.progressInterval = settings.progressInterval();
    }

    /** The names of the views a rebuild can replay, which are the names of their processors. */
    List<String> views() {
        return processors.rebuildable().stream()
                .map(StreamingEventProcessor::getName)
                .toList();
    }

    /** Starts rebuilding the views named (see {@link #views()}) unless a rebuild is running; answers it, or empty. */
    synchronized Optional<Rebuild> start(Collection<String> names) {
        if (latest != null && latest.isRunning()) {
            return Optional.empty();
        }
        List<StreamingEventProcessor> views = processors.rebuildable().stream()
                .filter(view -> names.contains(view.getName()))
                .toList();
        Rebuild rebuild =
                new Rebuild(views.stream().map(StreamingEventProcessor::getName).toList());
        latest = rebuild;
        log.info("Rebuilding the views {}", rebuild.processors());
        worker.execute(() -> run(rebuild, views));
        return Optional.of(rebuild);
    }

    /** The latest rebuild since this instance started. */
    synchronized Optional<Rebuild> latest() {
        return Optional.ofNullable(latest);
    }

    ProjectionsStatus status() {
        return processors.status(latest().orElse(null));
    }

    private void run(Rebuild rebuild, List<StreamingEventProcessor> views) {
        try {
            reset(rebuild, views);
            watch(rebuild);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rebuild.failed("The server is stopping; views reset so far go on replaying when it starts again");
        } catch (RuntimeException e) {
            log.error(
                    "The rebuild of the views {} failed; a view that was not reset runs on as before",
                    rebuild.processors(),
                    e);
            rebuild.failed(e.getMessage());
        }
    }

    private void reset(Rebuild rebuild, List<StreamingEventProcessor> views) {
        try {
            // A processor stops once it is done waiting for new events, up to a second: stop them all at once.
            CompletableFuture.allOf(views.stream()
                            .map(StreamingEventProcessor::shutdownAsync)
                            .toArray(CompletableFuture[]::new))
                    .join();
            for (StreamingEventProcessor view : views) {
                long from = processors.tail();
                long until = processors.head();
                view.resetTokens();
                rebuild.replaying(view.getName(), from, until);
            }
        } finally {
            // Also after a failed reset, which changed nothing: every view must go on following the store.
            views.forEach(StreamingEventProcessor::start);
        }
    }

    private void watch(Rebuild rebuild) throws InterruptedException {
        long nextProgress = System.nanoTime() + progressInterval.toNanos();
        ProjectionsStatus status = processors.status(rebuild);
        while (!rebuild.isDone(status)) {
            Thread.sleep(CHECK_INTERVAL.toMillis());
            status = processors.status(rebuild);
            if (System.nanoTime() - nextProgress >= 0) {
                log.info("Rebuilding the views: {}", status.describe(rebuild.processors()));
                nextProgress += progressInterval.toNanos();
            }
        }
        rebuild.finished();
        log.info(
                "Rebuilt the views {} in {} s: {}",
                rebuild.processors(),
                rebuild.report().seconds(),
                status.describe(rebuild.processors()));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
