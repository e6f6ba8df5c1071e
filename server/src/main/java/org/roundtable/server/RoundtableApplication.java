package org.roundtable.server;

import java.io.PrintStream;
import java.util.Arrays;
import org.roundtable.audit.VerifyCommand;
import org.roundtable.audit.WitnessCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.metrics.LogbackMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Roundtable: the command side, the read side and the HTTP API in one process; or, given
 * {@code verify EXPORT.ndjson}, only checks an audit export, and given {@code witness …}, runs a partner's
 * witness against a server, both without Spring or a database.
 */
// Without Micrometer's log-event counters: they hang a filter on every log level check, and the JDBC
// template checks its trace level once per bound parameter (4 % of a rebuild's processor, measured).
@SpringBootApplication(scanBasePackages = "org.roundtable", exclude = LogbackMetricsAutoConfiguration.class)
@EnableScheduling
@ConfigurationPropertiesScan
public class RoundtableApplication {

    /** The first argument that runs the offline verifier instead of the server. */
    static final String VERIFY = "verify";

    /** The first argument that runs a partner's witness instead of the server. */
    static final String WITNESS = "witness";

    public static void main(String[] args) {
        if (args.length > 0 && VERIFY.equals(args[0])) {
            System.exit(verify(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && WITNESS.equals(args[0])) {
            System.exit(WitnessCommand.run(
                    "java -jar roundtable-server.jar " + WITNESS,
                    Arrays.copyOfRange(args, 1, args.length),
                    System.getenv(),
                    System.out,
                    System.err));
        }
        SpringApplication.run(RoundtableApplication.class, args);
    }

    /** {@code java -jar roundtable-server.jar verify EXPORT.ndjson}: the audit module's offline verifier. */
    static int verify(String[] args, PrintStream out, PrintStream err) {
        return VerifyCommand.run("java -jar roundtable-server.jar " + VERIFY, args, out, err);
    }
}
