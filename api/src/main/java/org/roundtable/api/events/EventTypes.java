package org.roundtable.api.events;

/**
 * The stable name of each kind of event, as the audit export and the proposal trail show it: the
 * event record's simple name ({@code VoteCast}), which survives a move of the class to another
 * package. Event class names are chosen once; a rename needs a revision and an upcaster anyway.
 */
public final class EventTypes {

    private EventTypes() {}

    public static String nameOf(Class<?> eventType) {
        return eventType.getSimpleName();
    }

    /** The stable name for a payload type as Axon stores it (a fully qualified class name). */
    public static String nameOf(String storedPayloadType) {
        int lastDot = storedPayloadType.lastIndexOf('.');
        String simple = storedPayloadType.substring(lastDot + 1);
        // Nested classes are stored as Outer$Inner; Roundtable's events are top-level, but be exact.
        return simple.substring(simple.lastIndexOf('$') + 1);
    }
}
