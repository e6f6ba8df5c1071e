package org.roundtable.server.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.audit.AuditResult;
import org.roundtable.audit.ChainVerifier;
import org.roundtable.audit.ExportLine;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** A partnership's audit: its stored event stream as an NDJSON export, and the re-check of its hash chain. */
@Component
public class PartnershipAudit {

    /** The media type of the export, one JSON object a line. */
    public static final String NDJSON_VALUE = "application/x-ndjson";

    public static final MediaType NDJSON = MediaType.parseMediaType(NDJSON_VALUE);

    private final StoredEvents events;

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

    /** Recomputes the chain from the stored rows, up to the first event that breaks it. */
    public AuditResult audit(PartnershipId partnershipId) {
        ChainVerifier chain = new ChainVerifier(partnershipId.toString());
        events.readWhile(partnershipId, chain::check);
        return chain.result();
    }
}
