package org.roundtable.server.fault;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;

/**
 * A steady load of writes over several partnerships, of every kind the views count (proposals,
 * votes, lessons, pledges, meetings), offered at a fixed rate whatever the server's answers. Each
 * command stores exactly one event, which carries the command's key in a field of its own (a
 * title, a rationale, a description), so that every acknowledged command can be found in the store.
 */
final class MixedLoad {

    /** Concurrent clients: enough to keep the rate through a fault, when commands wait for their answers. */
    private static final int CLIENTS = 64;
    /**
     * How long the last commands may take after the load has been offered: a bound against a hung test,
     * generous because a server restart on a busy machine has taken 25 s and the backlog drains after it.
     */
    private static final Duration DRAIN = Duration.ofSeconds(180);

    /** A partnership of the load: its partners, each represented by the tester, and one proposal open to their votes. */
    private record Table(String partnershipId, List<String> partnerIds, String proposalId) {}

    /**
     * What a run offered and how long it took.
     *
     * @param commands    how many commands were sent, each to a definite answer
     * @param offered     the rate the load was offered at, commands per second
     * @param seconds     from the first command to the last answer
     * @param faultMillis how long the fault's strike took (a server killed and started again, a database
     *                    restarted): the time the system was down under the load
     */
    record Run(int commands, int offered, double seconds, long faultMillis) {

        /** Commands answered per second, over the whole run. */
        double achieved() {
            return Math.round(10 * commands / seconds) / 10.0;
        }
    }

    /** Something a test does to the system under load, such as killing its server. */
    @FunctionalInterface
    interface Fault {

        /** No fault: the load alone. */
        Fault NONE = () -> {};

        void strike() throws Exception;
    }

    private final List<Table> tables;
    private final String keyPrefix;

    private MixedLoad(List<Table> tables, String keyPrefix) {
        this.tables = tables;
        this.keyPrefix = keyPrefix;
    }

    /**
     * Forms {@code partnerships} partnerships through {@code api}, each with {@code partners} partners
     * and an open proposal; the commands of the load will carry keys starting with {@code keyPrefix}.
     */
    static MixedLoad prepare(Api api, String keyPrefix, int partnerships, int partners) {
        Roundtable table = new Roundtable(api);
        List<Table> tables = new ArrayList<>();
        for (int p = 0; p < partnerships; p++) {
            String partnership = table.formPartnership("MAJORITY");
            List<String> partnerIds = new ArrayList<>();
            for (int i = 0; i < partners; i++) {
                partnerIds.add(table.admit(partnership, "Partner " + i, i % 2 == 0 ? "PUBLIC" : "COMMUNITY"));
            }
            String proposal = table.submit(partnership, partnerIds.get(0), "OBJECTIVE", "Open to every vote", null);
            tables.add(new Table(partnership, List.copyOf(partnerIds), proposal));
        }
        return new MixedLoad(List.copyOf(tables), keyPrefix);
    }

    String keyPrefix() {
        return keyPrefix;
    }

    /**
     * Offers {@code rate} commands a second for {@code duration}, sending command {@code i} to
     * {@code servers.apply(i)}, strikes the fault {@code faultAfter} into the load (on a thread of its
     * own, so that the load goes on meanwhile), and waits until every command has a definite answer.
     */
    Run run(Clients clients, IntFunction<URI> servers, int rate, Duration duration, Duration faultAfter, Fault fault)
            throws Exception {
        int commands = (int) (rate * duration.toMillis() / 1000);
        long period = 1_000_000_000L / rate;
        ExecutorService senders = Executors.newFixedThreadPool(CLIENTS);
        ExecutorService striker = Executors.newSingleThreadExecutor();
        List<CompletableFuture<Clients.Outcome>> answers = new ArrayList<>();
        long start = System.nanoTime();
        CompletableFuture<Long> struck;
        try {
            struck = CompletableFuture.supplyAsync(
                    () -> {
                        sleepUntil(start + faultAfter.toNanos());
                        long striking = System.nanoTime();
                        try {
                            fault.strike();
                        } catch (Exception e) {
                            throw new IllegalStateException("The fault failed", e);
                        }
                        return (System.nanoTime() - striking) / 1_000_000;
                    },
                    striker);
            for (int i = 0; i < commands; i++) {
                sleepUntil(start + i * period);
                int index = i;
                answers.add(CompletableFuture.supplyAsync(
                        () -> clients.send(servers.apply(index), command(index)), senders));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
            struck.get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            senders.shutdownNow();
            striker.shutdownNow();
        }
        return new Run(commands, rate, (System.nanoTime() - start) / 1e9, struck.join());
    }

    /** Command {@code i}: the partnerships take turns, and each partnership's commands take the kinds in turn. */
    private Clients.Command command(int i) {
        Table table = tables.get(i % tables.size());
        int turn = i / tables.size();
        String partner = table.partnerIds().get(turn % table.partnerIds().size());
        String key = keyPrefix + i;
        String partnership = Roundtable.partnership(table.partnershipId());
        return switch (turn % 5) {
            case 0 -> new Clients.Command(key, partnership + "/proposals", """
                    {"partnerId": "%s", "kind": "OBJECTIVE", "title": "%s", "text": "Put to the vote"}""".formatted(partner, key));
            case 1 ->
                new Clients.Command(
                        key, Roundtable.proposal(table.partnershipId(), table.proposalId()) + "/votes", """
                    {"partnerId": "%s", "choice": "%s", "rationale": "%s"}""".formatted(
                                        partner, turn % 2 == 0 ? "AGREE" : "DISAGREE", key));
            case 2 -> new Clients.Command(key, partnership + "/lessons", """
                    {"partnerId": "%s", "title": "%s", "text": "Learnt under load"}""".formatted(partner, key));
            case 3 -> new Clients.Command(key, partnership + "/pledges", """
                    {"partnerId": "%s", "kind": "FUNDING", "amount": 100, "unit": "EUR", "description": "%s"}""".formatted(partner, key));
            default -> new Clients.Command(key, partnership + "/meetings", """
                    {"title": "%s", "heldAt": "2026-03-02T18:00:00Z"}""".formatted(key));
        };
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Waiting.pause(Duration.ofNanos(wait));
        }
    }
}
