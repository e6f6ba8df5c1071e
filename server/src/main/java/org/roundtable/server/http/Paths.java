package org.roundtable.server.http;

/** The URI templates of the resources that a 201 answer points at, shared by routes and Locations. */
public final class Paths {

    static final String PARTNERSHIPS = "/api/partnerships";
    public static final String PARTNERSHIP = PARTNERSHIPS + "/{partnershipId}";
    static final String PARTNER = PARTNERSHIP + "/partners/{partnerId}";
    static final String PROPOSAL = PARTNERSHIP + "/proposals/{proposalId}";
    static final String LESSON = PARTNERSHIP + "/lessons/{lessonId}";
    static final String MEETING = PARTNERSHIP + "/meetings/{meetingId}";
    static final String PLEDGE = PARTNERSHIP + "/pledges/{pledgeId}";
    static final String INDICATORS = PARTNERSHIP + "/indicators";
    static final String CHECKPOINT = PARTNERSHIP + "/checkpoint";
    static final String WITNESSES = PARTNERSHIP + "/witnesses";
    static final String WITNESS = WITNESSES + "/{witnessId}";
    static final String CHECKPOINT_KEY = "/api/checkpoint-key";
    /** Also where a recorded measurement points: it is shown in its indicator's history. */
    static final String INDICATOR = INDICATORS + "/{indicatorId}";

    private Paths() {}
}
