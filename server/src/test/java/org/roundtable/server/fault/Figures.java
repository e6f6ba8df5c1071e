package org.roundtable.server.fault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * What a fault test counts, printed once per test, and what it fails on.
 *
 * @param test             the test
 * @param commands         logical commands, each sent until it had a definite answer
 * @param requests         HTTP requests sent, retries included
 * @param acknowledged     commands answered 2xx
 * @param refused          commands answered 4xx, by problem code
 * @param unavailable      503 answers, each followed by a retry
 * @param connectionErrors requests that got no answer (refused, reset, timed out), each followed by a retry
 * @param serverErrors     answers with a 5xx other than 503
 * @param stored           events in the store that carry a command key of the test
 * @param lost             acknowledged commands whose event is not stored
 * @param duplicated       events stored beyond the first for one command
 * @param stray            events stored for a command that was not acknowledged
 * @param notes            further measurements of the test, in the order they were noted
 */
record Figures(
        String test,
        long commands,
        long requests,
        long acknowledged,
        Map<String, Long> refused,
        long unavailable,
        long connectionErrors,
        List<String> serverErrors,
        long stored,
        long lost,
        long duplicated,
        long stray,
        Map<String, Object> notes) {

    /** 5xx answers shown when a test fails on them: the rest are in the servers' logs. */
    private static final int SHOWN = 3;

    /** The figures of the commands {@code clients} sent, against the events stored under their keys. */
    static Figures of(String test, Clients clients, Map<String, Integer> storedByKey) {
        Map<String, Clients.Outcome> outcomes = clients.outcomes();
        Set<String> acknowledged = outcomes.entrySet().stream()
                .filter(entry -> entry.getValue().acknowledged())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        long lost = acknowledged.stream()
                .filter(key -> !storedByKey.containsKey(key))
                .count();
        long duplicated =
                storedByKey.values().stream().mapToLong(count -> count - 1).sum();
        long stray = storedByKey.entrySet().stream()
                .filter(entry -> !acknowledged.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long stored =
                storedByKey.values().stream().mapToLong(Integer::longValue).sum();
        return new Figures(
                test,
                outcomes.size(),
                clients.requests(),
                acknowledged.size(),
                clients.refusals(),
                clients.unavailable(),
                clients.connectionErrors(),
                clients.serverErrors(),
                stored,
                lost,
                duplicated,
                stray,
                new LinkedHashMap<>());
    }

    /** Notes a further measurement, printed after the counts. */
    /** Notes the rate {@code run} was offered at and the rate it achieved. */
    Figures note(MixedLoad.Run run) {
        return note("offered/s", run.offered()).note("achieved/s", run.achieved());
    }

    Figures note(String name, Object value) {
        notes.put(name, value);
        return this;
    }

    /** How many commands were refused with {@code code}. */
    long refused(String code) {
        return refused.getOrDefault(code, 0L);
    }

    /** One line in the build's output, for the report of the run. */
    Figures print() {
        System.out.println(this.describe());
        return this;
    }

    String describe() {
        StringBuilder line = new StringBuilder("FAULT FIGURES %s: commands=%d requests=%d acknowledged=%d refused=%s"
                        .formatted(test, commands, requests, acknowledged, refused)
                + " 503=%d connection-errors=%d 5xx=%d stored=%d lost=%d duplicated=%d stray=%d"
                        .formatted(
                                unavailable, connectionErrors, serverErrors.size(), stored, lost, duplicated, stray));
        notes.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        return line.toString();
    }

    /** Fails on an acknowledged command lost, a command stored twice or unacknowledged, or a 5xx but 503. */
    void assertNothingLostOrDuplicated(SoftAssertions softly) {
        softly.assertThat(serverErrors.size())
                .as(
                        "5xx answers other than 503, the first %s; %s",
                        serverErrors.subList(0, Math.min(SHOWN, serverErrors.size())), describe())
                .isZero();
        softly.assertThat(lost).as("acknowledged commands lost; %s", describe()).isZero();
        softly.assertThat(duplicated)
                .as("commands stored twice; %s", describe())
                .isZero();
        softly.assertThat(stray)
                .as("events stored for unacknowledged commands; %s", describe())
                .isZero();
        softly.assertThat(stored).as("events stored; %s", describe()).isEqualTo(acknowledged);
    }
}
