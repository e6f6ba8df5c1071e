package org.roundtable.server.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end test: the whole application on a random port against a real PostgreSQL chosen by
 * {@link IntegrationTestDatabase}, with the users of {@code application-it.yml} (HTTP Basic) and the
 * bearer tokens of {@link TestTokens}. Every test class carrying it shares one Spring context, because
 * two contexts on one database would compete for the event processors' tokens.
 * <p>
 * The database is wiped (Flyway clean, then migrate) when the context starts, so point
 * ROUNDTABLE_TEST_DB_URL at a database that exists for tests only.
 * <p>
 * Metrics are exported as a deployed server exports them ({@link AutoConfigureObservability}), for every
 * test class alike: a class that asked for them alone would get a second context, whose start wipes the
 * database under the first one's running processors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.flyway.clean-disabled=false",
            // a snapshot every few events, so that every test also writes snapshots of the aggregate
            "roundtable.snapshot-threshold=5",
            // a few rows a fetch, so that the audit of any longer history reads through several fetches
            "roundtable.audit.fetch-size=100",
            // short enough for a test of a view that is behind, long against the views' real lag
            "roundtable.read-your-writes.timeout=2s",
            // a write whose commit broke asks for 2 s whether it was stored: long enough to find out when the
            // database answers, short for a test of one that does not
            "roundtable.commands.outcome-patience=2s"
        })
@AutoConfigureObservability
@ActiveProfiles("it")
@Import({
    IntegrationTestDatabase.class,
    ApiClients.class,
    FlakyLessonProjection.class,
    TestTokens.class,
    BreakableCommits.class,
    RequestStatements.class
})
public @interface RoundtableIntegrationTest {}
