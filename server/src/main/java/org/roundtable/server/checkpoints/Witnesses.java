package org.roundtable.server.checkpoints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.WitnessId;
import org.roundtable.api.queries.FindWitnesses;
import org.roundtable.api.queries.WitnessList;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.Cosignatures;
import org.roundtable.audit.tlog.NoteSignature;
import org.roundtable.audit.tlog.NoteVerificationException;
import org.roundtable.audit.tlog.NoteVerifier;
import org.roundtable.audit.tlog.SignedNote;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.StreamSequence;
import org.roundtable.server.read.ViewReader;
import org.springframework.stereotype.Component;

/**
 * The witnesses registered for a partnership (the partnership view's list) and which of a posted note's
 * signature lines they made. A witness registered a moment ago is known even if the view trails: when no line
 * names a registered key, the view is given the time to catch up with the stored stream first.
 */
@Component
class Witnesses {

    private final ViewReader views;
    private final StreamSequence streams;

    Witnesses(ViewReader views, StreamSequence streams) {
        this.views = views;
        this.streams = streams;
    }

    /**
     * The registered witnesses' signatures on {@code note}, a cosigned copy of {@code issued}, each verified;
     * refused when none is there, or when one does not verify.
     */
    List<WitnessSignature> verifiedSignatures(PartnershipId partnershipId, SignedNote note, Checkpoint issued) {
        Map<NoteVerifier, WitnessId> registered = registered(partnershipId);
        if (!namesAny(note, registered)
                && views.caughtUp(ViewNames.PARTNERSHIP, partnershipId, streams.of(partnershipId))) {
            registered = registered(partnershipId);
        }
        List<NoteSignature> verified;
        try {
            verified = Cosignatures.verify(note, issued, registered.keySet());
        } catch (NoteVerificationException e) {
            throw new RuleViolation(ErrorCode.COSIGNATURE_NOT_VERIFIED, ProofArguments.NOTE, e.getMessage());
        }
        Map<NoteVerifier, WitnessId> witnesses = registered;
        return verified.stream()
                .map(signature -> new WitnessSignature(witnessOf(signature, witnesses), signature.line()))
                .toList();
    }

    private Map<NoteVerifier, WitnessId> registered(PartnershipId partnershipId) {
        Map<NoteVerifier, WitnessId> registered = new LinkedHashMap<>();
        views.find(new FindWitnesses(partnershipId), WitnessList.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership")
                .witnesses()
                .forEach(witness -> registered.put(NoteVerifier.parse(witness.verifierKey()), witness.witnessId()));
        return registered;
    }

    private static boolean namesAny(SignedNote note, Map<NoteVerifier, WitnessId> registered) {
        return note.signatures().stream()
                .anyMatch(signature -> registered.keySet().stream().anyMatch(verifier -> names(signature, verifier)));
    }

    private static WitnessId witnessOf(NoteSignature signature, Map<NoteVerifier, WitnessId> registered) {
        return registered.entrySet().stream()
                .filter(witness -> names(signature, witness.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static boolean names(NoteSignature signature, NoteVerifier verifier) {
        return signature.name().equals(verifier.name()) && signature.keyId() == verifier.keyId();
    }
}
