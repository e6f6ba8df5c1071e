package org.roundtable.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Roundtable: the command side, the read side and the HTTP API in one process. */
@SpringBootApplication(scanBasePackages = "org.roundtable")
public class RoundtableApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoundtableApplication.class, args);
    }
}
