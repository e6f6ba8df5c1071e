package org.roundtable.server.pages;

import org.roundtable.server.read.ReadAccess;

/** Where each page is; the API's resources are under {@code /api}, the pages beside it. */
final class PagePaths {

    static final String HOME = "/";
    static final String LOGIN = "/login";
    static final String PARTNERSHIPS = "/partnerships";
    static final String PARTNERSHIP = ReadAccess.PARTNERSHIP_PAGES;
    static final String PROPOSAL = PARTNERSHIP + "/proposals/{proposalId}";
    static final String MEETING = PARTNERSHIP + "/meetings/{meetingId}";
    static final String AUDIT = PARTNERSHIP + "/audit";

    private PagePaths() {}

    static String partnership(Object partnershipId) {
        return PARTNERSHIPS + "/" + partnershipId;
    }

    static String proposal(Object partnershipId, Object proposalId) {
        return partnership(partnershipId) + "/proposals/" + proposalId;
    }

    static String meeting(Object partnershipId, Object meetingId) {
        return partnership(partnershipId) + "/meetings/" + meetingId;
    }
}
