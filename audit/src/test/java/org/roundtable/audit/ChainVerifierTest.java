package org.roundtable.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.audit.Chains.chain;
import static org.roundtable.audit.Chains.hashOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    @Test
    void anIntactChainIsValid() {
        List<StoredEvent> events = chain(4);

        assertThat(verify(events)).isEqualTo(new AuditResult(true, 4, null, null, hashOf(events.get(3))));
    }

    @Test
    void anAlteredPayloadBreaksTheChainAtThatEvent() {
        List<StoredEvent> events = chain(4);
        StoredEvent third = events.get(2);
        events.set(
                2,
                new StoredEvent(
                        3,
                        third.type(),
                        third.timestamp(),
                        third.payload().replace("vote 3", "vote 8"),
                        third.metaData()));

        assertInvalidAt(verify(events), 3, "hash does not match");
    }

    @Test
    void anAlteredTypeOrTimestampBreaksTheChainAtThatEvent() {
        List<StoredEvent> retyped = chain(3);
        StoredEvent second = retyped.get(1);
        retyped.set(1, new StoredEvent(2, "VoteChanged", second.timestamp(), second.payload(), second.metaData()));
        List<StoredEvent> backdated = chain(3);
        backdated.set(
                1, new StoredEvent(2, second.type(), "2026-01-01T00:00:00.000Z", second.payload(), second.metaData()));

        assertInvalidAt(verify(retyped), 2, "hash does not match");
        assertInvalidAt(verify(backdated), 2, "hash does not match");
    }

    @Test
    void anAlteredActorBreaksTheChainAtThatEvent() {
        List<StoredEvent> events = chain(4);
        events.set(1, withMetaData(events.get(1), metaData -> metaData.put("actor", "mallory")));

        assertInvalidAt(verify(events), 2, "metaDataHash does not match");
    }

    @Test
    void anAlteredChainFieldBreaksTheChainAtThatEvent() {
        assertInvalidAt(
                verifyWithMetaData(3, metaData -> metaData.put(ChainMetadata.SEQUENCE, 7)), 3, "names sequence 7");
        assertInvalidAt(
                verifyWithMetaData(3, metaData -> metaData.put(ChainMetadata.HASH, HashChain.GENESIS)),
                3,
                "hash does not match");
        assertInvalidAt(
                verifyWithMetaData(3, metaData -> metaData.put(ChainMetadata.PREVIOUS_HASH, HashChain.GENESIS)),
                3,
                "previousHash");
        assertInvalidAt(
                verifyWithMetaData(3, metaData -> metaData.put(ChainMetadata.PARTNERSHIP_ID, "another")),
                3,
                "names partnership another");
        assertInvalidAt(
                verifyWithMetaData(3, metaData -> metaData.put(ChainMetadata.META_DATA_HASH, HashChain.GENESIS)),
                3,
                "metaDataHash does not match");
        assertInvalidAt(
                verifyWithMetaData(3, metaData -> metaData.remove(ChainMetadata.SEQUENCE)), 3, "names sequence none");
    }

    @Test
    void aMissingEventBreaksTheChainAtItsSequence() {
        List<StoredEvent> events = chain(5);
        events.remove(2);

        assertInvalidAt(verify(events), 3, "sequence 3 is missing");
    }

    /** Rows 2 and 4 trade places, each with its own metadata, as two swapped sequence numbers do. */
    @Test
    void swappedEventsBreakTheChainAtTheFirstOfThem() {
        List<StoredEvent> events = chain(5);
        StoredEvent second = events.get(1);
        StoredEvent fourth = events.get(3);
        events.set(1, new StoredEvent(2, fourth.type(), fourth.timestamp(), fourth.payload(), fourth.metaData()));
        events.set(3, new StoredEvent(4, second.type(), second.timestamp(), second.payload(), second.metaData()));

        assertInvalidAt(verify(events), 2, "names sequence 4");
    }

    @Test
    void metaDataThatIsNotJsonBreaksTheChain() {
        List<StoredEvent> events = chain(2);
        StoredEvent second = events.get(1);
        events.set(1, new StoredEvent(2, second.type(), second.timestamp(), second.payload(), "{\"actor\": "));

        assertInvalidAt(verify(events), 2, "not a JSON object");
    }

    @Test
    void eventsAfterTheFirstBreakAreIgnored() {
        List<StoredEvent> events = chain(4);
        events.remove(1);
        ChainVerifier verifier = new ChainVerifier();

        assertThat(events.stream().map(verifier::check)).containsExactly(true, false, false);
        assertInvalidAt(verifier.result(), 2, "sequence 2 is missing");
        assertThat(verifier.result().eventsChecked()).isEqualTo(2);
        assertThat(verifier.result().lastHash()).isEqualTo(hashOf(events.get(0)));
    }

    @Test
    void aStreamStoredUnderAnotherPartnershipsIdBreaksAtItsFirstEvent() {
        ChainVerifier verifier = new ChainVerifier("7b0c9f3e-0000-4000-8000-000000000000");
        chain(3).forEach(verifier::check);

        assertInvalidAt(verifier.result(), 1, "names partnership");
    }

    @Test
    void aStreamOfItsOwnPartnershipHolds() {
        List<StoredEvent> events = chain(3);
        String partnership = HashChain.parseObject(events.get(0).metaData())
                .path("partnershipId")
                .textValue();
        ChainVerifier verifier = new ChainVerifier(partnership);
        events.forEach(verifier::check);

        assertThat(verifier.result().valid()).isTrue();
    }

    private static void assertInvalidAt(AuditResult result, long sequence, String reason) {
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(sequence);
        assertThat(result.reason()).contains(reason);
    }

    private static AuditResult verifyWithMetaData(int sequence, Consumer<ObjectNode> change) {
        List<StoredEvent> events = chain(4);
        events.set(sequence - 1, withMetaData(events.get(sequence - 1), change));
        return verify(events);
    }

    private static AuditResult verify(List<StoredEvent> events) {
        ChainVerifier verifier = new ChainVerifier();
        events.forEach(verifier::check);
        return verifier.result();
    }

    private static StoredEvent withMetaData(StoredEvent event, Consumer<ObjectNode> change) {
        ObjectNode metaData = HashChain.parseObject(event.metaData());
        change.accept(metaData);
        return new StoredEvent(event.sequence(), event.type(), event.timestamp(), event.payload(), metaData.toString());
    }
}
