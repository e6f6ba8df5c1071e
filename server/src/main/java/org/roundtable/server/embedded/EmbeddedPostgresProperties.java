package org.roundtable.server.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL ({@code roundtable.embedded.*}); defaults in application.yml.
 *
 * @param dataDirectory where the cluster keeps its data, relative to the working directory
 * @param port          the port to listen on; 0 picks a free one
 * @param persistent    false runs a throwaway cluster in a temporary directory, deleted on shutdown
 */
@ConfigurationProperties("roundtable.embedded")
record EmbeddedPostgresProperties(Path dataDirectory, int port, boolean persistent) {}
