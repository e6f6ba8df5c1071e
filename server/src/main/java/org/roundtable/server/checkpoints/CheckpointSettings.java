package org.roundtable.server.checkpoints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the server signs its checkpoints ({@code roundtable.checkpoints.*}). The signing key is never kept in
 * PostgreSQL: whoever runs the database must not be able to sign a rewritten history.
 *
 * @param origin         the prefix of every checkpoint's origin line, {@code <origin>/<partnershipId>}; one per
 *                       deployment, and the name of a key the server generates
 * @param signingKey     the signed-note private key ({@code PRIVATE+KEY+name+keyid+base64}), e.g. from the
 *                       environment variable {@code ROUNDTABLE_CHECKPOINTS_SIGNING_KEY}; takes precedence
 * @param signingKeyFile the file holding that key when {@code signingKey} is not set; generated at the first
 *                       start when it does not exist
 */
@Validated
@ConfigurationProperties("roundtable.checkpoints")
public record CheckpointSettings(
        @NotBlank String origin, String signingKey, @NotNull Path signingKeyFile) {}
