package org.roundtable.server.checkpoints;

import java.util.List;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.queries.FindWitnesses;
import org.roundtable.api.queries.WitnessList;
import org.roundtable.api.queries.WitnessView;
import org.roundtable.audit.tlog.NoteVerifier;
import org.roundtable.audit.tlog.SignedNote;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.StreamSequence;
import org.roundtable.server.read.ViewReader;
import org.springframework.stereotype.Component;

/**
 * The witnesses registered for a partnership (the partnership view's list) and which of a note's signature
 * lines they made. A witness registered a moment ago is known even if the view trails: when no signature
 * verifies, the view is given the time to catch up with the stored stream before the note is refused.
 */
@Component
class Witnesses {

    private final ViewReader views;
    private final StreamSequence streams;

    Witnesses(ViewReader views, StreamSequence streams) {
        this.views = views;
        this.streams = streams;
    }

    /** The note's signature lines that a registered witness's key verifies over its body. */
    List<WitnessSignature> verifiedSignatures(PartnershipId partnershipId, SignedNote note) {
        List<WitnessSignature> verified = verified(partnershipId, note);
        if (verified.isEmpty()
                && views.caughtUp(ViewNames.PARTNERSHIP, partnershipId, streams.of(partnershipId))) {
            verified = verified(partnershipId, note);
        }
        return verified;
    }

    private List<WitnessSignature> verified(PartnershipId partnershipId, SignedNote note) {
        return views.get(new FindWitnesses(partnershipId), WitnessList.class).witnesses().stream()
                .flatMap(witness -> signatures(witness, note))
                .toList();
    }

    private static java.util.stream.Stream<WitnessSignature> signatures(WitnessView witness, SignedNote note) {
        NoteVerifier verifier = NoteVerifier.parse(witness.verifierKey());
        return note.signatures().stream()
                .filter(signature -> verifier.verifies(note.body(), signature))
                .map(signature -> new WitnessSignature(witness.witnessId(), signature.line()));
    }
}
