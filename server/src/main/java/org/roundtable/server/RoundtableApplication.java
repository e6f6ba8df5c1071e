package org.roundtable.server;

import java.util.Arrays;
import org.roundtable.server.audit.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Roundtable: the command side, the read side and the HTTP API in one process; or, given
 * {@code verify EXPORT.ndjson}, only checks an audit export, without Spring or a database.
 */
@SpringBootApplication(scanBasePackages = "org.roundtable")
@EnableScheduling
@ConfigurationPropertiesScan
public class RoundtableApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(RoundtableApplication.class, args);
    }
}
