package org.roundtable.api.queries;

import java.util.List;

/** The commitment history, oldest first, and each partner's figures per unit (SPEC section 6). */
public record CommitmentsReport(List<CommitmentEntry> history, List<PartnerCommitments> partners) {}
