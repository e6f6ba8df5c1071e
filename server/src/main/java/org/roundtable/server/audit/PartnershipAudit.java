package org.roundtable.server.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.audit.AuditResult;
import org.roundtable.audit.ChainVerifier;
import org.roundtable.audit.ExportLine;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** A partnership's audit: its stored event stream as an NDJSON export, and the re-check of its hash chain. */
@Component
public class PartnershipAudit implements DisposableBean {

    /** The media type of the export, one JSON object a line. */
    public static final String NDJSON_VALUE = "application/x-ndjson";

    public static final MediaType NDJSON = MediaType.parseMediaType(NDJSON_VALUE);

    private final StoredEvents events;
    /** One thread for each audit running, which ends a minute after its last. */
    private final ExecutorService checkers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "audit-chain-check");
        thread.setDaemon(true);
        return thread;
    });

    PartnershipAudit(StoredEvents events) {
        this.events = events;
    }

    /** Refuses as unknown (404) a partnership whose stream the event store does not hold. */
    public void requireKnown(PartnershipId partnershipId) {
        if (!events.exist(partnershipId)) {
            throw RuleViolation.notFound(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
        }
    }

    /** Writes the stream to {@code out} as it reads it, one {@link ExportLine} and a line feed per event. */
    public void export(PartnershipId partnershipId, OutputStream out) {
        events.readWhile(partnershipId, event -> {
            try {
                out.write(ExportLine.of(event).toString().getBytes(UTF_8));
                out.write('\n');
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("The client stopped reading the export", e);
            }
        });
    }

    /**
     * Recomputes the chain from the stored rows, up to the first event that breaks it, hashing each batch
     * of rows on a thread of its own while the next is read (see {@link ChainCheckBeside}).
     */
    public AuditResult audit(PartnershipId partnershipId) {
        try (ChainCheckBeside chain = new ChainCheckBeside(new ChainVerifier(partnershipId.toString()), checkers)) {
            events.readWhile(partnershipId, chain::offer);
            return chain.result();
        }
    }

    @Override
    public void destroy() {
        checkers.shutdownNow();
    }
}
