package org.roundtable.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * P1 and P2: clients voting through HTTP at once, each on a partnership of its own, and how soon the
 * participation view shows their votes. The clients go on from P1 into P2, so every vote of both is a
 * new act.
 */
final class VotingLoad {

    private final ServerProcess server;
    private final BenchDatabase database;
    private final Sizes sizes;
    private final List<Voter> voters = new ArrayList<>();
    private Double votingP50Millis;

    VotingLoad(ServerProcess server, BenchDatabase database, DataSet data, Sizes sizes) {
        this.server = server;
        this.database = database;
        this.sizes = sizes;
        data.voting()
                .forEach(partnership -> voters.add(new Voter(server.settings().user(), partnership)));
    }

    /** P1: votes/s and their latency, against as many clients inserting rows straight into PostgreSQL. */
    Result votes() throws Exception {
        Load.Outcome inserts = RawInserts.measure(database, sizes);
        // The first HTTP load of the server: measured only once the JIT has compiled the request path.
        Load.Outcome votes = Load.run(
                sizes.load().warmingUpAtLeast(sizes.serverWarmUp()), voters.size(), client -> voters.get(client)::vote);
        votingP50Millis = votes.p50();
        return Measure.P1.compared(
                new Figure(votes.perSecond(), "votes/s"),
                "p50 %s ms, p99 %s ms, %s; %d clients, partnerships of %d partners; raw inserts: p50 %s ms, %s"
                        .formatted(
                                Figure.number(votes.p50()),
                                Figure.number(votes.p99()),
                                votes.warmedUp(),
                                voters.size(),
                                sizes.clientPartners(),
                                Figure.number(inserts.p50()),
                                inserts.warmedUp()),
                new Figure(inserts.perSecond(), "inserts/s"));
    }

    /**
     * P2: the same clients vote on, and beside each a reader waits for the participation view to show a vote
     * (GET …/participation?minSequence=, as the README tells clients to read their own writes). A reader
     * takes the first vote acknowledged once it is free, so it never starts late on a vote.
     */
    Result lag() throws Exception {
        if (votingP50Millis == null) {
            throw new IllegalStateException("P1 produced no vote latency to compare with");
        }
        List<SynchronousQueue<Acknowledged>> mailboxes = new ArrayList<>();
        voters.forEach(voter -> mailboxes.add(new SynchronousQueue<>()));
        Load load = new Load(sizes.load());
        Timeline lags = load.timeline();
        AtomicReference<Exception> readerFailure = new AtomicReference<>();
        AtomicBoolean votingDone = new AtomicBoolean();
        List<Thread> readers = new ArrayList<>();
        for (int client = 0; client < voters.size(); client++) {
            Reader reader = new Reader(voters.get(client), mailboxes.get(client), lags);
            Thread thread = new Thread(
                    () -> {
                        try {
                            reader.readUntil(votingDone);
                        } catch (Exception e) {
                            readerFailure.compareAndSet(null, e);
                        }
                    },
                    "bench-reader-" + client);
            thread.start();
            readers.add(thread);
        }
        Load.Outcome voting;
        try {
            voting = load.run(voters.size(), client -> () -> {
                BenchClient.Response vote = voters.get(client).vote();
                // Handed over only if the reader is waiting; else it is busy reading an earlier vote.
                mailboxes.get(client).offer(new Acknowledged(vote.sequence(), vote.answeredNanos()));
            });
        } finally {
            votingDone.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        if (readerFailure.get() != null) {
            throw readerFailure.get();
        }
        return Measure.P2.compared(
                new Figure(voting.percentile(lags, 99), "ms"),
                "p99 lag; p50 %s ms; %,d votes followed, %s"
                        .formatted(Figure.number(voting.percentile(lags, 50)), voting.count(lags), voting.warmedUp()),
                new Figure(votingP50Millis, "ms"));
    }

    /** A vote the server acknowledged: the stream sequence it answered, and when its answer arrived. */
    private record Acknowledged(long sequence, long answeredNanos) {}

    /** Reads the participation view of one voter's partnership until each handed-over vote shows. */
    private static final class Reader {

        private static final Duration WAIT = Duration.ofMillis(100);

        private final Voter voter;
        private final SynchronousQueue<Acknowledged> mailbox;
        private final Timeline lags;

        private Reader(Voter voter, SynchronousQueue<Acknowledged> mailbox, Timeline lags) {
            this.voter = voter;
            this.mailbox = mailbox;
            this.lags = lags;
        }

        void readUntil(AtomicBoolean votingDone) throws InterruptedException {
            while (!votingDone.get()) {
                Acknowledged vote = mailbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (vote != null) {
                    long shown = shows(vote);
                    lags.record(shown, shown - vote.answeredNanos());
                }
            }
        }

        /** When the view answered with the vote in it; a 503 VIEW_BEHIND (5 s passed) is asked again. */
        private long shows(Acknowledged vote) {
            String path = voter.partnership().participation() + "?minSequence=" + vote.sequence();
            BenchClient.Response answer = voter.client().get(path);
            while (answer.status() == 503) {
                answer = voter.client().get(path);
            }
            return answer.expect(200).answeredNanos();
        }
    }
}
