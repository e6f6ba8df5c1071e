package org.roundtable.server.checkpoints;

import java.util.List;
import org.roundtable.api.WitnessId;

/**
 * A checkpoint the server signed: how many events it covers, its root hash in base64, its signed note with the
 * cosignatures held, and the witnesses who cosigned it, in the order their cosignatures came.
 */
public record IssuedCheckpoint(long size, String root, String note, List<WitnessId> cosigners) {}
