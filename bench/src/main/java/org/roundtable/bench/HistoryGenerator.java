package org.roundtable.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.ProposalId;
import org.roundtable.server.RoundtableApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the data set by running the server's own Spring context in this JVM and sending its command
 * side the acts of {@link PartnershipWriter}, as the benchmark's user: every event is checked by the
 * aggregate and stored by the server's append path, hash chain included, exactly as through HTTP. One
 * thing makes it bulk: the acts of a stretch of history share one transaction (one synchronous commit
 * for a few hundred events instead of one each). The views' processors are stopped: the measured server
 * builds the views from the events, and that first build is P4's rebuild.
 */
final class HistoryGenerator {

    /** Events stored per transaction, about. */
    private static final int EVENTS_PER_COMMIT = 250;
    /** Stretches of history the small partnerships of P1 and P2 have before their proposals are opened. */
    private static final int VOTING_ROUNDS = 3;

    private static final DecisionMethod[] METHODS = DecisionMethod.values();

    private final CommandGateway gateway;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Sizes sizes;
    private final long started = System.nanoTime();
    private int partnerships;
    /** Events of the partnerships written so far, the one being written excluded. */
    private long written;

    private long reported;

    private HistoryGenerator(ConfigurableApplicationContext server, Sizes sizes) {
        this.gateway = server.getBean(CommandGateway.class);
        this.transaction = new TransactionTemplate(server.getBean(PlatformTransactionManager.class));
        this.jdbc = server.getBean(JdbcTemplate.class);
        this.sizes = sizes;
    }

    /** Starts the server in this JVM on {@code settings}' empty database, writes the data set and stops it. */
    static DataSet generate(ServerSettings settings, Sizes sizes) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(RoundtableApplication.class);
        try (ConfigurableApplicationContext server =
                application.run(settings.arguments().toArray(String[]::new))) {
            server.getBean(EventProcessingConfiguration.class)
                    .eventProcessors()
                    .values()
                    .forEach(EventProcessor::shutDown);
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(ServerSettings.USER, null, List.of()));
            try {
                return new HistoryGenerator(server, sizes).write();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private DataSet write() {
        List<GeneratedPartnership> all = new ArrayList<>();
        List<GeneratedPartnership> voting = new ArrayList<>();
        for (int client = 0; client < sizes.clients(); client++) {
            voting.add(write(
                    "Voting " + client,
                    DecisionMethod.CONSENT,
                    sizes.clientPartners(),
                    VOTING_ROUNDS,
                    0,
                    sizes.clientProposals()));
        }
        all.addAll(voting);
        GeneratedPartnership fresh = write("Fresh", DecisionMethod.MAJORITY, sizes.reportPartners(), 0, 0, 1);
        GeneratedPartnership shortHistory =
                write("Short history", DecisionMethod.MAJORITY, sizes.reportPartners(), 0, sizes.shortHistory(), 1);
        GeneratedPartnership longHistory =
                write("Long history", DecisionMethod.MAJORITY, sizes.reportPartners(), 0, sizes.longHistory(), 1);
        all.addAll(List.of(fresh, shortHistory, longHistory));
        while (written < sizes.totalEvents()) {
            all.add(write(
                    "Filler " + partnerships,
                    METHODS[partnerships % METHODS.length],
                    sizes.fillerPartners(),
                    0,
                    Math.min(sizes.fillerHistory(), sizes.totalEvents() - written),
                    0));
        }
        return new DataSet(
                longHistory,
                shortHistory,
                fresh,
                voting,
                all,
                count("domain_event_entry"),
                count("snapshot_event_entry"));
    }

    /**
     * Writes a partnership of {@code partners} partners with a signed contract, then at least {@code rounds}
     * stretches of history and as many as it takes to reach about {@code events} events, then opens
     * {@code openProposals} proposals.
     */
    private GeneratedPartnership write(
            String name, DecisionMethod method, int partners, int rounds, long events, int openProposals) {
        partnerships++;
        PartnershipWriter writer = inTransaction(() -> {
            PartnershipWriter formed = PartnershipWriter.form(gateway, name, method, partnerships);
            formed.admit(partners);
            formed.signContract();
            return formed;
        });
        int stretchesWritten = 0;
        while (stretchesWritten < rounds || eventsOf(writer) + openProposals < events) {
            stretchesWritten += inTransaction(() -> {
                long commitAt = eventsOf(writer) + EVENTS_PER_COMMIT;
                int stretches = 0;
                do {
                    writer.round();
                    stretches++;
                    report(writer);
                } while (eventsOf(writer) < Math.min(commitAt, events - openProposals));
                return stretches;
            });
        }
        List<ProposalId> open = inTransaction(() -> {
            List<ProposalId> proposals = new ArrayList<>();
            for (int i = 0; i < openProposals; i++) {
                proposals.add(writer.openProposal());
            }
            return proposals;
        });
        GeneratedPartnership partnership =
                new GeneratedPartnership(writer.id(), writer.activePartners(), open, eventsOf(writer));
        written += partnership.events();
        return partnership;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    /** The events of the partnership's stream, those of the open transaction included. */
    private long eventsOf(PartnershipWriter writer) {
        Long last = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry" + " WHERE aggregate_identifier = ?",
                Long.class,
                writer.id().toString());
        return last == null ? 0 : last + 1;
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    /** Tells how far it is every tenth of the way. */
    private void report(PartnershipWriter current) {
        long step = sizes.totalEvents() / 10;
        long stored = written + eventsOf(current);
        if (stored - reported >= step) {
            reported = stored;
            double seconds = (System.nanoTime() - started) / 1e9;
            Benchmark.progress(
                    "generated %,d of %,d events (%,.0f events/s)", stored, sizes.totalEvents(), stored / seconds);
        }
    }
}
